/**
 * The routes of a resource, all alike: list (JSON, or every matching row as CSV or XLSX), read (with
 * ETag), create (201 with Location), partial update and delete (both with If-Match). Handlers only
 * call the repository.
 */
import { listResponse, ProblemSchema } from '@danvan/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachment } from '../lib/content-disposition.js';
import { type CsvColumn, toCsv } from '../lib/csv.js';
import { etagOf, expectedVersion } from '../lib/etag.js';
import { contextOf } from '../lib/write-context-of.js';
import { exportColumns, sendXlsx, XLSX_MIME } from '../lib/xlsx.js';
import { HttpProblem } from '../plugins/problems.js';
import type { PageQuery } from '../repositories/table-repository.js';
import type { WriteContext } from '../repositories/write-context.js';

/** The most rows a CSV or XLSX download holds. */
export const CSV_MAX_ROWS = 100_000;

/** What the routes need of a repository; every call says who is asking (confinement, audit). */
export interface CrudRepository<R, I, P, Q> {
  list(q: Q, ctx: WriteContext): { items: R[]; total: number; page: number; limit: number; pages: number };
  get(id: number, ctx: WriteContext): R | null;
  create(input: I, ctx: WriteContext): R;
  update(id: number, expected: number | '*', patch: P, ctx: WriteContext): R | null;
  remove(id: number, expected: number | '*', ctx: WriteContext): boolean;
}

export interface CrudOptions<R extends { id: number; version: number }, I, P, Q extends PageQuery> {
  /** Path under /api/v1, e.g. "/units". */
  path: string;
  tag: string;
  /** "đơn vị", for summaries and messages. */
  noun: string;
  record: z.ZodType<R>;
  input: z.ZodType<I>;
  patch: z.ZodType<P>;
  listQuery: z.ZodType<Q>;
  repository: () => CrudRepository<R, I, P, Q>;
  /**
   * CSV columns; a function is called for each download (e.g. to look up names by id). The XLSX
   * download has the same columns under Vietnamese headers (lib/xlsx.ts); `labels` gives this
   * resource's own header for a column where the shared one does not fit.
   */
  csv: { filename: string; columns: CsvColumn<R>[] | (() => CsvColumn<R>[]); labels?: Record<string, string> };
  /** Singular entity name for operation ids (listUnits, getUnit…); derived from the path if absent. */
  entity?: string;
  /** Leave out routes a resource does not have. */
  without?: ('create' | 'update' | 'delete')[];
  /**
   * Who may create, update and delete: 'admin' for the registries, 'write' (admins and unit
   * officers) for what units report. Anyone signed in may read.
   */
  writeAccess?: 'admin' | 'write';
}

export const IdParamsSchema = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const IfMatchHeadersSchema = z.looseObject({
  'if-match': z.string().max(100).optional().meta({ description: 'ETag của bản ghi đã đọc (bắt buộc)' }),
});

const problems = { 400: ProblemSchema, 404: ProblemSchema };

/** The refusals of a write that names a record and its version (If-Match). */
export const versionedWriteProblems = {
  ...problems,
  409: ProblemSchema,
  412: ProblemSchema,
  428: ProblemSchema,
};

export function wantsCsv(request: FastifyRequest, format: string | undefined): boolean {
  if (format) return format === 'csv';
  const accept = request.headers.accept ?? '';
  return accept.includes('text/csv') && !accept.includes('application/json');
}

export function wantsXlsx(request: FastifyRequest, format: string | undefined): boolean {
  if (format) return format === 'xlsx';
  const accept = request.headers.accept ?? '';
  return accept.includes(XLSX_MIME) && !accept.includes('application/json');
}

export function sendCsv(reply: FastifyReply, filename: string, body: string): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', attachment(`${filename}.csv`))
    .send(body);
}

export function notFound(noun: string, id: number): HttpProblem {
  return new HttpProblem(404, 'not-found', 'Không tìm thấy', `Không có ${noun} với id ${id}`);
}

/** "/activity-units" → "ActivityUnits". */
function entityName(path: string): string {
  return path
    .replace(/^\//, '')
    .split(/[-/]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function singularOf(plural: string): string {
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
  return plural.endsWith('s') ? plural.slice(0, -1) : plural;
}

export function crudRoutes<R extends { id: number; version: number }, I, P, Q extends PageQuery & { format?: string }>(
  o: CrudOptions<R, I, P, Q>,
): FastifyPluginAsyncZod {
  return async (app) => {
    const repo = o.repository;
    const without = new Set(o.without ?? []);
    // Generic record types cannot be followed through the type provider; the schemas still validate
    // and serialise every request and answer at run time.
    const plural = entityName(o.path);
    const singular = o.entity ?? singularOf(plural);
    const record = o.record as z.ZodType;
    const input = o.input as z.ZodType;
    const patch = o.patch as z.ZodType;
    const readConfig = { access: 'read' as const };
    const writeConfig = { access: o.writeAccess ?? ('admin' as const) };

    app.get(
      o.path,
      {
        config: readConfig,
        schema: {
          tags: [o.tag],
          operationId: `list${plural}`,
          summary: `Danh sách ${o.noun}`,
          description:
            'JSON có phân trang; `?format=csv` (hoặc `Accept: text/csv`) tải toàn bộ kết quả dạng CSV, ' +
            `\`?format=xlsx\` (hoặc \`Accept: ${XLSX_MIME}\`) dạng Excel với tiêu đề tiếng Việt, ` +
            `số tiền và ngày đúng kiểu; cả hai theo bộ lọc và thứ tự sắp xếp, tối đa ${CSV_MAX_ROWS.toLocaleString('vi-VN')} dòng.`,
          querystring: o.listQuery,
          response: { 200: listResponse(record), 400: ProblemSchema },
        },
      },
      async (request, reply) => {
        const q = request.query as Q;
        if (wantsXlsx(request, q.format)) {
          const all = repo().list({ ...q, page: 1, limit: CSV_MAX_ROWS }, contextOf(request));
          const columns = typeof o.csv.columns === 'function' ? o.csv.columns() : o.csv.columns;
          return sendXlsx(reply, all.items, exportColumns(columns, o.csv.labels), {
            filename: o.csv.filename,
            sheet: o.tag,
            total: all.total,
          });
        }
        if (wantsCsv(request, q.format)) {
          const all = repo().list({ ...q, page: 1, limit: CSV_MAX_ROWS }, contextOf(request));
          const columns = typeof o.csv.columns === 'function' ? o.csv.columns() : o.csv.columns;
          return sendCsv(reply, o.csv.filename, toCsv(all.items, columns));
        }
        return repo().list(q, contextOf(request));
      },
    );

    app.get(
      `${o.path}/:id`,
      {
        config: readConfig,
        schema: {
          tags: [o.tag],
          operationId: `get${singular}`,
          summary: `Xem một ${o.noun}`,
          params: IdParamsSchema,
          response: { 200: record, ...problems },
        },
      },
      async (request, reply) => {
        const found = repo().get(request.params.id, contextOf(request));
        if (!found) throw notFound(o.noun, request.params.id);
        reply.header('etag', etagOf(found.version));
        return found;
      },
    );

    if (!without.has('create')) {
      app.post(
        o.path,
        {
          config: writeConfig,
          schema: {
            tags: [o.tag],
            operationId: `create${singular}`,
            summary: `Thêm ${o.noun}`,
            body: input,
            response: { 201: record, 400: ProblemSchema, 409: ProblemSchema },
          },
        },
        async (request, reply) => {
          const created = repo().create(request.body as I, contextOf(request));
          return reply
            .code(201)
            .header('etag', etagOf(created.version))
            .header('location', `/api/v1${o.path}/${created.id}`)
            .send(created);
        },
      );
    }

    if (!without.has('update')) {
      app.patch(
        `${o.path}/:id`,
        {
          config: writeConfig,
          schema: {
            tags: [o.tag],
            operationId: `update${singular}`,
            summary: `Sửa ${o.noun} (cần If-Match)`,
            params: IdParamsSchema,
            headers: IfMatchHeadersSchema,
            body: patch,
            response: { 200: record, ...versionedWriteProblems },
          },
        },
        async (request, reply) => {
          const expected = expectedVersion(request.headers['if-match']);
          const updated = repo().update(request.params.id, expected, request.body as P, contextOf(request));
          if (!updated) throw notFound(o.noun, request.params.id);
          reply.header('etag', etagOf(updated.version));
          return updated;
        },
      );
    }

    if (!without.has('delete')) {
      app.delete(
        `${o.path}/:id`,
        {
          config: writeConfig,
          schema: {
            tags: [o.tag],
            operationId: `delete${singular}`,
            summary: `Xoá ${o.noun} (cần If-Match)`,
            params: IdParamsSchema,
            headers: IfMatchHeadersSchema,
            response: { 204: z.null(), ...versionedWriteProblems },
          },
        },
        async (request, reply) => {
          const expected = expectedVersion(request.headers['if-match']);
          if (!repo().remove(request.params.id, expected, contextOf(request)))
            throw notFound(o.noun, request.params.id);
          return reply.code(204).send(null);
        },
      );
    }
  };
}
