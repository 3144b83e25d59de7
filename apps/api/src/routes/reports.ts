/**
 * The period report: as JSON for the preview, as a Word document in the party's format, as an Excel
 * workbook; and its settings (issuing body, number and symbol, place, signer, recipients), which
 * admins edit.
 */
import {
  PeriodReportSchema,
  ProblemSchema,
  type ReportQuery,
  ReportQuerySchema,
  ReportSettingsInputSchema,
  ReportSettingsSchema,
} from '@danvan/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachment, periodFilename } from '../lib/content-disposition.js';
import { etagOf, expectedVersion } from '../lib/etag.js';
import { contextOf } from '../lib/write-context-of.js';
import { reportSettingsRepository } from '../repositories/report-settings-repository.js';
import { confinedUnit, forbidden } from '../repositories/write-context.js';
import { periodReport } from '../services/reports/period-report.js';
import { reportDocx } from '../services/reports/report-docx.js';
import { reportXlsx } from '../services/reports/report-xlsx.js';
import { IfMatchHeadersSchema, versionedWriteProblems } from './crud.js';

const TAG = 'Báo cáo';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const errors = { 400: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 500: ProblemSchema };

const binary = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: z.custom<Buffer>().meta({ type: 'string', format: 'binary' }) } },
});

const SCOPE_NOTE =
  'Phạm vi: toàn Đảng bộ Khối, một huyện (`district`), một khối (`unitGroup`) hoặc một đơn vị (`unitId`); ' +
  'cán bộ đơn vị chỉ lập được báo cáo của đơn vị mình. Số liệu đúng như /stats/* cho cùng kỳ và phạm vi.';

/** A unit officer (or write token) reports on its own unit only, as with the figures. */
function ownScope(q: ReportQuery, request: FastifyRequest): ReportQuery {
  const unit = confinedUnit(contextOf(request));
  if (unit === null) return q;
  if (q.unitId !== undefined && q.unitId !== unit) throw forbidden('Chỉ lập được báo cáo của đơn vị mình');
  return { ...q, unitId: unit };
}

const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = reportSettingsRepository(app.database);
  const config = { access: 'read' as const };

  app.get(
    '/reports/period',
    {
      config,
      schema: {
        tags: [TAG],
        operationId: 'getPeriodReport',
        summary: 'Báo cáo định kỳ: lời văn và các biểu số liệu của một kỳ, một phạm vi',
        description: `${SCOPE_NOTE} Tải về dạng Word: /reports/period.docx; Excel: /reports/period.xlsx.`,
        querystring: ReportQuerySchema,
        response: { 200: PeriodReportSchema, ...errors },
      },
    },
    async (request) => periodReport(app, request, ownScope(request.query, request)),
  );

  const downloads = [
    {
      ext: 'docx',
      type: DOCX,
      operationId: 'getPeriodReportDocx',
      summary: 'Báo cáo định kỳ dạng Word, theo thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW)',
      render: reportDocx,
    },
    {
      ext: 'xlsx',
      type: XLSX,
      operationId: 'getPeriodReportXlsx',
      summary: 'Báo cáo định kỳ dạng Excel: trang tổng hợp và mỗi biểu một trang',
      render: reportXlsx,
    },
  ] as const;
  for (const d of downloads) {
    app.get(
      `/reports/period.${d.ext}`,
      {
        config,
        schema: {
          tags: [TAG],
          operationId: d.operationId,
          summary: d.summary,
          description: `${SCOPE_NOTE} Tên tệp tiếng Việt trong Content-Disposition (filename*, UTF-8).`,
          querystring: ReportQuerySchema,
          response: { 200: binary(d.type, `Tệp .${d.ext}`), ...errors },
        },
      },
      async (request, reply) => {
        const q = ownScope(request.query, request);
        const report = await periodReport(app, request, q);
        const bytes = await d.render(report);
        return reply
          .type(d.type)
          .header('content-disposition', attachment(`${periodFilename('Báo cáo', q, report.scope.label)}.${d.ext}`))
          .header('cache-control', 'no-store')
          .send(bytes);
      },
    );
  }

  app.get(
    '/reports/settings',
    {
      config,
      schema: {
        tags: [TAG],
        operationId: 'getReportSettings',
        summary: 'Cài đặt báo cáo: cơ quan ban hành, số và ký hiệu, địa danh, người ký, nơi nhận',
        response: { 200: ReportSettingsSchema, 400: ProblemSchema },
      },
    },
    async (_request, reply) => {
      const current = settings.get();
      reply.header('etag', etagOf(current.version));
      return current;
    },
  );

  app.put(
    '/reports/settings',
    {
      config: { access: 'admin' },
      schema: {
        tags: [TAG],
        operationId: 'updateReportSettings',
        summary: 'Sửa cài đặt báo cáo (quản trị; cần If-Match)',
        description: 'Gửi toàn bộ cài đặt. If-Match là ETag đã đọc ("0" khi chưa sửa lần nào).',
        headers: IfMatchHeadersSchema,
        body: ReportSettingsInputSchema,
        response: { 200: ReportSettingsSchema, ...versionedWriteProblems },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match']);
      const saved = settings.save(request.body, expected, contextOf(request));
      reply.header('etag', etagOf(saved.version));
      return saved;
    },
  );
};

export default reportRoutes;
