/**
 * Downloads of the dashboards' tables (`/api/v1/stats/exports/{table}`): every row of a table as
 * XLSX or CSV, under the same filters as the `/stats/*` figures it comes from.
 */
import { z } from 'zod';
import './locale.js';
import { sortParam } from './api.js';
import { CommuneStatsSortFields, ComplianceSortFields } from './contract.js';
import { ReachedQuerySchema, StatsQuerySchema } from './stats.js';

/** The tables of the coverage (`/bao-phu`) and funding (`/kinh-phi`) dashboards, by their path. */
export const STATS_EXPORT_TABLES = [
  'months',
  'unit-months',
  'communes',
  'remote',
  'funding-sources',
  'funding-categories',
  'funding-months',
  'funding-units',
  'funding-communes',
  'funding-items',
] as const;
export type StatsExportTable = (typeof STATS_EXPORT_TABLES)[number];

export const STATS_EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type StatsExportFormat = (typeof STATS_EXPORT_FORMATS)[number];

const exportShape = {
  format: z
    .enum(STATS_EXPORT_FORMATS)
    .default('xlsx')
    .meta({ description: 'xlsx (Excel, mặc định) hoặc csv (UTF-8 có BOM)' }),
};

/** The filters of `/stats/*` and the file format. */
export const StatsExportQuerySchema = StatsQuerySchema.safeExtend(exportShape);
export type StatsExportQuery = z.infer<typeof StatsExportQuerySchema>;

/** The units × months matrix, in the order the dashboard sorts it. */
export const UnitMonthsExportQuerySchema = StatsQuerySchema.safeExtend({
  ...exportShape,
  sort: sortParam(ComplianceSortFields, 'name'),
});
export type UnitMonthsExportQuery = z.infer<typeof UnitMonthsExportQuerySchema>;

/** The communes, in the dashboard's order, optionally only those reached (or not) in the period. */
export const CommunesExportQuerySchema = StatsQuerySchema.safeExtend({
  ...exportShape,
  sort: sortParam(CommuneStatsSortFields, 'name'),
  reached: ReachedQuerySchema,
});
export type CommunesExportQuery = z.infer<typeof CommunesExportQuerySchema>;
