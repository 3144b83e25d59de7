import {
  type Assignment,
  AssignmentInputSchema,
  AssignmentListQuerySchema,
  AssignmentPatchSchema,
  AssignmentRole,
  AssignmentSchema,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { columnsOf } from '../lib/csv.js';
import { assignmentsRepository } from '../repositories/assignments-repository.js';
import { communeNames, directiveCodes, unitNames } from '../repositories/lookups-repository.js';
import { crudRoutes } from './crud.js';

const assignmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const repository = assignmentsRepository(db);
  await app.register(
    crudRoutes({
      path: '/assignments',
      tag: 'Phân công phụ trách',
      noun: 'phân công',
      record: AssignmentSchema,
      input: AssignmentInputSchema,
      patch: AssignmentPatchSchema,
      listQuery: AssignmentListQuerySchema,
      repository: () => repository,
      writeAccess: 'admin',
      csv: {
        filename: 'phan-cong',
        columns: () => {
          const unitsById = unitNames(db);
          const communesById = communeNames(db);
          const directivesById = directiveCodes(db);
          return [
            ...columnsOf<Assignment>(['id', 'unitId']),
            { header: 'unitCode', value: (a) => unitsById.get(a.unitId)?.code },
            { header: 'unitName', value: (a) => unitsById.get(a.unitId)?.name },
            ...columnsOf<Assignment>(['communeId']),
            { header: 'communeCode', value: (a) => communesById.get(a.communeId)?.code },
            { header: 'communeName', value: (a) => communesById.get(a.communeId)?.name },
            { header: 'district', value: (a) => communesById.get(a.communeId)?.district },
            ...columnsOf<Assignment>(['directiveId']),
            { header: 'directiveCode', value: (a) => directivesById.get(a.directiveId) },
            { header: 'role', value: (a) => a.role },
            { header: 'roleLabel', value: (a) => AssignmentRole.labels[a.role] },
            ...columnsOf<Assignment>(['validFrom', 'validTo', 'note', 'version']),
          ];
        },
      },
    }),
  );
};

export default assignmentRoutes;
