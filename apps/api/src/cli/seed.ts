/**
 * Loads the illustrative demo dataset into a SQLite file:
 *   pnpm --filter @danvan/api run seed -- --file <path>
 * The file is created if missing. A file that already holds data is left untouched (exit code 0).
 * Without --file, the server's database (DATA_DIR/danvan.db) is used.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDate, formatInteger, formatNumber, formatPercent, formatVnd } from '@danvan/domain';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { demoFigures } from '../demo/figures.js';
import { generateDemoData } from '../demo/generate.js';
import { hasData, loadDemoData } from '../demo/load.js';

const USAGE = 'Cách dùng: pnpm --filter @danvan/api run seed -- --file <đường dẫn tệp SQLite>';

function targetFile(): string | null {
  const { values } = parseArgs({
    // pnpm may pass the "--" separator through.
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { file: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return null;
  // pnpm runs the script in apps/api: a relative path is taken from where the command was typed.
  if (values.file) return resolve(process.env.INIT_CWD ?? process.cwd(), values.file);
  return loadConfig().databaseFile;
}

function main(): number {
  let file: string | null;
  try {
    file = targetFile();
  } catch (error) {
    console.error(error instanceof ConfigError || error instanceof TypeError ? error.message : String(error));
    console.error(USAGE);
    return 2;
  }
  if (file === null) {
    console.log(USAGE);
    return 0;
  }
  const handle = openDatabase(file);
  try {
    if (hasData(handle)) {
      console.log(`Cơ sở dữ liệu ${file} đã có dữ liệu: giữ nguyên, không nạp dữ liệu minh họa.`);
      return 0;
    }
    const started = performance.now();
    const data = generateDemoData();
    const loaded = loadDemoData(handle, data);
    const ms = Math.round(performance.now() - started);
    const f = demoFigures(data);
    const { cash, inKindValue, labourDays } = f.funding;
    console.log(
      [
        `Đã nạp dữ liệu minh họa (seed ${loaded.seed}) vào ${file} trong ${formatInteger(ms)} ms:`,
        `  - ${loaded.directives} văn bản chỉ đạo (Đề án 02-ĐA/TU, Hướng dẫn 02-HD/BDVTU và các văn bản liên quan)`,
        `  - ${loaded.units} chi, đảng bộ cơ sở; ${loaded.communes} xã thuộc ${f.districts} huyện (${f.remoteCommunes} xã vùng sâu, vùng xa); ${loaded.assignments} phân công phụ trách`,
        `  - Từ ${formatDate(f.period.from)} đến ${formatDate(f.period.to)}: ${f.visits} lượt chi, đảng bộ tổ chức hoạt động ` +
          `(${f.approvedActivities} hoạt động đã duyệt; ${f.otherActivities} hoạt động nháp, chờ duyệt hoặc bị trả lại không được tính)`,
        `  - ${f.onNormUnits}/${loaded.units} đơn vị đạt định mức ít nhất 1 lần/tháng; ${f.reachedCommunes}/${loaded.communes} xã đã có hoạt động`,
        `  - Đóng góp: tiền mặt ${formatVnd(cash)}; hiện vật trị giá ${formatVnd(inKindValue)}; ${formatNumber(labourDays)} ngày công; ` +
          `cán bộ, đảng viên tự nguyện đóng góp ${formatPercent(f.staffShare)} giá trị`,
        `  - ${loaded.plans} kế hoạch; ${loaded.difficulties} khó khăn, kiến nghị`,
        'Dữ liệu chỉ mang tính minh họa.',
      ].join('\n'),
    );
    return 0;
  } finally {
    handle.close();
  }
}

process.exitCode = main();
