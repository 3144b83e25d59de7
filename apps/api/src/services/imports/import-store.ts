/**
 * Uploaded files between their preview and their commit, kept in memory under a random id for
 * IMPORT_TTL_HOURS. Only the one who uploaded a file sees it. A restart forgets them: the file is
 * simply uploaded again. Memory is bounded by the number of activities held across all imports;
 * the oldest go first.
 */
import { randomUUID } from 'node:crypto';
import { IMPORT_TTL_HOURS, type ImportResult } from '@danvan/domain';
import type { WriteContext } from '../../repositories/write-context.js';
import type { ParsedFile } from './parse-rows.js';
import type { PlannedGroup } from './plan.js';
import type { ImportFormat } from './read-sheet.js';

export interface StoredImport {
  id: string;
  owner: string;
  fileName: string;
  format: ImportFormat;
  createdAt: string;
  expiresAt: string;
  parsed: ParsedFile;
  /** The preview's plan (the commit plans again). */
  plan: PlannedGroup[];
  result: ImportResult | null;
}

/** Activities held across all previews before the oldest are dropped. */
const MAX_HELD_ACTIVITIES = 600_000;
const MAX_IMPORTS = 50;

export function ownerOf(ctx: WriteContext): string {
  return `${ctx.actor.kind}:${ctx.actor.id ?? ''}`;
}

export class ImportStore {
  private readonly imports = new Map<string, StoredImport>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  add(entry: Omit<StoredImport, 'id' | 'createdAt' | 'expiresAt' | 'result'>): StoredImport {
    this.sweep();
    const now = this.clock();
    const stored: StoredImport = {
      ...entry,
      id: randomUUID(),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + IMPORT_TTL_HOURS * 3_600_000).toISOString(),
      result: null,
    };
    this.imports.set(stored.id, stored);
    this.trim();
    return stored;
  }

  /** The import, if it exists, has not expired, and belongs to the one asking. */
  get(id: string, ctx: WriteContext): StoredImport | null {
    this.sweep();
    const found = this.imports.get(id);
    return found && found.owner === ownerOf(ctx) ? found : null;
  }

  private sweep(): void {
    const now = this.clock().toISOString();
    for (const [id, entry] of this.imports) if (entry.expiresAt <= now) this.imports.delete(id);
  }

  /** Drops the oldest imports beyond the limits (Map keeps insertion order). */
  private trim(): void {
    let held = 0;
    for (const entry of this.imports.values()) held += entry.parsed.groups.length;
    for (const [id, entry] of this.imports) {
      if (held <= MAX_HELD_ACTIVITIES && this.imports.size <= MAX_IMPORTS) break;
      if (this.imports.size === 1) break;
      held -= entry.parsed.groups.length;
      this.imports.delete(id);
    }
  }
}
