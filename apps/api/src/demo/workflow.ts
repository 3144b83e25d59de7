/** Where each activity stands in the workflow, and when it got there: derived from its dates, never from the clock. */
import { type ActivityStatus, addDays, minDate } from '@danvan/domain';
import type { Rng } from './random.js';
import { laterBy, stampAt } from './stamps.js';

/** The news item that reports 115 lượt came out on 18/3/2022: approved records were approved by then. */
export const REPORT_DAY = '2022-03-18';

const REVIEW_COMMENTS = [
  'Đề nghị bổ sung ảnh minh chứng và danh sách hộ nhận hỗ trợ có xác nhận của UBND xã.',
  'Trị giá hiện vật chưa có căn cứ, đề nghị bổ sung hóa đơn hoặc ghi rõ cách xác định trị giá.',
  'Số người tham gia theo nhóm chưa khớp với biên bản, đề nghị kiểm tra lại.',
] as const;

export interface Workflow {
  status: ActivityStatus;
  reviewComment: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function workflowOf(rng: Rng, status: ActivityStatus, endDate: string): Workflow {
  const recorded = minDate(
    addDays(endDate, rng.int(0, 3)),
    status === 'approved' ? addDays(REPORT_DAY, -1) : REPORT_DAY,
  );
  const createdAt = stampAt(recorded, rng.int(15, 20), rng.int(0, 59));
  if (status === 'draft')
    return { status, reviewComment: null, submittedAt: null, approvedAt: null, createdAt, updatedAt: createdAt };
  const submittedAt = laterBy(createdAt, rng.int(5, 120));
  if (status === 'submitted')
    return { status, reviewComment: null, submittedAt, approvedAt: null, createdAt, updatedAt: submittedAt };
  if (status === 'returned') {
    const returnedAt = laterBy(submittedAt, rng.int(16, 40) * 60);
    return {
      status,
      reviewComment: rng.pick(REVIEW_COMMENTS),
      submittedAt,
      approvedAt: null,
      createdAt,
      updatedAt: returnedAt,
    };
  }
  const approvedAt = stampAt(minDate(addDays(recorded, rng.int(1, 4)), REPORT_DAY), rng.int(8, 10), rng.int(0, 59));
  return { status, reviewComment: null, submittedAt, approvedAt, createdAt, updatedAt: approvedAt };
}
