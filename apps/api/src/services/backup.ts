/**
 * Online backups and their restore. A backup is a folder:
 *   danvan.db       the database, copied with SQLite's online backup API while the server runs
 *                   (one consistent snapshot; writers are not blocked), then made a single file
 *   photos/         the photo files that the copied database lists, and only those
 *   manifest.json   when, from where, row counts of every table, and the size and SHA-256 of every
 *                   file; written last, so a folder without it is not a finished backup
 * Photos are written to disk before their row is committed, so every photo in the snapshot has its
 * files; one deleted between the snapshot and the copy is listed in `missingPhotos`.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { PID_FILE, runningServerPid } from '../lib/pid-file.js';
import { APP_VERSION } from '../version.js';
import { photosDirOf } from './photo-files.js';

export const DATABASE_FILE = 'danvan.db';
export const MANIFEST_FILE = 'manifest.json';
const FORMAT = 1;

export interface BackupFile {
  /** Relative to the backup folder, with "/" separators. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: number;
  createdAt: string;
  appVersion: string;
  sourceDataDir: string;
  database: BackupFile & { integrity: string; counts: Record<string, number> };
  photos: BackupFile[];
  /** Photos of the snapshot whose files were gone by the time they were copied (deleted meanwhile). */
  missingPhotos: string[];
}

export class BackupError extends Error {}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function describe(root: string, file: string): Promise<BackupFile> {
  return {
    path: relative(root, file).split('\\').join('/'),
    bytes: (await stat(file)).size,
    sha256: await sha256Of(file),
  };
}

/** Row counts of every table of a database. */
export function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

function integrityOf(db: Database.Database): string {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}

async function isEmptyFolder(dir: string): Promise<boolean> {
  if (!existsSync(dir)) return true;
  return (await readdir(dir)).length === 0;
}

/** The photo files of the photos a database lists. */
function photoFilesOf(db: Database.Database): string[] {
  const keys = db.prepare('SELECT file_key FROM activity_photos ORDER BY id').pluck().all() as string[];
  return keys.flatMap((k) => [`${k}.jpg`, `${k}.thumb.jpg`]);
}

export async function createBackup(options: { dataDir: string; out: string }): Promise<Manifest> {
  const source = join(options.dataDir, DATABASE_FILE);
  if (!existsSync(source)) throw new BackupError(`Không có cơ sở dữ liệu ${source}: kiểm tra DATA_DIR.`);
  if (!(await isEmptyFolder(options.out))) {
    throw new BackupError(`Thư mục ${options.out} đã có tệp: chọn một thư mục mới hoặc trống cho bản sao lưu.`);
  }
  await mkdir(join(options.out, 'photos'), { recursive: true });
  const target = join(options.out, DATABASE_FILE);

  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // After the first (setup) step, everything in one step: one read transaction, one snapshot. A
    // smaller step lets a write in between restart the copy.
    await db.backup(target, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }

  const copy = new Database(target);
  let integrity: string;
  let counts: Record<string, number>;
  let files: string[];
  try {
    // A single self-contained file, with no write-ahead log beside it.
    copy.pragma('journal_mode = DELETE');
    integrity = integrityOf(copy);
    counts = tableCounts(copy);
    files = photoFilesOf(copy);
  } finally {
    copy.close();
  }
  if (integrity !== 'ok') throw new BackupError(`Bản sao cơ sở dữ liệu bị lỗi (integrity_check: ${integrity}).`);

  const photos: BackupFile[] = [];
  const missing = new Set<string>();
  const from = photosDirOf(options.dataDir);
  for (const name of files) {
    const dest = join(options.out, 'photos', name);
    try {
      await copyFile(join(from, name), dest);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.add(name.replace(/(\.thumb)?\.jpg$/, ''));
      continue;
    }
    photos.push(await describe(options.out, dest));
  }

  const manifest: Manifest = {
    format: FORMAT,
    createdAt: new Date().toISOString(),
    appVersion: APP_VERSION,
    sourceDataDir: options.dataDir,
    database: { ...(await describe(options.out, target)), integrity, counts },
    photos,
    missingPhotos: [...missing],
  };
  const temp = join(options.out, `${MANIFEST_FILE}.tmp`);
  await writeFile(temp, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(temp, join(options.out, MANIFEST_FILE));
  return manifest;
}

/** Only the names a backup writes: a manifest cannot send a file anywhere else. */
const PHOTO_PATH = /^photos\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.thumb)?\.jpg$/;

/** Reads a backup's manifest and checks every file against it; throws a BackupError on any difference. */
export async function verifyBackup(from: string): Promise<Manifest> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(from, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch {
    throw new BackupError(`${from} không phải là một bản sao lưu hoàn chỉnh: không đọc được ${MANIFEST_FILE}.`);
  }
  if (manifest.format !== FORMAT || manifest.database?.path !== DATABASE_FILE || !Array.isArray(manifest.photos)) {
    throw new BackupError(`${MANIFEST_FILE} của ${from} không đúng định dạng (format ${FORMAT}).`);
  }
  const bad = manifest.photos.find((p) => !PHOTO_PATH.test(p.path));
  if (bad) throw new BackupError(`${MANIFEST_FILE} nêu một tệp ngoài thư mục ảnh: ${JSON.stringify(bad.path)}.`);
  const problems: string[] = [];
  for (const f of [manifest.database, ...manifest.photos]) {
    const file = join(from, f.path);
    if (!existsSync(file)) {
      problems.push(`thiếu ${f.path}`);
      continue;
    }
    const actual = await describe(from, file);
    if (actual.bytes !== f.bytes || actual.sha256 !== f.sha256) problems.push(`${f.path} đã bị thay đổi`);
  }
  if (problems.length > 0) {
    throw new BackupError(`Bản sao lưu không khớp với ${MANIFEST_FILE}: ${problems.slice(0, 5).join(', ')}.`);
  }
  return manifest;
}

/** What a data folder holds that a restore would replace. */
export async function dataDirEntries(dataDir: string): Promise<string[]> {
  if (!existsSync(dataDir)) return [];
  return (await readdir(dataDir)).filter((n) => n !== PID_FILE);
}

/**
 * Copies a verified backup into a data folder: the database and photos go in under temporary
 * names, are checked, and only then replace what was there (with `force`).
 */
export async function restoreBackup(options: { from: string; dataDir: string; force: boolean }): Promise<Manifest> {
  const pid = runningServerPid(options.dataDir);
  if (pid !== null) {
    throw new BackupError(`Máy chủ đang chạy trên ${options.dataDir} (pid ${pid}): dừng máy chủ trước khi khôi phục.`);
  }
  const manifest = await verifyBackup(options.from);
  const present = await dataDirEntries(options.dataDir);
  if (present.length > 0 && !options.force) {
    throw new BackupError(
      `${options.dataDir} không trống (${present.slice(0, 5).join(', ')}): dùng --force để thay thế dữ liệu đang có.`,
    );
  }
  await mkdir(options.dataDir, { recursive: true });
  const stagedDb = join(options.dataDir, `${DATABASE_FILE}.restoring`);
  const stagedPhotos = join(options.dataDir, 'photos.restoring');
  await rm(stagedPhotos, { recursive: true, force: true });
  await mkdir(stagedPhotos, { recursive: true });
  await copyFile(join(options.from, DATABASE_FILE), stagedDb);
  for (const p of manifest.photos) {
    await copyFile(join(options.from, p.path), join(stagedPhotos, p.path.slice('photos/'.length)));
  }
  if ((await sha256Of(stagedDb)) !== manifest.database.sha256) {
    throw new BackupError('Tệp cơ sở dữ liệu chép sang bị sai lệch; chưa thay gì trong DATA_DIR.');
  }
  const check = new Database(stagedDb, { readonly: true, fileMustExist: true });
  try {
    const integrity = integrityOf(check);
    if (integrity !== 'ok') throw new BackupError(`Cơ sở dữ liệu của bản sao lưu bị lỗi: ${integrity}.`);
  } finally {
    check.close();
  }

  const live = join(options.dataDir, DATABASE_FILE);
  for (const f of [live, `${live}-wal`, `${live}-shm`, `${live}-journal`]) await rm(f, { force: true });
  await rm(photosDirOf(options.dataDir), { recursive: true, force: true });
  await rename(stagedDb, live);
  await rename(stagedPhotos, photosDirOf(options.dataDir));
  return manifest;
}
