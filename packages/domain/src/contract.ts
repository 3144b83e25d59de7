/**
 * Plain values of the API contract that the pages need: the limits the API enforces (page sizes, period
 * length), sort fields, the problem content type, and the seed's period. No schema library here, so a
 * page that only needs these carries none.
 */

/** The content type of every error answer (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The largest page of any list. */
export const MAX_PAGE_SIZE = 500;

/** The longest period the figures cover, in months: their work grows with months × units. */
export const MAX_STATS_MONTHS = 240;

/** The largest page of the compliance matrix and of the communes list. */
export const MAX_STATS_PAGE_SIZE = 1000;

export const ComplianceSortFields = ['name', 'code', 'group', 'rate', 'visits'] as const;

export const CommuneStatsSortFields = ['name', 'district', 'visits', 'lastActivityDate', 'daysSinceLast'] as const;

/** The longest `byUnit` and `byCommune` lists of the funding figures. */
export const MAX_FUNDING_ROWS = 10_000;

/** The seed's period: from Hướng dẫn 02-HD/BDVTU (10/9/2021) to the news item (18/3/2022). */
export const SEED_PERIOD = { from: '2021-09-10', to: '2022-03-18' } as const;
