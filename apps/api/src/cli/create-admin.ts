/**
 * Creates an admin account: the way into a database without the demo dataset, which has no
 * default passwords.
 *   pnpm --filter @danvan/api create-admin -- --username U --full-name "Họ và tên" [--file data/danvan.db]
 *   node apps/api/dist/create-admin.js --username U --full-name "Họ và tên"
 * The password comes from ADMIN_PASSWORD, or is asked for (twice, not echoed) on a terminal.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { requiredText, UsernameSchema } from '@danvan/domain';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { hashPassword, passwordWeakness } from '../lib/passwords.js';
import { HttpProblem } from '../plugins/problems.js';
import { usersRepository } from '../repositories/users-repository.js';

const USAGE =
  'Cách dùng: create-admin --username <tên đăng nhập> --full-name "<họ và tên>" [--file <tệp SQLite>]\n' +
  'Mật khẩu lấy từ biến môi trường ADMIN_PASSWORD, hoặc được hỏi khi chạy trên terminal.';

class UsageError extends Error {}

/** Reads a line without echoing it. */
async function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    process.stdout.write(question);
    muted = true;
    const answer = await new Promise<string>((ok) => rl.question('', ok));
    process.stdout.write('\n');
    return answer;
  } finally {
    rl.close();
  }
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) {
    throw new UsageError('Không có terminal để nhập mật khẩu: đặt biến môi trường ADMIN_PASSWORD.');
  }
  const first = await askHidden('Mật khẩu: ');
  const second = await askHidden('Nhập lại mật khẩu: ');
  if (first !== second) throw new UsageError('Hai lần nhập mật khẩu không khớp.');
  return first;
}

function parse() {
  const { values } = parseArgs({
    // pnpm may pass the "--" separator through.
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      username: { type: 'string', short: 'u' },
      'full-name': { type: 'string', short: 'n' },
      file: { type: 'string', short: 'f' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const username = UsernameSchema.safeParse(values.username ?? '');
  if (!username.success) throw new UsageError(`--username: ${username.error.issues[0]?.message}`);
  const fullName = requiredText(200).safeParse(values['full-name'] ?? '');
  if (!fullName.success) throw new UsageError(`--full-name: ${fullName.error.issues[0]?.message}`);
  // pnpm runs the script in apps/api: a relative path is taken from where the command was typed.
  const file = values.file ? resolve(process.env.INIT_CWD ?? process.cwd(), values.file) : loadConfig().databaseFile;
  return { username: username.data, fullName: fullName.data, file };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  let password: string;
  try {
    args = parse();
    if (args === null) {
      console.log(USAGE);
      return 0;
    }
    password = await readPassword();
    const weakness = passwordWeakness(password, args.username);
    if (weakness) throw new UsageError(`Mật khẩu không được chấp nhận: ${weakness}.`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof TypeError) {
      console.error(error.message);
      console.error(USAGE);
      return 2;
    }
    throw error;
  }

  const handle = openDatabase(args.file);
  try {
    const users = usersRepository(handle.db);
    if (users.exists(args.username)) {
      console.error(`Tên đăng nhập "${args.username}" đã có trong ${args.file}: không tạo lại, không đổi mật khẩu.`);
      return 1;
    }
    const passwordHash = await hashPassword(password);
    const user = users.create({
      username: args.username,
      fullName: args.fullName,
      role: 'admin',
      unitId: null,
      active: true,
      passwordHash,
    });
    console.log(`Đã tạo tài khoản quản trị "${user.username}" (${user.fullName}, id ${user.id}) trong ${args.file}.`);
    return 0;
  } catch (error) {
    if (error instanceof HttpProblem) {
      console.error(error.detail ?? error.title);
      return 1;
    }
    throw error;
  } finally {
    handle.close();
  }
}

process.exitCode = await main();
