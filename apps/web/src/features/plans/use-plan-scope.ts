import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '@/features/auth/use-session';
import { type PlanScope, planScopeFromSearchParams, planScopeParams } from '@/features/plans/plan-scope';

export interface PlanScopeState {
  scope: PlanScope;
  invalid: boolean;
  /** A unit officer sees their own unit only, whatever the URL says. */
  unitFixed: boolean;
  page: number;
  setScope: (scope: PlanScope) => void;
  setPage: (page: number) => void;
}

export function usePlanScope(): PlanScopeState {
  const [searchParams, setSearchParams] = useSearchParams();
  const { user } = useSession();
  const unitFixed = user?.role === 'unit_officer';
  const parsed = useMemo(() => planScopeFromSearchParams(searchParams), [searchParams]);
  const scope = useMemo(
    () => (unitFixed ? { ...parsed.scope, unitId: user?.unitId ?? undefined } : parsed.scope),
    [parsed.scope, unitFixed, user?.unitId],
  );
  const pageParam = Number(searchParams.get('page'));
  const page = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;

  const setScope = useCallback(
    (next: PlanScope) => setSearchParams(planScopeParams(next), { preventScrollReset: true }),
    [setSearchParams],
  );
  const setPage = useCallback(
    (next: number) =>
      setSearchParams(
        (previous) => {
          const params = new URLSearchParams(previous);
          if (next <= 1) params.delete('page');
          else params.set('page', String(next));
          return params;
        },
        { preventScrollReset: true },
      ),
    [setSearchParams],
  );
  return { scope, invalid: parsed.invalid, unitFixed, page, setScope, setPage };
}
