import {
  type Difficulty,
  DifficultyInputSchema,
  DifficultyKind,
  DifficultyListQuerySchema,
  DifficultyPatchSchema,
  DifficultySchema,
  DifficultyStatus,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { columnsOf } from '../lib/csv.js';
import { difficultiesRepository } from '../repositories/difficulties-repository.js';
import { communeNames, unitNames } from '../repositories/lookups-repository.js';
import { crudRoutes } from './crud.js';

const difficultyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const repository = difficultiesRepository(db);
  await app.register(
    crudRoutes({
      path: '/difficulties',
      tag: 'Khó khăn, kiến nghị',
      noun: 'khó khăn, kiến nghị',
      record: DifficultySchema,
      input: DifficultyInputSchema,
      patch: DifficultyPatchSchema,
      listQuery: DifficultyListQuerySchema,
      repository: () => repository,
      writeAccess: 'write',
      csv: {
        filename: 'kho-khan',
        labels: { kind: 'Loại khó khăn (mã)', kindLabel: 'Loại khó khăn' },
        columns: () => {
          const unitsById = unitNames(db);
          const communesById = communeNames(db);
          return [
            ...columnsOf<Difficulty>(['id', 'unitId']),
            { header: 'unitCode', value: (d) => (d.unitId === null ? null : unitsById.get(d.unitId)?.code) },
            { header: 'unitName', value: (d) => (d.unitId === null ? null : unitsById.get(d.unitId)?.name) },
            ...columnsOf<Difficulty>(['communeId']),
            {
              header: 'communeCode',
              value: (d) => (d.communeId === null ? null : communesById.get(d.communeId)?.code),
            },
            {
              header: 'communeName',
              value: (d) => (d.communeId === null ? null : communesById.get(d.communeId)?.name),
            },
            { header: 'kind', value: (d) => d.kind },
            { header: 'kindLabel', value: (d) => DifficultyKind.labels[d.kind] },
            ...columnsOf<Difficulty>(['text', 'recommendation', 'periodFrom', 'periodTo']),
            { header: 'status', value: (d) => d.status },
            { header: 'statusLabel', value: (d) => DifficultyStatus.labels[d.status] },
            ...columnsOf<Difficulty>(['version']),
          ];
        },
      },
    }),
  );
};

export default difficultyRoutes;
