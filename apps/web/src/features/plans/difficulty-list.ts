/** The difficulties list's filters, sort and page, kept in the URL (`/kho-khan?kind=kinh_phi&status=moi`). */
import { DifficultyKind, DifficultyStatus } from '@danvan/domain';
import type { ListParamsConfig } from '@/hooks/use-list-params';

export type DifficultyFilter = 'kind' | 'status' | 'unitId' | 'from' | 'to';

export const DIFFICULTY_LIST: ListParamsConfig<DifficultyFilter> = {
  filters: {
    kind: { kind: 'enum', values: DifficultyKind.codes, multiple: true },
    status: { kind: 'enum', values: DifficultyStatus.codes, multiple: true },
    unitId: { kind: 'id' },
    from: { kind: 'date' },
    to: { kind: 'date' },
  },
  sortFields: ['periodFrom', 'createdAt', 'status'],
  defaultSort: '-periodFrom',
  pageSize: 20,
};

/** The status a difficulty moves on to (mới → đang xử lý → đã giải quyết), or null at the end. */
export function nextStatus(status: DifficultyStatus): DifficultyStatus | null {
  const index = DifficultyStatus.codes.indexOf(status);
  return DifficultyStatus.codes[index + 1] ?? null;
}
