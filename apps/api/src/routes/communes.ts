import {
  AreaClass,
  type Commune,
  CommuneInputSchema,
  CommuneKind,
  CommuneListQuerySchema,
  CommunePatchSchema,
  CommuneSchema,
  DistrictListSchema,
  NtmStatus,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { columnsOf } from '../lib/csv.js';
import { communesRepository, listDistricts } from '../repositories/communes-repository.js';
import { crudRoutes } from './crud.js';

const communeRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = communesRepository(app.database.db);
  // Before the generic routes: `/communes/districts` is not a commune id.
  app.get(
    '/communes/districts',
    {
      config: { access: 'read' },
      schema: {
        tags: ['Xã'],
        operationId: 'listDistricts',
        summary: 'Các huyện và số xã của mỗi huyện',
        description: 'Cho bộ lọc theo huyện: vài chục tên thay vì toàn bộ danh sách xã.',
        response: { 200: DistrictListSchema },
      },
    },
    async () => listDistricts(app.database.db),
  );
  await app.register(
    crudRoutes({
      path: '/communes',
      tag: 'Xã',
      noun: 'xã',
      record: CommuneSchema,
      input: CommuneInputSchema,
      patch: CommunePatchSchema,
      listQuery: CommuneListQuerySchema,
      repository: () => repository,
      writeAccess: 'admin',
      csv: {
        filename: 'xa',
        columns: [
          ...columnsOf<Commune>(['id', 'code', 'name']),
          { header: 'kind', value: (c) => c.kind },
          { header: 'kindLabel', value: (c) => CommuneKind.labels[c.kind] },
          ...columnsOf<Commune>(['district']),
          { header: 'areaClass', value: (c) => c.areaClass },
          { header: 'areaClassLabel', value: (c) => AreaClass.labels[c.areaClass] },
          ...columnsOf<Commune>(['remote']),
          { header: 'ntmStatus', value: (c) => c.ntmStatus },
          { header: 'ntmStatusLabel', value: (c) => NtmStatus.labels[c.ntmStatus] },
          ...columnsOf<Commune>([
            'distanceKm',
            'population',
            'households',
            'poorHouseholds',
            'validFrom',
            'validTo',
            'successorId',
            'version',
          ]),
        ],
      },
    }),
  );
};

export default communeRoutes;
