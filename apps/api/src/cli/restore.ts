/**
 * Restores a backup into the data folder, after checking every file against its manifest:
 *   pnpm restore -- --from <backup folder> [--data-dir <DATA_DIR>] [--force]
 *   node apps/api/dist/restore.js --from <backup folder>
 * Refuses while a server runs on the folder, and when the folder already holds data (unless
 * --force, which replaces the database and the photos).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { BackupError, restoreBackup } from '../services/backup.js';

const USAGE = 'Cách dùng: pnpm restore -- --from <thư mục sao lưu> [--data-dir <DATA_DIR>] [--force]';

function fromCaller(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

async function main(): Promise<number> {
  let from: string;
  let dataDir: string;
  let force: boolean;
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      options: {
        from: { type: 'string', short: 'f' },
        'data-dir': { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (!values.from) throw new TypeError('Thiếu --from: thư mục của bản sao lưu.');
    from = fromCaller(values.from);
    dataDir = values['data-dir'] ? fromCaller(values['data-dir']) : loadConfig().dataDir;
    force = values.force ?? false;
  } catch (error) {
    if (error instanceof TypeError || error instanceof ConfigError) {
      console.error(error.message);
      console.error(USAGE);
      return 2;
    }
    throw error;
  }
  try {
    const m = await restoreBackup({ from, dataDir, force });
    console.log(
      `Đã khôi phục bản sao lưu lúc ${m.createdAt} vào ${dataDir}: ${m.database.counts.activities ?? 0} hoạt động, ` +
        `${m.database.counts.activity_photos ?? 0} ảnh (${m.photos.length} tệp), đã kiểm tra toàn vẹn.`,
    );
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
