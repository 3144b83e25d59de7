/** Field schemas reused across entities, with their Vietnamese messages. */
import { z } from 'zod';
import './locale.js';
import { isValidDate, MONTH_RE } from './dates.js';

/** Text as stored: NFC, trimmed, required, bounded. */
export function requiredText(max: number) {
  return z
    .string({ error: 'Cần nhập nội dung' })
    .normalize('NFC')
    .trim()
    .min(1, { error: 'Không được để trống' })
    .max(max, { error: `Tối đa ${max} ký tự` });
}

/** Optional free text: NFC, trimmed, may be empty. */
export function optionalText(max: number) {
  return z
    .string()
    .normalize('NFC')
    .trim()
    .max(max, { error: `Tối đa ${max} ký tự` });
}

export const IdSchema = z.number().int().positive().meta({ example: 1 });

export const CountSchema = z
  .number({ error: 'Cần nhập một số' })
  .int({ error: 'Cần là số nguyên' })
  .min(0, { error: 'Không được âm' })
  .max(10_000_000, { error: 'Số quá lớn' });

/** Money in whole đồng. The ceiling (10^13) is far above any activity and inside 2^53. */
export const VndSchema = z
  .number({ error: 'Cần nhập số tiền' })
  .int({ error: 'Số tiền tính bằng đồng, không có phần lẻ' })
  .min(0, { error: 'Số tiền không được âm' })
  .max(10_000_000_000_000, { error: 'Số tiền quá lớn' })
  .meta({ description: 'Số tiền (đồng, số nguyên)', example: 5_000_000 });

export const QuantitySchema = z
  .number({ error: 'Cần nhập số lượng' })
  .positive({ error: 'Số lượng phải lớn hơn 0' })
  .max(1_000_000_000, { error: 'Số lượng quá lớn' });

export const TimestampSchema = z.string().meta({ format: 'date-time', example: '2021-10-02T08:30:00.000Z' });

/** Fields every stored record carries. */
export const RecordMetaSchema = z.object({
  id: IdSchema,
  version: z.number().int().positive().meta({ description: 'Tăng mỗi lần sửa; dùng cho If-Match' }),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

/** A calendar date `YYYY-MM-DD` (see dates.ts). */
export const IsoDateSchema = z
  .string()
  .refine(isValidDate, { message: 'Ngày không hợp lệ, cần dạng YYYY-MM-DD' })
  .meta({ format: 'date', example: '2021-09-10' });
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const MonthSchema = z
  .string()
  .regex(MONTH_RE, { message: 'Tháng không hợp lệ, cần dạng YYYY-MM' })
  .meta({ example: '2021-10' });
export type Month = z.infer<typeof MonthSchema>;

/** The zod schema that accepts exactly the codes of an enumeration made by `labelled`. */
export function enumSchema<const T extends readonly [string, ...string[]]>(enumeration: { readonly codes: T }) {
  return z.enum(enumeration.codes);
}
