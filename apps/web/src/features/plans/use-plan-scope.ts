import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '@/features/auth/use-session';
import { type PlanScope, planScopeFromSearchParams, planScopeParams } from '@/features/plans/plan-scope';
import { pageParam } from '@/lib/page-param';

export interface PlanScopeState {
  scope: PlanScope;
  invalid: boolean;
  /** A unit officer sees their own unit only, whatever the URL says. */
  unitFixed: boolean;
  page: number;
  /** The page of plan against actual (`placesPage`): its places, a unit and a commune each. */
  placesPage: number;
  setScope: (scope: PlanScope) => void;
  setPage: (page: number) => void;
  setPlacesPage: (page: number) => void;
}

export const PLACES_PAGE_PARAM = 'placesPage';

export function usePlanScope(): PlanScopeState {
  const [searchParams, setSearchParams] = useSearchParams();
  const { user } = useSession();
  const unitFixed = user?.role === 'unit_officer';
  const parsed = useMemo(() => planScopeFromSearchParams(searchParams), [searchParams]);
  const scope = useMemo(
    () => (unitFixed ? { ...parsed.scope, unitId: user?.unitId ?? undefined } : parsed.scope),
    [parsed.scope, unitFixed, user?.unitId],
  );
  const page = pageParam(searchParams);
  const placesPage = pageParam(searchParams, PLACES_PAGE_PARAM);

  const setScope = useCallback(
    (next: PlanScope) => setSearchParams(planScopeParams(next), { preventScrollReset: true }),
    [setSearchParams],
  );
  const setPageParam = useCallback(
    (name: string, next: number) =>
      setSearchParams(
        (previous) => {
          const params = new URLSearchParams(previous);
          if (next <= 1) params.delete(name);
          else params.set(name, String(next));
          return params;
        },
        { preventScrollReset: true },
      ),
    [setSearchParams],
  );
  const setPage = useCallback((next: number) => setPageParam('page', next), [setPageParam]);
  const setPlacesPage = useCallback((next: number) => setPageParam(PLACES_PAGE_PARAM, next), [setPageParam]);
  return { scope, invalid: parsed.invalid, unitFixed, page, placesPage, setScope, setPage, setPlacesPage };
}
