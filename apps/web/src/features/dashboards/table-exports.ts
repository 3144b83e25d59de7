/**
 * The downloads of the dashboards' tables: `/stats/exports/{table}` with the dashboard's filters, and for
 * the units × months matrix and the communes the order (and the communes' "reached" choice) on screen, so
 * the file holds every row of the table as the reader sees it sorted.
 */
import type { StatsExportTable } from '@danvan/domain';
import { COMMUNE_DEFAULT_SORT, COMMUNE_SORTS } from '@/features/dashboards/api/get-commune-stats';
import { COMPLIANCE_DEFAULT_SORT, COMPLIANCE_SORTS } from '@/features/dashboards/api/get-compliance';
import {
  COMMUNE_TABLE,
  MATRIX_TABLE,
  REACHED_PARAM,
  type StatsFilterQuery,
} from '@/features/dashboards/dashboard-filters';
import { readTableParams } from '@/features/dashboards/use-dashboard-filters';
import type { QueryParams } from '@/lib/api-client';

export const tableExportPath = (table: StatsExportTable) => `/stats/exports/${table}`;

/** The query of a table's download (without `format`, which each link adds). */
export function tableExportQuery(
  table: StatsExportTable,
  query: StatsFilterQuery,
  params: URLSearchParams,
): QueryParams {
  if (table === 'unit-months') {
    return { ...query, sort: readTableParams(params, MATRIX_TABLE, COMPLIANCE_SORTS, COMPLIANCE_DEFAULT_SORT).sort };
  }
  if (table === 'communes') {
    const { sort } = readTableParams(params, COMMUNE_TABLE, COMMUNE_SORTS, COMMUNE_DEFAULT_SORT);
    const reached = params.get(REACHED_PARAM);
    return { ...query, sort, ...(reached === 'true' || reached === 'false' ? { reached } : {}) };
  }
  return { ...query };
}
