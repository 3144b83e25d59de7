/**
 * Makes an online backup of the data folder while the server runs (or not):
 *   pnpm backup -- --out <folder> [--data-dir <DATA_DIR>]
 *   node apps/api/dist/backup.js --out <folder>
 * The folder must be new or empty. See services/backup.ts for what it holds.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { BackupError, createBackup } from '../services/backup.js';

const USAGE = 'Cách dùng: pnpm backup -- --out <thư mục sao lưu> [--data-dir <DATA_DIR>]';

/** pnpm runs the script in apps/api: a relative path is taken from where the command was typed. */
function fromCaller(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

async function main(): Promise<number> {
  let out: string;
  let dataDir: string;
  try {
    const { values } = parseArgs({
      // pnpm may pass the "--" separator through.
      args: process.argv.slice(2).filter((a) => a !== '--'),
      options: { out: { type: 'string', short: 'o' }, 'data-dir': { type: 'string' }, help: { type: 'boolean' } },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (!values.out) throw new TypeError('Thiếu --out: thư mục sẽ chứa bản sao lưu.');
    out = fromCaller(values.out);
    dataDir = values['data-dir'] ? fromCaller(values['data-dir']) : loadConfig().dataDir;
  } catch (error) {
    if (error instanceof TypeError || error instanceof ConfigError) {
      console.error(error.message);
      console.error(USAGE);
      return 2;
    }
    throw error;
  }
  const started = performance.now();
  try {
    const m = await createBackup({ dataDir, out });
    const photoBytes = m.photos.reduce((sum, p) => sum + p.bytes, 0);
    console.log(
      `Đã sao lưu ${dataDir} vào ${out} trong ${Math.round(performance.now() - started)} ms: ` +
        `cơ sở dữ liệu ${m.database.bytes} byte (${m.database.counts.activities ?? 0} hoạt động, ` +
        `${m.database.counts.activity_photos ?? 0} ảnh), ${m.photos.length} tệp ảnh ${photoBytes} byte.`,
    );
    if (m.missingPhotos.length > 0) {
      console.warn(
        `Chú ý: ${m.missingPhotos.length} ảnh bị xoá trong lúc sao lưu, không có tệp: ${m.missingPhotos.join(', ')}`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
