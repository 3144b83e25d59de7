/** Shapes shared by every list endpoint: paging, sorting, CSV and XLSX downloads, and the list envelope. */
import { z } from 'zod';
import './locale.js';
import { MAX_PAGE_SIZE } from './contract.js';

/** `?limit=&page=&format=` of every list. */
export const PageQueryShape = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE, { error: `Tối đa ${MAX_PAGE_SIZE} bản ghi một trang` })
    .default(50)
    .meta({ description: 'Số bản ghi một trang (1–500)' }),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).meta({ description: 'Trang, bắt đầu từ 1' }),
  format: z.enum(['json', 'csv', 'xlsx']).optional().meta({
    description: 'csv: tải về dạng CSV (UTF-8 có BOM); xlsx: tải về dạng Excel. Cả hai: mọi bản ghi khớp bộ lọc',
  }),
  q: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'Tìm kiếm, không phân biệt dấu, hoa thường, NFC/NFD', example: 'tan lap' }),
};

/** A `sort` parameter over the given fields: `name` ascending, `-name` descending. */
export function sortParam<const F extends readonly [string, ...string[]]>(
  fields: F,
  defaultSort: F[number] | `-${F[number]}`,
) {
  const values = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z
    .enum(values)
    .default(defaultSort)
    .meta({ description: `Sắp xếp theo: ${fields.join(', ')}; thêm "-" phía trước để giảm dần` });
}

/** A comma-separated list in a query string, e.g. `status=approved,submitted`. */
export function csvList<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).min(1).max(50));
}

/** `true`/`false` in a query string. */
export const QueryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

export function listResponse<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().meta({ description: 'Tổng số bản ghi khớp bộ lọc' }),
    page: z.number().int(),
    limit: z.number().int(),
    pages: z.number().int().meta({ description: 'Số trang' }),
  });
}

export interface ListResult<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
  pages: number;
}
