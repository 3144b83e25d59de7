import { compareVietnamese, UserSchema } from '@danvan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRole, login } from './helpers/auth.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const newUser = {
  username: 'can-bo.tuyen-giao',
  fullName: 'Lê Thị Hoa',
  role: 'viewer',
  password: 'hoa-sen-trong-dam',
};

describe('/api/v1/users', () => {
  let t: TestApp;
  let bdvUnit: number;
  beforeAll(async () => {
    t = await createTestApp();
    bdvUnit = (t.handle.sqlite.prepare("SELECT id FROM units WHERE code = 'CB-BDVTU'").get() as { id: number }).id;
  });
  afterAll(() => t.close());

  const create = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/users', payload });
  const patch = (id: number, payload: object, ifMatch = '*') =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, payload, headers: { 'if-match': ifMatch } });
  const signIn = (username: string, password: string) =>
    t.anonymous({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  it('lists the three demo accounts by full name, with the officer’s unit, and never a password', async () => {
    const res = await t.app.inject({ url: '/api/v1/users' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(3);
    const names = body.items.map((u: { fullName: string }) => u.fullName);
    expect([...names].sort(compareVietnamese)).toEqual(names);
    expect(body.items.map((u: { username: string }) => u.username).sort()).toEqual(['admin', 'bandanvan', 'viewer']);
    for (const u of body.items) expect(() => UserSchema.parse(u)).not.toThrow();
    expect(body.items.find((u: { username: string }) => u.username === 'bandanvan')).toMatchObject({
      role: 'unit_officer',
      unitId: bdvUnit,
      unitName: 'Chi bộ Ban Dân vận Tỉnh ủy',
    });
    expect(res.body).not.toMatch(/argon2|password/i);
    const officers = (await t.app.inject({ url: '/api/v1/users?role=unit_officer' })).json();
    expect(officers.items.map((u: { username: string }) => u.username)).toEqual(['bandanvan']);
    const found = (await t.app.inject({ url: `/api/v1/users?q=${encodeURIComponent('lanh dao')}` })).json();
    expect(found.items.map((u: { username: string }) => u.username)).toEqual(['viewer']);
  });

  it('creates an account (201, Location, ETag) whose password is stored as argon2id and works', async () => {
    const res = await create(newUser);
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      username: newUser.username,
      role: 'viewer',
      unitId: null,
      unitName: null,
      active: true,
    });
    expect(res.headers.location).toBe(`/api/v1/users/${user.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).not.toContain(newUser.password);
    const row = t.handle.sqlite.prepare('SELECT password_hash AS h FROM users WHERE id = ?').get(user.id) as {
      h: string;
    };
    expect(row.h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await signIn(newUser.username, newUser.password)).statusCode).toBe(200);
    const read = await t.app.inject({ url: `/api/v1/users/${user.id}` });
    expect(read.json()).toEqual(user);
    expect(read.headers.etag).toBe('"1"');
    expect((await t.app.inject({ url: '/api/v1/users/99999' })).statusCode).toBe(404);
  });

  it('refuses a taken username with 409, whatever its case', async () => {
    const dup = await create({ ...newUser, username: 'ADMIN' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors).toEqual([{ path: 'username', message: 'Tên đăng nhập đã có người dùng' }]);
  });

  it('needs a unit for a unit officer and none for other roles (400)', async () => {
    const cases = [
      { ...newUser, username: 'sai-1', role: 'unit_officer' },
      { ...newUser, username: 'sai-2', role: 'viewer', unitId: bdvUnit },
      { ...newUser, username: 'sai-3', role: 'admin', unitId: bdvUnit },
      { ...newUser, username: 'sai-4', role: 'unit_officer', unitId: 99999 },
    ];
    for (const payload of cases) {
      const res = await create(payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('unitId');
    }
    const officer = await create({ ...newUser, username: 'can-bo-don-vi', role: 'unit_officer', unitId: bdvUnit });
    expect(officer.statusCode).toBe(201);
    const id = officer.json().id;
    const toViewer = await patch(id, { role: 'viewer' });
    expect(toViewer.statusCode).toBe(400);
    const both = await patch(id, { role: 'viewer', unitId: null }, '"1"');
    expect(both.statusCode).toBe(200);
    expect(both.json()).toMatchObject({ role: 'viewer', unitId: null, unitName: null, version: 2 });
  });

  it('refuses short, common and username-like passwords', async () => {
    for (const password of ['ngan', 'password123', '1111111111', 'mat-khau-cua-quan-ly', 'aaaaaaaaaaaa']) {
      const res = await create({ ...newUser, username: 'quan-ly', password });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['password']);
    }
  });

  it('refuses unknown fields, and never takes a password hash', async () => {
    const res = await create({ ...newUser, username: 'b1', passwordHash: '$argon2id$x' });
    expect(res.statusCode).toBe(400);
  });

  it('changes an account with If-Match: 428 without it, 412 when stale', async () => {
    const user = (await create({ ...newUser, username: 'doi-ten' })).json();
    const url = `/api/v1/users/${user.id}`;
    expect((await t.app.inject({ method: 'PATCH', url, payload: { fullName: 'X' } })).statusCode).toBe(428);
    const ok = await patch(user.id, { fullName: 'Lê Thị Hoa Sen' }, '"1"');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ fullName: 'Lê Thị Hoa Sen', version: 2 });
    expect(ok.headers.etag).toBe('"2"');
    expect((await patch(user.id, { fullName: 'Y' }, '"1"')).statusCode).toBe(412);
    expect((await patch(99999, { fullName: 'Y' })).statusCode).toBe(404);
    expect((await patch(user.id, { username: 'khac' })).statusCode).toBe(400);
  });

  it('a new password ends the account’s sessions and replaces the old one', async () => {
    const user = (await create({ ...newUser, username: 'doi-mat-khau' })).json();
    const session = await login(t.app, 'doi-mat-khau', newUser.password);
    const res = await patch(user.id, { password: 'mat-khau-moi-that-dai' });
    expect(res.statusCode).toBe(200);
    expect((await t.anonymous({ url: '/api/v1/auth/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
    expect((await signIn('doi-mat-khau', newUser.password)).statusCode).toBe(401);
    expect((await signIn('doi-mat-khau', 'mat-khau-moi-that-dai')).statusCode).toBe(200);
  });

  it('deactivates instead of deleting; an inactive account cannot sign in', async () => {
    const user = (await create({ ...newUser, username: 'tam-nghi' })).json();
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/users/${user.id}` })).statusCode).toBe(404);
    const off = await patch(user.id, { active: false });
    expect(off.json().active).toBe(false);
    expect((await signIn('tam-nghi', newUser.password)).statusCode).toBe(401);
    const inactive = (await t.app.inject({ url: '/api/v1/users?active=false' })).json();
    expect(inactive.items.map((u: { username: string }) => u.username)).toContain('tam-nghi');
    expect((await patch(user.id, { active: true })).json().active).toBe(true);
    expect((await signIn('tam-nghi', newUser.password)).statusCode).toBe(200);
  });

  it('keeps at least one active admin', async () => {
    const t2 = await createTestApp();
    try {
      const admin = (await t2.app.inject({ url: '/api/v1/users?role=admin' })).json().items[0];
      for (const change of [{ active: false }, { role: 'viewer' }]) {
        const res = await t2.app.inject({
          method: 'PATCH',
          url: `/api/v1/users/${admin.id}`,
          payload: change,
          headers: { 'if-match': '*' },
        });
        expect(res.statusCode).toBe(409);
        expect(res.json().detail).toContain('quản trị cuối cùng');
      }
    } finally {
      await t2.close();
    }
  });

  it('is for admins only', async () => {
    for (const role of ['unit_officer', 'viewer'] as const) {
      const headers = await asRole(t, role);
      expect((await t.app.inject({ url: '/api/v1/users', headers })).statusCode).toBe(403);
      expect((await t.app.inject({ url: '/api/v1/users/1', headers })).statusCode).toBe(403);
      const post = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers, payload: newUser });
      expect(post.statusCode).toBe(403);
      expect(post.json()).toMatchObject({ title: 'Không có quyền' });
    }
    expect((await t.anonymous({ url: '/api/v1/users' })).statusCode).toBe(401);
  });
});
