/**
 * Downloads of the dashboards' tables (issue 7): `/stats/exports/{table}?…filters…&format=xlsx|csv`
 * gives every row of one table of `/bao-phu` or `/kinh-phi` — not only the page on screen — as an
 * Excel workbook or a CSV file, read from the `/stats/*` answer the dashboard shows.
 */
import {
  CommunesExportQuerySchema,
  ProblemSchema,
  StatsExportQuerySchema,
  type StatsExportTable,
  UnitMonthsExportQuerySchema,
} from '@danvan/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { periodFilename } from '../lib/content-disposition.js';
import { toCsv } from '../lib/csv.js';
import { contextOf } from '../lib/write-context-of.js';
import { sendXlsx, XLSX_MIME } from '../lib/xlsx.js';
import { reportFactsRepository } from '../repositories/report-facts-repository.js';
import { confinedUnit } from '../repositories/write-context.js';
import { reportScope } from '../services/reports/report-scope.js';
import {
  EXPORT_TABLES,
  type ExportCell,
  type ExportQueries,
  type ExportTable,
  MAX_EXPORT_ROWS,
} from '../services/stats-exports.js';
import { statsReader } from '../services/stats-reader.js';
import { sendCsv } from './crud.js';

const TAG = 'Số liệu';
const errors = { 400: ProblemSchema, 403: ProblemSchema, 500: ProblemSchema };

const download = {
  description: 'Tệp Excel (mặc định) hoặc CSV (UTF-8 có BOM) theo `format`',
  content: {
    [XLSX_MIME]: { schema: z.custom<Buffer>().meta({ type: 'string', format: 'binary' }) },
    'text/csv': { schema: z.string() },
  },
};

const COMMON =
  'Tải về mọi dòng của bảng (không chỉ trang đang xem), theo cùng bộ lọc như số liệu của trang tổng quan; ' +
  'cán bộ đơn vị (và token ghi) chỉ tải được số liệu của đơn vị mình. Tiêu đề cột tiếng Việt; số tiền (đồng), ' +
  'số lượt là số (Excel: định dạng #,##0; tỷ lệ dạng phần trăm; CSV: tỷ lệ tính bằng %, ngày dạng YYYY-MM-DD). ' +
  'Tên tệp nói bảng, kỳ và phạm vi (Content-Disposition, filename* UTF-8).';

interface ExportRoute<K extends StatsExportTable> {
  table: K;
  operationId: string;
  summary: string;
  from: string;
  querystring: z.ZodType<ExportQueries[K]>;
}

const ROUTES: { [K in StatsExportTable]: ExportRoute<K> }[StatsExportTable][] = [
  {
    table: 'months',
    operationId: 'exportMonthlyCompliance',
    summary: 'Tải bảng tỷ lệ đơn vị có hoạt động theo tháng (độ bao phủ)',
    from: '/stats/coverage (months)',
    querystring: StatsExportQuerySchema,
  },
  {
    table: 'unit-months',
    operationId: 'exportUnitMonths',
    summary: 'Tải ma trận đơn vị × tháng: lượt từng tháng, số tháng đạt định mức, mọi đơn vị',
    from: `/stats/compliance, mọi trang (tối đa ${MAX_EXPORT_ROWS.toLocaleString('vi-VN')} đơn vị), theo \`sort\``,
    querystring: UnitMonthsExportQuerySchema,
  },
  {
    table: 'communes',
    operationId: 'exportCommuneStats',
    summary: 'Tải danh sách xã: lượt, hoạt động gần nhất, số ngày từ lần cuối, tiêu chí nông thôn mới',
    from: `/stats/communes, mọi trang (tối đa ${MAX_EXPORT_ROWS.toLocaleString('vi-VN')} xã), theo \`sort\` và \`reached\``,
    querystring: CommunesExportQuerySchema,
  },
  {
    table: 'remote',
    operationId: 'exportRemoteCoverage',
    summary: 'Tải bảng xã vùng sâu, vùng xa so với các xã còn lại',
    from: '/stats/coverage (byRemote)',
    querystring: StatsExportQuerySchema,
  },
  {
    table: 'funding-sources',
    operationId: 'exportFundingBySource',
    summary: 'Tải bảng kinh phí theo nguồn',
    from: '/stats/funding (bySource)',
    querystring: StatsExportQuerySchema,
  },
  {
    table: 'funding-categories',
    operationId: 'exportFundingByCategory',
    summary: 'Tải bảng kinh phí theo loại hoạt động',
    from: '/stats/funding (byCategory)',
    querystring: StatsExportQuerySchema,
  },
  {
    table: 'funding-months',
    operationId: 'exportFundingByMonth',
    summary: 'Tải bảng kinh phí theo tháng',
    from: '/stats/funding (byMonth)',
    querystring: StatsExportQuerySchema,
  },
  {
    table: 'funding-units',
    operationId: 'exportFundingByUnit',
    summary: 'Tải bảng kinh phí theo đơn vị đóng góp, mọi đơn vị',
    from: '/stats/funding (byUnit, mọi dòng)',
    querystring: StatsExportQuerySchema,
  },
  {
    table: 'funding-communes',
    operationId: 'exportFundingByCommune',
    summary: 'Tải bảng kinh phí theo xã, mọi xã',
    from: '/stats/funding (byCommune, mọi dòng)',
    querystring: StatsExportQuerySchema,
  },
  {
    table: 'funding-items',
    operationId: 'exportFundingItems',
    summary: 'Tải bảng hiện vật đã trao',
    from: '/stats/funding (items)',
    querystring: StatsExportQuerySchema,
  },
];

/** CSV has no number formats: shares go out as percentages, under a header that says so. */
function csvOf(t: ExportTable): string {
  const columns = t.columns.map((c, i) => {
    const value = (row: ExportCell[]): ExportCell => {
      const v = row[i] ?? null;
      if (typeof v === 'boolean') return v ? 'Có' : 'Không';
      if (c.type === 'percent' && typeof v === 'number') return Math.round(v * 1000) / 10;
      return v;
    };
    return { header: c.type === 'percent' ? `${c.label} (%)` : c.label, value };
  });
  return toCsv(t.rows, columns);
}

/** The scope in the file name: a unit (the officer's own, or the one asked for), a group, a district, remote or not. */
function scopeLabel(
  app: Parameters<FastifyPluginAsyncZod>[0],
  request: FastifyRequest,
  q: ExportQueries['months'],
): string | null {
  const unitId = q.unitId ?? confinedUnit(contextOf(request)) ?? undefined;
  const unit = unitId === undefined ? undefined : reportFactsRepository(app.database).unit(unitId);
  const labels = [reportScope(q, unit).label];
  if (q.remote) labels.push(q.remote === 'true' ? 'xã vùng sâu vùng xa' : 'các xã còn lại');
  const label = labels.filter(Boolean).join(', ');
  return label || null;
}

function send(reply: FastifyReply, t: ExportTable, format: 'xlsx' | 'csv', filename: string): FastifyReply {
  reply.header('cache-control', 'no-store');
  if (format === 'csv') return sendCsv(reply, filename, csvOf(t));
  const columns = t.columns.map((c, i) => ({ ...c, value: (row: ExportCell[]) => row[i] ?? null }));
  return sendXlsx(reply, t.rows, columns, { filename, sheet: t.title, total: t.total });
}

const statsExportRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const route of ROUTES) {
    app.get(
      `/stats/exports/${route.table}`,
      {
        config: { access: 'read' },
        schema: {
          tags: [TAG],
          operationId: route.operationId,
          summary: route.summary,
          description: `${COMMON} Số liệu từ ${route.from}.`,
          querystring: route.querystring as z.ZodType<ExportQueries['months']>,
          response: { 200: download, ...errors },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const load = EXPORT_TABLES[route.table] as (
          reader: ReturnType<typeof statsReader>,
          query: typeof q,
        ) => Promise<ExportTable>;
        const t = await load(statsReader(app, request, 'export', 'stats-export'), q);
        const filename = periodFilename(t.title, q, scopeLabel(app, request, q));
        return send(reply, t, q.format, filename);
      },
    );
  }
};

export default statsExportRoutes;
