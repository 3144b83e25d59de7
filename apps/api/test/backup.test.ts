/**
 * Online backup and restore with the real server: a backup taken while writes go on is one
 * consistent snapshot (every write acknowledged before it began is in it; its row counts are the
 * manifest's), with the photos its database lists; restored into a fresh data folder, a second
 * server serves the same records and the same photo bytes. Restore refuses a running server's
 * folder, a folder with data, and a backup whose files differ from the manifest.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { type Manifest, restoreBackup, tableCounts } from '../src/services/backup.js';
import { multipartBody } from './fuzz/requests.js';
import {
  activityBody,
  freePort,
  loginAdmin,
  runCli,
  type ServerProcess,
  type Session,
  someUnitAndCommune,
  startServer,
  waitForHealth,
} from './helpers/server-process.js';

async function bytesOf(base: string, session: Session, path: string): Promise<Buffer> {
  const res = await fetch(`${base}${path}`, { headers: { cookie: session.cookie } });
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe('backup and restore', () => {
  const root = mkdtempSync(join(tmpdir(), 'danvan-backup-'));
  const live = join(root, 'live');
  const out = join(root, 'backup');
  const restored = join(root, 'restored');
  const servers: ServerProcess[] = [];
  afterAll(() => {
    for (const s of servers) s.child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('backs up while writes go on, and restores into a folder a second server serves the same from', async () => {
    const a = startServer({ DATA_DIR: live }, await freePort());
    servers.push(a);
    await waitForHealth(a);
    const session = await loginAdmin(a.base);
    const ids = await someUnitAndCommune(a.base, session);

    // A record with a photo.
    const created = await fetch(`${a.base}/api/v1/activities`, {
      method: 'POST',
      headers: session.headers,
      body: JSON.stringify(activityBody('Hoạt động có ảnh, được sao lưu', ids)),
    });
    const activity = (await created.json()) as { id: number };
    const image = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#2a7' } })
      .png()
      .toBuffer();
    const upload = await fetch(`${a.base}/api/v1/activities/${activity.id}/photos`, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        'content-type': 'multipart/form-data; boundary=b',
      },
      body: multipartBody([{ name: 'file', filename: 'a.png', contentType: 'image/png', data: image }], 'b'),
    });
    expect(upload.status).toBe(201);
    const photo = (await upload.json()) as { id: number };

    // Writes go on while the backup runs.
    const acknowledged = new Set<number>();
    let ackedBeforeBackup: number[] = [];
    let during = 0;
    let backupRunning = false;
    let stop = false;
    const writer = async () => {
      for (let i = 0; !stop; i++) {
        const res = await fetch(`${a.base}/api/v1/activities`, {
          method: 'POST',
          headers: session.headers,
          body: JSON.stringify(activityBody(`Ghi trong lúc sao lưu ${i}`, ids)),
        });
        if (res.status === 201) {
          acknowledged.add(((await res.json()) as { id: number }).id);
          if (backupRunning) during++;
        }
      }
    };
    const writers = Array.from({ length: 3 }, writer);
    while (acknowledged.size < 20) await new Promise((r) => setTimeout(r, 20));
    ackedBeforeBackup = [...acknowledged];
    backupRunning = true;
    const backup = await runCli('backup', ['--out', out], { DATA_DIR: live });
    backupRunning = false;
    stop = true;
    await Promise.all(writers);
    expect(backup.code, backup.out).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    console.log(
      `backup: ${manifest.database.bytes} bytes of database, ${manifest.photos.length} photo files, ` +
        `${during} writes acknowledged while it ran, ${acknowledged.size} in all`,
    );
    expect(manifest.database.integrity).toBe('ok');
    expect(manifest.photos.map((p) => p.path).sort()).toEqual(
      readdirSync(join(out, 'photos'))
        .map((n) => `photos/${n}`)
        .sort(),
    );
    expect(manifest.database.counts.activity_photos).toBe(1);
    expect(manifest.photos).toHaveLength(2);

    // Refusals: the running server's folder, a folder with data, a backup that was altered.
    const refusal = (from: string, dataDir: string) =>
      restoreBackup({ from, dataDir, force: false }).then(
        () => 'restored',
        (e: Error) => e.message,
      );
    expect(await refusal(out, live)).toContain('đang chạy');
    const occupied = join(root, 'occupied');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'danvan.db'), 'x');
    expect(await refusal(out, occupied)).toContain('--force');
    const altered = join(root, 'altered');
    cpSync(out, altered, { recursive: true });
    const victim = join(altered, manifest.photos[0]!.path);
    const bytes = readFileSync(victim);
    bytes[bytes.length >> 1]! ^= 0xff;
    writeFileSync(victim, bytes);
    expect(await refusal(altered, join(root, 'never'))).toContain('đã bị thay đổi');
    expect(existsSync(join(root, 'never'))).toBe(false);

    // Restore into a fresh folder; a second server on it.
    const restore = await runCli('restore', ['--from', out], { DATA_DIR: restored });
    expect(restore.code, restore.out).toBe(0);
    const db = new Database(join(restored, 'danvan.db'), { readonly: true });
    let restoredIds: Set<number>;
    try {
      // Before a server opens it (its start-up and sign-ins write): exactly the snapshot.
      expect(tableCounts(db)).toEqual(manifest.database.counts);
      restoredIds = new Set(db.prepare('SELECT id FROM activities').pluck().all() as number[]);
    } finally {
      db.close();
    }
    const b = startServer({ DATA_DIR: restored, DEMO_DATA: 'off' }, await freePort());
    servers.push(b);
    await waitForHealth(b);
    expect(ackedBeforeBackup.filter((id) => !restoredIds.has(id))).toEqual([]);
    const other = await loginAdmin(b.base);
    const record = async (base: string, s: Session) =>
      (await fetch(`${base}/api/v1/activities/${activity.id}`, { headers: { cookie: s.cookie } })).json();
    expect(await record(b.base, other)).toEqual(await record(a.base, session));
    for (const path of [`/api/v1/photos/${photo.id}`, `/api/v1/photos/${photo.id}/thumbnail`]) {
      expect((await bytesOf(b.base, other, path)).equals(await bytesOf(a.base, session, path)), path).toBe(true);
    }

    for (const s of [a, b]) s.child.kill('SIGTERM');
    for (const s of [a, b]) expect(await s.exited).toEqual({ code: 0, signal: null });
    const check = new Database(join(restored, 'danvan.db'), { readonly: true });
    try {
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      check.close();
    }
  }, 180_000);
});
