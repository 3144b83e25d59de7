/**
 * The statistics roll-ups, kept in memory and current (docs/decisions/0008-stats-rollups.md).
 *
 * Built whole from SQLite at start-up. Before each figures read, `refresh` drains the change log
 * that the triggers fill in the same transaction as every write: it reads again only the changed
 * activities (by id) and the small tables that were marked, and rebuilds the months they touch.
 * Requests pass their look at the database's commits, so that reads with no write between them
 * skip the log. `version` goes up whenever a drain found changes; response caches key on it.
 */
import type { DatabaseHandle } from '../../db/client.js';
import { type StatsSourceRepository, statsSourceRepository } from '../../repositories/stats-source-repository.js';
import { ActivityStore } from './activity-store.js';
import { firstDayOfMonthIndex, lastDayOfMonthIndex } from './calendar.js';
import { MonthBucket } from './month-bucket.js';
import { Registry } from './registry.js';

/** Above this many changed activities a drain rebuilds everything instead. */
const FULL_REBUILD_ABOVE = 200_000;
/** Activities read again per query (one JSON array parameter each). */
const RELOAD_CHUNK = 5_000;

export interface RollupFigures {
  activities: number;
  contributions: number;
  months: number;
  cells: number;
  fundingEntries: number;
  itemEntries: number;
  /** Bytes held by the typed arrays. */
  bytes: number;
}

export class RollupStore {
  version = 0;
  registry: Registry;
  activities = new ActivityStore();
  private readonly buckets = new Map<number, MonthBucket>();
  private monthsDescending: number[] = [];
  private readonly source: StatsSourceRepository;
  /** The commit epoch of the look before the latest drain that had one. */
  private drainedAt = -1;

  constructor(handle: DatabaseHandle) {
    this.source = statsSourceRepository(handle);
    this.registry = Registry.read(this.source);
  }

  /** Reads everything again; pending changes are superseded and cleared. */
  build(): void {
    const activities = new ActivityStore();
    this.registry = this.source.readAll(() => {
      const sizes = this.source.sizes();
      activities.reserve(sizes.activities, sizes.contributions);
      this.source.eachActivity(null, (a) => activities.put(a));
      this.source.eachContribution(null, (c) => activities.addContribution(c));
      return Registry.read(this.source);
    });
    activities.reorder();
    this.activities = activities;
    this.buckets.clear();
    for (const month of activities.months()) this.rebuildMonth(month);
    this.monthsChanged();
    this.version++;
  }

  /**
   * Applies the pending changes; true when there were any (and `version` went up). `epoch` is the
   * caller's look at the database's commits (CommitWatch) when it has one: the change log is not
   * read again while no write came since the look before the last drain.
   */
  refresh(epoch?: number): boolean {
    if (epoch !== undefined) {
      // A drain after a look covers every write committed before that look.
      if (epoch <= this.drainedAt) return false;
      this.drainedAt = epoch;
    }
    const changes = this.source.takeChanges();
    if (!changes) return false;
    if (changes.activityIds.size > FULL_REBUILD_ABOVE) {
      this.build();
      return true;
    }
    const dirty = new Set<number>();
    this.source.snapshot(() => {
      if (changes.tables.size > 0) {
        const next = this.registry.withFresh(this.source, changes.tables);
        if (changes.tables.has('assignments')) {
          for (const month of this.monthsTouching(this.registry.changedDays(next))) dirty.add(month);
        }
        this.registry = next;
      }
      const ids = [...changes.activityIds];
      for (const id of ids) {
        const month = this.activities.remove(id);
        if (month !== null) dirty.add(month);
      }
      for (let i = 0; i < ids.length; i += RELOAD_CHUNK) {
        const chunk = ids.slice(i, i + RELOAD_CHUNK);
        this.source.eachActivity(chunk, (a) => {
          const month = this.activities.put(a);
          if (month !== null) dirty.add(month);
        });
        this.source.eachContribution(chunk, (c) => this.activities.addContribution(c));
      }
    });
    for (const month of dirty) this.rebuildMonth(month);
    this.monthsChanged();
    this.version++;
    return true;
  }

  bucket(month: number): MonthBucket | undefined {
    return this.buckets.get(month);
  }

  /** The months that hold activities, latest first. */
  latestFirst(): readonly number[] {
    return this.monthsDescending;
  }

  figures(): RollupFigures {
    let cells = 0;
    let fundingEntries = 0;
    let itemEntries = 0;
    let bytes = this.activities.bytes();
    let contributions = 0;
    for (const b of this.buckets.values()) {
      cells += b.cells;
      fundingEntries += b.funding;
      itemEntries += b.items;
      bytes += b.bytes();
      for (const s of b.slots) contributions += this.activities.contributionCount[s]!;
    }
    return {
      activities: this.activities.size,
      contributions,
      months: this.buckets.size,
      cells,
      fundingEntries,
      itemEntries,
      bytes,
    };
  }

  private rebuildMonth(month: number): void {
    const bucket = new MonthBucket(month, this.activities, this.registry);
    if (bucket.slots.length === 0) this.buckets.delete(month);
    else this.buckets.set(month, bucket);
  }

  private monthsChanged(): void {
    this.monthsDescending = [...this.buckets.keys()].sort((a, b) => b - a);
  }

  /** The stored months that overlap any of the day ranges. */
  private monthsTouching(ranges: readonly [number, number][]): number[] {
    return [...this.buckets.keys()].filter((month) => {
      const first = firstDayOfMonthIndex(month);
      const last = lastDayOfMonthIndex(month);
      return ranges.some(([from, to]) => from <= last && to >= first);
    });
  }
}

/**
 * Builds the roll-ups of a database from scratch, as the server does before it listens. Exported
 * for the benchmark, which measures what start-up costs at a national scale.
 */
export function buildRollupStore(handle: DatabaseHandle): { store: RollupStore; ms: number } {
  const started = performance.now();
  const store = new RollupStore(handle);
  store.build();
  return { store, ms: performance.now() - started };
}
