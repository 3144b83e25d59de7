import {
  type Activity,
  ActivityCategory,
  ActivityInputSchema,
  ActivityListQuerySchema,
  ActivityPatchSchema,
  ActivitySchema,
  ActivityStatus,
  NtmCriteriaSets,
  ntmCriterionLabel,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { type CsvColumn, columnsOf } from '../lib/csv.js';
import { etagOf, expectedVersion } from '../lib/etag.js';
import { contextOf } from '../lib/write-context-of.js';
import { activitiesRepository } from '../repositories/activities-repository.js';
import { communeNames, unitNames } from '../repositories/lookups-repository.js';
import { crudRoutes, IdParamsSchema, IfMatchHeadersSchema, notFound, versionedWriteProblems } from './crud.js';

const NOUN = 'hoạt động';

function sumOf(a: Activity, kind: Activity['contributions'][number]['kind'], field: 'valueVnd' | 'quantity'): number {
  return a.contributions.filter((c) => c.kind === kind).reduce((sum, c) => sum + (c[field] ?? 0), 0);
}

/** One row per activity, with names next to ids and the totals of its contributions. */
function csvColumns(db: Db): CsvColumn<Activity>[] {
  const unitsById = unitNames(db);
  const communesById = communeNames(db);
  return [
    ...columnsOf<Activity>(['id', 'title', 'startDate', 'endDate', 'communeId']),
    { header: 'communeName', value: (a) => communesById.get(a.communeId)?.name },
    { header: 'district', value: (a) => communesById.get(a.communeId)?.district },
    { header: 'unitIds', value: (a) => a.unitIds.join('; ') },
    { header: 'unitNames', value: (a) => a.unitIds.map((id) => unitsById.get(id)?.name ?? id).join('; ') },
    { header: 'categories', value: (a) => a.categories.join('; ') },
    { header: 'categoryLabels', value: (a) => a.categories.map((c) => ActivityCategory.labels[c]).join('; ') },
    { header: 'ntmCriteria', value: (a) => a.ntmCriteria.map((c) => `${c.set}:${c.number}`).join('; ') },
    {
      header: 'ntmCriteriaLabels',
      value: (a) => a.ntmCriteria.map((c) => `${NtmCriteriaSets[c.set].label}: ${ntmCriterionLabel(c)}`).join('; '),
    },
    { header: 'participants', value: (a) => a.participants.reduce((sum, p) => sum + p.count, 0) },
    ...columnsOf<Activity>(['beneficiaries']),
    { header: 'status', value: (a) => a.status },
    { header: 'statusLabel', value: (a) => ActivityStatus.labels[a.status] },
    { header: 'cashVnd', value: (a) => sumOf(a, 'tien_mat', 'valueVnd') },
    { header: 'inKindVnd', value: (a) => sumOf(a, 'hien_vat', 'valueVnd') },
    { header: 'labourDays', value: (a) => sumOf(a, 'ngay_cong', 'quantity') },
    ...columnsOf<Activity>(['deletedAt', 'version']),
  ];
}

const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const repository = activitiesRepository(db);
  await app.register(
    crudRoutes({
      path: '/activities',
      tag: 'Hoạt động',
      noun: NOUN,
      record: ActivitySchema,
      input: ActivityInputSchema,
      patch: ActivityPatchSchema,
      listQuery: ActivityListQuerySchema,
      repository: () => repository,
      writeAccess: 'write',
      csv: { filename: 'hoat-dong', columns: () => csvColumns(db), labels: { title: 'Tên hoạt động' } },
      // Deleting is soft and has its own description; restoring is its own route.
      without: ['delete'],
    }),
  );

  app.delete(
    '/activities/:id',
    {
      config: { access: 'write' },
      schema: {
        tags: ['Hoạt động'],
        operationId: 'deleteActivity',
        summary: 'Xoá hoạt động (xoá mềm, cần If-Match)',
        description:
          'Đánh dấu đã xoá: hoạt động không còn trong danh sách và số liệu nhưng vẫn xem được và khôi phục được. ' +
          'Xoá lại một hoạt động đã xoá trả về 409.',
        params: IdParamsSchema,
        headers: IfMatchHeadersSchema,
        response: {
          204: z.null(),
          ...versionedWriteProblems,
        },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match']);
      if (!repository.remove(request.params.id, expected, contextOf(request))) throw notFound(NOUN, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/activities/:id/restore',
    {
      config: { access: 'write' },
      schema: {
        tags: ['Hoạt động'],
        operationId: 'restoreActivity',
        summary: 'Khôi phục hoạt động đã xoá (cần If-Match)',
        description: 'Khôi phục một hoạt động chưa bị xoá trả về 409.',
        params: IdParamsSchema,
        headers: IfMatchHeadersSchema,
        response: {
          200: ActivitySchema,
          ...versionedWriteProblems,
        },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match']);
      const restored = repository.restore(request.params.id, expected, contextOf(request));
      if (!restored) throw notFound(NOUN, request.params.id);
      reply.header('etag', etagOf(restored.version));
      return restored;
    },
  );
};

export default activityRoutes;
