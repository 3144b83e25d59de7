/** Versions as strong ETags (`"3"`), the If-Match rules of updates and deletes, If-None-Match of reads. */
import { HttpProblem } from '../plugins/problems.js';

export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version an update or delete expects, from its If-Match header. A missing header is 428:
 * without it two officials could overwrite each other without knowing.
 */
export function expectedVersion(ifMatch: string | undefined): number | '*' {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    throw new HttpProblem(
      428,
      'if-match-required',
      'Thiếu If-Match',
      'Gửi kèm tiêu đề If-Match với ETag của bản ghi đã đọc, để không ghi đè thay đổi của người khác.',
    );
  }
  const value = ifMatch.trim();
  if (value === '*') return '*';
  const match = /^(?:W\/)?"(\d+)"$/.exec(value);
  if (!match) {
    throw new HttpProblem(
      400,
      'bad-if-match',
      'If-Match không hợp lệ',
      `If-Match phải là ETag dạng "3", nhận được ${value}`,
    );
  }
  return Number(match[1]);
}

export function staleProblem(label: string, current: number): HttpProblem {
  return new HttpProblem(
    412,
    'stale',
    'Bản ghi đã bị thay đổi',
    `${label} đã được người khác sửa (phiên bản hiện tại ${current}). Hãy tải lại, xem thay đổi rồi sửa lại.`,
  );
}

/**
 * Whether an If-None-Match header names `etag` (weak comparison, RFC 9110 §13.1.2): then a read
 * answers 304 Not Modified. A missing header names nothing; `*` names any.
 */
export function noneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || (t.startsWith('W/') ? t.slice(2) : t) === etag;
  });
}
