/**
 * The figures of `/stats/*` as JSON bytes: the roll-ups are brought up to date, then the response
 * comes from the cache or is computed and cached. Warm calls neither compute, serialize nor encode.
 */
import type { CommunesStatsQuery, ComplianceQuery, FundingQuery, StatsQuery } from '@danvan/domain';
import { dateOfDay, firstDayOfMonthIndex, lastDayOfMonthIndex } from './calendar.js';
import { communeFigures } from './communes.js';
import { complianceFigures } from './compliance.js';
import { coverageFigures } from './coverage.js';
import { fundingFigures } from './funding.js';
import { type Answer, answerOf, canonicalQuery, ResponseCache } from './response-cache.js';
import type { RollupStore } from './rollup-store.js';

interface Queries {
  coverage: StatsQuery;
  compliance: ComplianceQuery;
  communes: CommunesStatsQuery;
  funding: FundingQuery;
}

export type FiguresKind = keyof Queries;

const compute: { [K in FiguresKind]: (store: RollupStore, q: Queries[K]) => unknown } = {
  coverage: coverageFigures,
  compliance: complianceFigures,
  communes: communeFigures,
  funding: fundingFigures,
};

export class StatsFigures {
  readonly cache = new ResponseCache();

  constructor(readonly store: RollupStore) {}

  /**
   * The figures as JSON bytes with their ETag; `confinedUnit` is the unit a reader may only see
   * (null: all). `commitEpoch` is the caller's look at the database's commits (a request's, see
   * CommitWatch); without it the change log is read.
   */
  answer<K extends FiguresKind>(kind: K, q: Queries[K], confinedUnit: number | null, commitEpoch?: number): Answer {
    this.store.refresh(commitEpoch);
    const version = this.store.version;
    const key = `${kind}|${confinedUnit ?? ''}|${canonicalQuery(q)}`;
    const cached = this.cache.get(version, key);
    if (cached !== undefined) return cached;
    const answer = answerOf(JSON.stringify(compute[kind](this.store, q)));
    this.cache.set(version, key, answer);
    return answer;
  }

  /**
   * Computes each kind of figures a few times over the latest year (whole months, partial months,
   * a filter) and throws the answers away, so that the first readers after a start do not wait for
   * the JIT compiler.
   */
  warmUp(): void {
    const latest = this.store.latestFirst()[0];
    if (latest === undefined) return;
    const windows = [
      { from: dateOfDay(firstDayOfMonthIndex(latest - 11)), to: dateOfDay(lastDayOfMonthIndex(latest)) },
      { from: dateOfDay(firstDayOfMonthIndex(latest - 11) + 1), to: dateOfDay(firstDayOfMonthIndex(latest) + 14) },
    ];
    for (const w of windows) {
      for (const filter of [{}, { unitGroup: 'so_nganh' as const }]) {
        const q = { ...w, ...filter };
        const page = { page: 1, limit: 100, sort: 'name' as const };
        JSON.stringify(coverageFigures(this.store, q));
        JSON.stringify(complianceFigures(this.store, { ...q, ...page }));
        JSON.stringify(communeFigures(this.store, { ...q, ...page }));
        JSON.stringify(fundingFigures(this.store, { ...q, limit: 50 }));
      }
    }
  }
}
