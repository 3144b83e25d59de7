/** The command that creates the first admin of a database without the demo dataset. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/client.js';
import { hasData } from '../src/demo/load.js';

const apiRoot = resolve(import.meta.dirname, '..');

function createAdmin(args: string[], env: Record<string, string> = {}) {
  const { ADMIN_PASSWORD: _ignored, ...rest } = process.env;
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/create-admin.ts', ...args], {
    cwd: apiRoot,
    env: { ...rest, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: res.status, out: `${res.stdout}${res.stderr}` };
}

describe('create-admin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-admin-'));
  const file = join(dir, 'danvan.db');
  const args = ['--username', 'QuanTri', '--full-name', 'Nguyễn Văn An', '--file', file];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a short or common password, and a missing one without a terminal', () => {
    expect(createAdmin(args, { ADMIN_PASSWORD: 'ngan' })).toMatchObject({ code: 2 });
    expect(createAdmin(args, { ADMIN_PASSWORD: 'password1234' }).out).toContain('phổ biến');
    const none = createAdmin(args);
    expect(none.code).toBe(2);
    expect(none.out).toContain('ADMIN_PASSWORD');
  });

  it('creates an admin who can sign in; the database is then never given the demo', async () => {
    const made = createAdmin(args, { ADMIN_PASSWORD: 'mot-cau-mat-khau-dai' });
    expect(made.out).toContain('Đã tạo tài khoản quản trị "quantri"');
    expect(made.code).toBe(0);
    const handle = openDatabase(file);
    try {
      expect(hasData(handle)).toBe(true);
      const row = handle.sqlite.prepare('SELECT role, unit_id, password_hash FROM users').get() as {
        role: string;
        unit_id: number | null;
        password_hash: string;
      };
      expect(row).toMatchObject({ role: 'admin', unit_id: null });
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      const app = await buildApp({ config: { webDist: join(dir, 'none') }, handle });
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'quantri', password: 'mot-cau-mat-khau-dai' },
      });
      await app.close();
      expect(res.statusCode).toBe(200);
      expect(res.json().user).toMatchObject({ role: 'admin', fullName: 'Nguyễn Văn An' });
    } finally {
      handle.close();
    }
  });

  it('refuses a username that exists, changing nothing', () => {
    const again = createAdmin(args, { ADMIN_PASSWORD: 'mat-khau-khac-hoan-toan' });
    expect(again.code).toBe(1);
    expect(again.out).toContain('đã có');
  });
});
