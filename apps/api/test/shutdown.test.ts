/**
 * Graceful shutdown of the real server: SIGTERM while a photo upload is only half sent. The server
 * stops accepting connections at once, waits for the upload, answers it (201), closes the database
 * with its write-ahead log checkpointed into the file, and exits 0. A request that arrives on an
 * open connection meanwhile gets a 503 problem.
 */

import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProblemSchema } from '@danvan/domain';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { PID_FILE } from '../src/lib/pid-file.js';
import { multipartBody } from './fuzz/requests.js';
import {
  activityBody,
  freePort,
  loginAdmin,
  type ServerProcess,
  someUnitAndCommune,
  startServer,
  waitForHealth,
} from './helpers/server-process.js';
import { createTestApp } from './helpers/test-app.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a new connection to the port is refused. */
async function refusesConnections(base: string): Promise<boolean> {
  try {
    await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
  }
}

describe('a request that arrives while the app closes', () => {
  it('is refused with a 503 problem and Connection: close', async () => {
    const t = await createTestApp({ demo: false, as: 'anonymous' });
    try {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      // Half a request: the connection is busy, so closing waits for it.
      const socket = connect(port, '127.0.0.1');
      await new Promise((ok) => socket.once('connect', ok));
      socket.write('GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n');
      await sleep(50);
      const closing = t.app.close();
      await sleep(50);
      let raw = '';
      socket.on('data', (d) => {
        raw += d;
      });
      const ended = new Promise((ok) => socket.once('close', ok));
      socket.write('\r\n');
      await ended;
      await closing;
      const [head, body] = raw.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 503/);
      expect(head).toMatch(/content-type: application\/problem\+json/i);
      expect(head).toMatch(/connection: close/i);
      expect(ProblemSchema.parse(JSON.parse(body!))).toMatchObject({ status: 503, title: 'Máy chủ đang dừng' });
    } finally {
      await t.close();
    }
  });
});

describe('graceful shutdown', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'danvan-shutdown-'));
  let server: ServerProcess | undefined;
  afterAll(() => {
    server?.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes an upload in flight after SIGTERM, refuses new connections, and exits 0 with the log checkpointed', async () => {
    server = startServer({ DATA_DIR: dataDir }, await freePort());
    await waitForHealth(server);
    expect(existsSync(join(dataDir, PID_FILE))).toBe(true);
    const session = await loginAdmin(server.base);
    const created = await fetch(`${server.base}/api/v1/activities`, {
      method: 'POST',
      headers: session.headers,
      body: JSON.stringify(activityBody('Hoạt động có ảnh gửi chậm', await someUnitAndCommune(server.base, session))),
    });
    expect(created.status).toBe(201);
    const activityId = ((await created.json()) as { id: number }).id;

    // A 2000 × 1500 photo of noise (a few MB), sent in two halves with the signal in between.
    const noise = Buffer.alloc(2000 * 1500 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const photo = await sharp(noise, { raw: { width: 2000, height: 1500, channels: 3 } })
      .jpeg()
      .toBuffer();
    const boundary = 'slowUploadBoundary';
    const body = multipartBody(
      [{ name: 'file', filename: 'cham.jpg', contentType: 'image/jpeg', data: photo }],
      boundary,
    );

    let refused = false;
    const answer = new Promise<{ status: number; body: string }>((ok, fail) => {
      const req = request(
        `${server!.base}/api/v1/activities/${activityId}/photos`,
        {
          method: 'POST',
          headers: {
            cookie: session.cookie,
            'x-csrf-token': session.csrf,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': body.length,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (d) => {
            text += d;
          });
          res.on('end', () => ok({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', fail);
      req.write(body.subarray(0, body.length >> 1));
      // The rest only after the signal has been seen.
      void (async () => {
        await sleep(300);
        server!.child.kill('SIGTERM');
        for (let i = 0; i < 50 && !(await refusesConnections(server!.base)); i++) await sleep(50);
        refused = await refusesConnections(server!.base);
        await sleep(500);
        req.end(body.subarray(body.length >> 1));
      })();
    });

    const res = await answer;
    expect(refused, 'new connections refused after SIGTERM').toBe(true);
    expect(res.status, res.body).toBe(201);
    const exit = await server.exited;
    expect(exit, server.stderr()).toEqual({ code: 0, signal: null });

    // Closed cleanly: nothing left in the write-ahead log, no pid file, the photo is in the file.
    const wal = join(dataDir, 'danvan.db-wal');
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    expect(existsSync(join(dataDir, PID_FILE))).toBe(false);
    const db = new Database(join(dataDir, 'danvan.db'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const photos = db.prepare('SELECT count(*) FROM activity_photos WHERE activity_id = ?').pluck().get(activityId);
      expect(photos).toBe(1);
    } finally {
      db.close();
    }
  }, 120_000);
});
