/** The one error shape of the API: RFC 9457 problem details, with field-level errors. */
import { z } from 'zod';
import './locale.js';

export const FieldErrorSchema = z.object({
  path: z.string().meta({ description: 'Đường dẫn tới trường bị lỗi, ví dụ "contributions.0.valueVnd"' }),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: 'https://danvan.local/problems/validation' }),
    title: z.string().meta({ example: 'Dữ liệu không hợp lệ' }),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
export type Problem = z.infer<typeof ProblemSchema>;
