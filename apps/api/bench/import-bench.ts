/**
 * Import throughput: 100,000 lines (one activity with one contribution each, over the demo units
 * and communes) read, checked and planned (the preview), then committed, as CSV and as XLSX; and,
 * in the same run, the same rows written by bare prepared INSERTs in one transaction (no reading,
 * no checks, no audit) into a fresh database of the same schema. Prints rows/s and the ratio.
 *
 *   pnpm --filter @danvan/api bench:import            # 100000 lines
 *   pnpm --filter @danvan/api bench:import -- 20000   # another size
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ActivityCategory, FundingSource, IMPORT_COLUMNS, type ImportColumnKey } from '@danvan/domain';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { type DatabaseHandle, openDatabase } from '../src/db/client.js';
import { activityDerived } from '../src/db/derived.js';
import { loadDemoData } from '../src/demo/load.js';
import type { NewActivity } from '../src/repositories/activities-repository.js';
import { SYSTEM_CONTEXT } from '../src/repositories/write-context.js';
import { ImportService } from '../src/services/imports/import-service.js';
import { ImportStore } from '../src/services/imports/import-store.js';

// pnpm passes a `--` separator on to the script: the size is the first argument after it.
const sizeArgument = process.argv.slice(2).find((a) => a !== '--');
const LINES = Number(sizeArgument ?? 100_000);
if (!Number.isInteger(LINES) || LINES < 1) {
  console.error(`Số dòng không hợp lệ: "${sizeArgument}" (cần một số nguyên dương, ví dụ 20000)`);
  process.exit(2);
}

type Line = Partial<Record<ImportColumnKey, string | number>>;

function linesFor(handle: DatabaseHandle, tag: string): Line[] {
  const units = handle.sqlite.prepare('SELECT code FROM units').all() as { code: string }[];
  const communes = handle.sqlite.prepare('SELECT code, name FROM communes').all() as { code: string; name: string }[];
  const categories = ActivityCategory.codes.map((c) => ActivityCategory.labels[c]);
  const sources = FundingSource.codes.map((c) => FundingSource.labels[c]);
  const lines: Line[] = [];
  for (let i = 0; i < LINES; i++) {
    const day = new Date(Date.UTC(2040, 0, 1) + (i % 3000) * 86_400_000).toISOString().slice(0, 10);
    const commune = communes[i % communes.length]!;
    lines.push({
      title: `Hoạt động ${tag} số ${i}: hỗ trợ xi măng làm đường bê tông thôn Nà Pàn`,
      units: units[i % units.length]!.code,
      // Half by code, half by name without diacritics.
      commune: i % 2 === 0 ? commune.code : commune.name.normalize('NFD').replace(/\p{Mn}/gu, ''),
      startDate: `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`,
      categories: categories[i % categories.length]!,
      'participants.dang_vien': 5 + (i % 20),
      beneficiaries: 50,
      kind: 'Tiền mặt',
      source: sources[i % sources.length]!,
      valueVnd: (1_000_000 + i).toLocaleString('vi-VN'),
    });
  }
  return lines;
}

function csvOf(lines: Line[]): Buffer {
  const rows = [IMPORT_COLUMNS.map((c) => c.header), ...lines.map((l) => IMPORT_COLUMNS.map((c) => l[c.key] ?? ''))];
  return Buffer.from(`\uFEFF${stringify(rows)}`);
}

async function xlsxOf(lines: Line[]): Promise<Buffer> {
  const out: Buffer[] = [];
  const stream = new (await import('node:stream')).PassThrough();
  stream.on('data', (d: Buffer) => out.push(d));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('Hoạt động');
  ws.addRow(IMPORT_COLUMNS.map((c) => c.header)).commit();
  for (const l of lines) ws.addRow(IMPORT_COLUMNS.map((c) => l[c.key] ?? null)).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(out);
}

/** The same rows by bare prepared statements: the floor an import cannot go below. */
function rawInserts(handle: DatabaseHandle, activities: NewActivity[]): number {
  const s = handle.sqlite;
  const activity = s.prepare(
    `INSERT INTO activities (title, commune_id, start_date, end_date, beneficiaries, description, status, submitted_at,
       approved_at, search, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'approved', ?, ?, ?, 1, ?, ?)`,
  );
  const unit = s.prepare('INSERT INTO activity_units (activity_id, unit_id, position) VALUES (?, ?, ?)');
  const category = s.prepare('INSERT INTO activity_categories (activity_id, category, position) VALUES (?, ?, ?)');
  const participant = s.prepare(
    'INSERT INTO activity_participants (activity_id, participant_group, count) VALUES (?, ?, ?)',
  );
  const contribution = s.prepare(
    `INSERT INTO contributions (activity_id, unit_id, kind, source, item, quantity, measure_unit, value_vnd,
       valuation_method, note, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  // Derived values are computed beforehand: only the writing is timed.
  const searches = activities.map((a) => activityDerived(a).search);
  const now = new Date().toISOString();
  const started = performance.now();
  s.transaction(() => {
    activities.forEach((a, i) => {
      const id = activity.run(
        a.title,
        a.communeId,
        a.startDate,
        a.endDate,
        a.beneficiaries,
        a.description,
        now,
        now,
        searches[i],
        now,
        now,
      ).lastInsertRowid;
      a.unitIds.forEach((u, p) => {
        unit.run(id, u, p);
      });
      a.categories.forEach((c, p) => {
        category.run(id, c, p);
      });
      for (const p of a.participants) participant.run(id, p.group, p.count);
      for (const c of a.contributions) {
        contribution.run(
          id,
          c.unitId,
          c.kind,
          c.source,
          c.item,
          c.quantity,
          c.measureUnit,
          c.valueVnd,
          c.valuationMethod,
          c.note,
          now,
          now,
        );
      }
    });
  })();
  return performance.now() - started;
}

function fresh(): { handle: DatabaseHandle; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-import-bench-'));
  const handle = openDatabase(join(dir, 'bench.db'));
  loadDemoData(handle);
  return { handle, dir };
}

/** CPU time (user + system) of this process between two readings: less disturbed by other load than wall time. */
const cpuMs = (from: NodeJS.CpuUsage, to: NodeJS.CpuUsage) => (to.user - from.user + to.system - from.system) / 1000;
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function run(format: 'csv' | 'xlsx') {
  const { handle, dir } = fresh();
  try {
    const lines = linesFor(handle, format);
    const file = format === 'csv' ? csvOf(lines) : await xlsxOf(lines);
    const store = new ImportStore();
    const service = new ImportService(handle.db, store);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const preview = await service.preview(Readable.from(file), `bench.${format}`, SYSTEM_CONTEXT);
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    if (preview.totals.ok !== LINES) throw new Error(`expected ${LINES} ok, got ${JSON.stringify(preview.totals)}`);
    const result = service.commit(preview.id, {}, SYSTEM_CONTEXT);
    const t2 = performance.now();
    const c2 = process.cpuUsage();
    if (result.created.activities !== LINES) throw new Error(`committed ${result.created.activities}`);

    // The same rows, parsed, into a fresh database by bare INSERTs.
    const rawDb = fresh();
    const parsed = store.get(preview.id, SYSTEM_CONTEXT)!.parsed.groups.map((g) => g.input!);
    const c3 = process.cpuUsage();
    const raw = rawInserts(rawDb.handle, parsed);
    const rawCpu = cpuMs(c3, process.cpuUsage());
    rawDb.handle.close();
    rmSync(rawDb.dir, { recursive: true, force: true });

    const total = t2 - t0;
    const totalCpu = cpuMs(c0, c2);
    return {
      format,
      size: `${(file.length / 1024 / 1024).toFixed(1)} MB`,
      readCheck: `${secs(t1 - t0)} (${rate(LINES, t1 - t0)}), cpu ${secs(cpuMs(c0, c1))}`,
      commit: `${secs(t2 - t1)} (${rate(LINES, t2 - t1)}), cpu ${secs(cpuMs(c1, c2))}`,
      total: `${secs(total)} (${rate(LINES, total)}), cpu ${secs(totalCpu)}`,
      rawInserts: `${secs(raw)} (${rate(LINES, raw)}), cpu ${secs(rawCpu)}`,
      commitVsRaw: `${((t2 - t1) / raw).toFixed(1)}×`,
      totalVsRaw: `${(total / raw).toFixed(1)}×`,
      totalVsRawCpu: `${(totalCpu / rawCpu).toFixed(1)}×`,
    };
  } finally {
    handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `Import benchmark: ${LINES.toLocaleString('en-US')} lines (one activity + one contribution each), Node ${process.version}, ` +
    `${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
const results = [];
for (const format of ['csv', 'xlsx'] as const) {
  results.push(await run(format));
  console.log(results.at(-1));
}
console.table(results);
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
