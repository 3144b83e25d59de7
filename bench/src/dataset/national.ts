/**
 * The national-scale database: generated once per generator version and scale into
 * `.bench/national-v<version>-s<scale>/`, then reused. The schema comes from the app's own
 * migrations (openDatabase); derived columns from the app's own functions.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type DatabaseHandle, MIGRATIONS_FOLDER, openDatabase } from '../../../apps/api/src/db/client.js';
import { communeDerived, directiveDerived, unitDerived, userDerived } from '../../../apps/api/src/db/derived.js';
import { assignments, communes, directives, units, users } from '../../../apps/api/src/db/schema.js';
import { BENCH_HOME, DATABASE_NAME } from '../paths.js';
import { type ActivityCounts, writeActivities } from './activities.js';
import { dateOf, dayOf, stampOf } from './days.js';
import { Rng } from './random.js';
import { generateRegistries, type Registries, type Sizes, SPAN, sizesAt } from './registries.js';

/** Bump when the generated data changes: older caches are then left alone and a new one is made. */
export const GENERATOR_VERSION = 1;
export const SEED = 20210910;

/** The account that owns the benchmark's API tokens; it cannot log in. */
export const BENCH_USERNAME = 'bench';

export interface Manifest {
  generator: number;
  seed: number;
  scale: number;
  sizes: Sizes;
  counts: ActivityCounts & { units: number; communes: number; districts: number; assignments: number };
  generatedAt: string;
  generationMs: number;
}

export interface NationalDataset {
  dataDir: string;
  databaseFile: string;
  manifest: Manifest;
  /** False when a cached database was reused. */
  generated: boolean;
}

/** Slices for multi-row inserts, well under SQLite's limit on bound parameters. */
function slices<T>(rows: readonly T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function writeRegistries(handle: DatabaseHandle, r: Registries): void {
  const stamp = stampOf(dayOf(SPAN.from) - 20, 2);
  const meta = { version: 1, createdAt: stamp, updatedAt: stamp };
  const plan = {
    id: 1,
    code: '02-ĐA/TU',
    kind: 'de_an' as const,
    issuer: 'Ban Thường vụ Tỉnh ủy',
    issuedOn: '2020-11-23',
    title: 'Đề án tăng cường hoạt động của các chi, đảng bộ cơ sở với nhân dân tại các xã được phân công',
    summary: '',
    parentId: null,
    norms: [],
  };
  const guide = {
    id: 2,
    code: '02-HD/BDVTU',
    kind: 'huong_dan' as const,
    issuer: 'Ban Dân vận Tỉnh ủy',
    issuedOn: '2020-12-10',
    title: 'Hướng dẫn các chi, đảng bộ cơ sở tham gia hoạt động với nhân dân tại xã được phân công',
    summary: 'Ít nhất 01 lần/tháng tại xã được phân công phụ trách.',
    parentId: 1,
    norms: [{ kind: 'min_activities_per_unit_month', value: 1 }],
  };
  const account = { username: BENCH_USERNAME, fullName: 'Đo hiệu năng (pnpm bench)' };
  handle.db.transaction((tx) => {
    tx.insert(directives)
      .values([plan, guide].map((d) => ({ ...d, ...directiveDerived(d), ...meta })))
      .run();
    for (const slice of slices(r.units))
      tx.insert(units)
        .values(slice.map(({ weight: _w, ...u }) => ({ ...u, ...unitDerived(u), activeFrom: '2020-01-01', ...meta })))
        .run();
    for (const slice of slices(r.communes))
      tx.insert(communes)
        .values(slice.map((c) => ({ ...c, ...communeDerived(c), validFrom: '2020-01-01', ...meta })))
        .run();
    for (const slice of slices(r.assignments))
      tx.insert(assignments)
        .values(
          slice.map((a) => ({
            id: a.id,
            unitId: a.unitId,
            communeId: a.communeId,
            directiveId: guide.id,
            role: a.role,
            validFrom: dateOf(a.fromDay),
            validTo: a.toDay === null ? null : dateOf(a.toDay),
            ...meta,
          })),
        )
        .run();
    // No password hash verifies against '!', and the account is inactive: it only owns tokens.
    tx.insert(users)
      .values({ ...account, ...userDerived(account), role: 'viewer', passwordHash: '!', active: false, ...meta })
      .run();
  });
}

function generate(dir: string, scale: number, log: (line: string) => void): Manifest {
  const started = performance.now();
  const sizes = sizesAt(scale);
  const handle = openDatabase(resolve(dir, DATABASE_NAME));
  const { sqlite } = handle;
  const triggers = sqlite.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'");
  log(`  schema from the app's migrations (${triggers.get()?.n ?? 0} triggers fire during the load)`);
  // A throwaway file until it is complete: no journal, no fsync; WAL again at the end. Foreign
  // keys hold by construction (every id comes from the registries written first), so they are not
  // checked row by row. The app's triggers do fire: the file is what the app's writes would make.
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1048576');
  sqlite.pragma('temp_store = MEMORY');

  const rng = new Rng(SEED);
  const registries = generateRegistries(rng.fork('registries'), sizes);
  writeRegistries(handle, registries);
  log(
    `  ${registries.units.length} units, ${registries.communes.length} communes in ${sizes.districts} districts, ` +
      `${registries.assignments.length} assignments`,
  );
  let shown = 0;
  const counts = writeActivities(sqlite, registries, sizes, rng.fork('activities'), (done) => {
    if (done - shown >= sizes.activities / 10 || done === sizes.activities) {
      shown = done;
      log(`  ${done.toLocaleString('en')} activities (${Math.round((performance.now() - started) / 1000)} s)`);
    }
  });
  // Planner statistics, as a maintained database would have them (they help the naive queries too).
  sqlite.exec('ANALYZE');
  sqlite.pragma('journal_mode = WAL');
  handle.close();
  return {
    generator: GENERATOR_VERSION,
    seed: SEED,
    scale,
    sizes,
    counts: {
      districts: sizes.districts,
      units: registries.units.length,
      communes: registries.communes.length,
      assignments: registries.assignments.length,
      ...counts,
    },
    generatedAt: new Date().toISOString(),
    generationMs: Math.round(performance.now() - started),
  };
}

/**
 * Whether the migrations applied to a cached database are still the app's first migrations, unchanged
 * (drizzle records each one's SHA-256). Newer migrations are fine: the server applies them at start.
 */
function migrationsStillMatch(databaseFile: string): boolean {
  const journal = JSON.parse(readFileSync(resolve(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const current = journal.entries.map((e) =>
    createHash('sha256')
      .update(readFileSync(resolve(MIGRATIONS_FOLDER, `${e.tag}.sql`)))
      .digest('hex'),
  );
  const db = new Database(databaseFile, { readonly: true });
  try {
    const applied = db
      .prepare<[], { hash: string }>('SELECT hash FROM __drizzle_migrations ORDER BY created_at')
      .all()
      .map((r) => r.hash);
    return applied.every((hash, i) => current[i] === hash);
  } finally {
    db.close();
  }
}

export function nationalDataset(scale: number, regenerate: boolean, log: (line: string) => void): NationalDataset {
  const dataDir = resolve(BENCH_HOME, `national-v${GENERATOR_VERSION}-s${scale}`);
  const manifestFile = resolve(dataDir, 'manifest.json');
  const databaseFile = resolve(dataDir, DATABASE_NAME);
  if (!regenerate && existsSync(manifestFile) && existsSync(databaseFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    if (manifest.generator === GENERATOR_VERSION && migrationsStillMatch(databaseFile))
      return { dataDir, databaseFile, manifest, generated: false };
    log('  the cached copy was made with migrations that have changed since: generating again');
  }
  const building = `${dataDir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const manifest = generate(building, scale, log);
  writeFileSync(resolve(building, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(building, dataDir);
  return { dataDir, databaseFile, manifest, generated: true };
}

/** Bytes of the database file and its WAL. */
export function databaseBytes(file: string): number {
  let bytes = 0;
  for (const f of [file, `${file}-wal`]) if (existsSync(f)) bytes += statSync(f).size;
  return bytes;
}
