import {
  type Unit,
  UnitGroup,
  UnitInputSchema,
  UnitKind,
  UnitListQuerySchema,
  UnitPatchSchema,
  UnitSchema,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { columnsOf } from '../lib/csv.js';
import { unitsRepository } from '../repositories/units-repository.js';
import { crudRoutes } from './crud.js';

const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = unitsRepository(app.database.db);
  await app.register(
    crudRoutes({
      path: '/units',
      tag: 'Đơn vị',
      noun: 'đơn vị',
      record: UnitSchema,
      input: UnitInputSchema,
      patch: UnitPatchSchema,
      listQuery: UnitListQuerySchema,
      repository: () => repository,
      writeAccess: 'admin',
      csv: {
        filename: 'don-vi',
        columns: [
          ...columnsOf<Unit>(['id', 'code', 'name']),
          { header: 'kind', value: (u) => u.kind },
          { header: 'kindLabel', value: (u) => UnitKind.labels[u.kind] },
          { header: 'group', value: (u) => u.group },
          { header: 'groupLabel', value: (u) => UnitGroup.labels[u.group] },
          ...columnsOf<Unit>(['agency', 'partyMembers', 'staff', 'activeFrom', 'activeTo', 'version']),
        ],
      },
    }),
  );
};

export default unitRoutes;
