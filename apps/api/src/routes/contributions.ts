import {
  type Contribution,
  ContributionInputSchema,
  ContributionKind,
  ContributionListQuerySchema,
  ContributionPatchSchema,
  ContributionSchema,
  FundingSource,
  ValuationMethod,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { columnsOf } from '../lib/csv.js';
import { activityHeadings } from '../repositories/activities-repository.js';
import { contributionsRepository } from '../repositories/contributions-repository.js';
import { communeNames, unitNames } from '../repositories/lookups-repository.js';
import { crudRoutes } from './crud.js';

const contributionRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const repository = contributionsRepository(db);
  await app.register(
    crudRoutes({
      path: '/contributions',
      tag: 'Đóng góp',
      noun: 'khoản đóng góp',
      record: ContributionSchema,
      input: ContributionInputSchema,
      patch: ContributionPatchSchema,
      listQuery: ContributionListQuerySchema,
      repository: () => repository,
      writeAccess: 'write',
      csv: {
        filename: 'dong-gop',
        labels: { kind: 'Hình thức (mã)', kindLabel: 'Hình thức' },
        columns: () => {
          const activitiesById = activityHeadings(db);
          const unitsById = unitNames(db);
          const communesById = communeNames(db);
          const communeOf = (c: Contribution) => communesById.get(activitiesById.get(c.activityId)?.communeId ?? 0);
          return [
            ...columnsOf<Contribution>(['id', 'activityId']),
            { header: 'activityTitle', value: (c) => activitiesById.get(c.activityId)?.title },
            { header: 'activityDate', value: (c) => activitiesById.get(c.activityId)?.startDate },
            { header: 'communeName', value: (c) => communeOf(c)?.name },
            { header: 'district', value: (c) => communeOf(c)?.district },
            ...columnsOf<Contribution>(['unitId']),
            { header: 'unitName', value: (c) => unitsById.get(c.unitId)?.name },
            { header: 'kind', value: (c) => c.kind },
            { header: 'kindLabel', value: (c) => ContributionKind.labels[c.kind] },
            { header: 'source', value: (c) => c.source },
            { header: 'sourceLabel', value: (c) => FundingSource.labels[c.source] },
            ...columnsOf<Contribution>(['item', 'quantity', 'measureUnit', 'valueVnd']),
            { header: 'valuationMethod', value: (c) => c.valuationMethod },
            {
              header: 'valuationMethodLabel',
              value: (c) => (c.valuationMethod ? ValuationMethod.labels[c.valuationMethod] : ''),
            },
            ...columnsOf<Contribution>(['note', 'version']),
          ];
        },
      },
    }),
  );
};

export default contributionRoutes;
