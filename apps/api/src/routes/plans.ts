import {
  ActivityCategory,
  type Plan,
  PlanInputSchema,
  PlanListQuerySchema,
  PlanPatchSchema,
  PlanSchema,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { columnsOf } from '../lib/csv.js';
import { communeNames, unitNames } from '../repositories/lookups-repository.js';
import { plansRepository } from '../repositories/plans-repository.js';
import { crudRoutes } from './crud.js';

const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const repository = plansRepository(db);
  await app.register(
    crudRoutes({
      path: '/plans',
      tag: 'Kế hoạch',
      noun: 'kế hoạch',
      record: PlanSchema,
      input: PlanInputSchema,
      patch: PlanPatchSchema,
      listQuery: PlanListQuerySchema,
      repository: () => repository,
      writeAccess: 'write',
      csv: {
        filename: 'ke-hoach',
        columns: () => {
          const unitsById = unitNames(db);
          const communesById = communeNames(db);
          return [
            ...columnsOf<Plan>(['id', 'unitId']),
            { header: 'unitCode', value: (p) => unitsById.get(p.unitId)?.code },
            { header: 'unitName', value: (p) => unitsById.get(p.unitId)?.name },
            ...columnsOf<Plan>(['communeId']),
            { header: 'communeCode', value: (p) => communesById.get(p.communeId)?.code },
            { header: 'communeName', value: (p) => communesById.get(p.communeId)?.name },
            ...columnsOf<Plan>(['month', 'plannedDate', 'content', 'categories']),
            { header: 'categoryLabels', value: (p) => p.categories.map((c) => ActivityCategory.labels[c]).join('; ') },
            ...columnsOf<Plan>(['version']),
          ];
        },
      },
    }),
  );
};

export default planRoutes;
