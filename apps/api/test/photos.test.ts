/**
 * Evidence photos (issue 5), with real images made by sharp: uploads are judged by their bytes,
 * turned upright, shrunk, stripped of their metadata and stored under DATA_DIR/photos; reading
 * follows the activity's confinement, changing follows its editability; every change is audited.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PHOTO_MAX_BYTES, PHOTO_MAX_SIDE, PHOTOS_PER_ACTIVITY, THUMBNAIL_SIDE } from '@danvan/domain';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PhotosRepository } from '../src/repositories/photos-repository.js';
import { PhotoFiles, sniffPhotoType } from '../src/services/photo-files.js';
import { type AuthHeaders, asRole, createToken } from './helpers/auth.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

interface Upload {
  file?: { data: Buffer; name: string; type: string };
  caption?: string;
}

/** A multipart body as a browser's FormData makes it. */
async function multipart(upload: Upload): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  if (upload.file) {
    form.append('file', new Blob([new Uint8Array(upload.file.data)], { type: upload.file.type }), upload.file.name);
  }
  if (upload.caption !== undefined) form.append('caption', upload.caption);
  const response = new Response(form);
  return {
    payload: Buffer.from(await response.arrayBuffer()),
    headers: { 'content-type': response.headers.get('content-type')! },
  };
}

/** A noisy picture (compresses like a photo) with a red block in its top-left corner. */
function picture(width: number, height: number) {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#3366aa',
      noise: { type: 'gaussian', mean: 120, sigma: 40 },
    },
  }).composite([
    {
      input: {
        create: {
          width: Math.round(width / 5),
          height: Math.round(height / 5),
          channels: 3,
          background: '#ff0000',
        },
      },
      top: 0,
      left: 0,
    },
  ]);
}

/** A 3000×2000 phone photo lying on its side (EXIF orientation 6) with a GPS position. */
async function phonePhoto(): Promise<Buffer> {
  return picture(3000, 2000)
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'DienThoaiThu', Model: 'Camera 9000' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 49/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const jpeg = (data: Buffer, name = 'anh.jpg') => ({ data, name, type: 'image/jpeg' });

/** A valid PNG header announcing a huge image, with hardly any pixel data. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(100))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('evidence photos', () => {
  let t: TestApp;
  let officer: AuthHeaders;
  let viewer: AuthHeaders;
  let bdv: number;
  let commune: number;
  let phone: Buffer;
  let smallJpeg: Buffer;
  const photosDir = () => join(t.dir, 'photos');
  const q = <T>(sql: string, ...params: unknown[]) => t.handle.sqlite.prepare(sql).get(...params) as T;
  const fileKeyOf = (id: number) => q<{ k: string }>('SELECT file_key AS k FROM activity_photos WHERE id = ?', id).k;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await asRole(t, 'unit_officer');
    viewer = await asRole(t, 'viewer');
    bdv = q<{ id: number }>("SELECT id FROM units WHERE code = 'CB-BDVTU'").id;
    commune = q<{ c: number }>('SELECT commune_id AS c FROM assignments WHERE unit_id = ? LIMIT 1', bdv).c;
    phone = await phonePhoto();
    smallJpeg = await picture(400, 300).jpeg().toBuffer();
  });
  afterAll(() => t.close());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const newActivity = async (headers: Record<string, string> = officer, startDate = '2022-03-12') => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers,
      payload: {
        title: 'Sửa đường bê tông liên thôn',
        communeId: commune,
        unitIds: [bdv],
        startDate,
        endDate: startDate,
        categories: ['ve_sinh_moi_truong'],
        participants: [{ group: 'dang_vien', count: 12 }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; version: number };
  };

  const upload = async (activityId: number, body: Upload, headers: Record<string, string> = officer) => {
    const form = await multipart(body);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/activities/${activityId}/photos`,
      headers: { ...headers, ...form.headers },
      payload: form.payload,
    });
  };

  const activityVersion = async (id: number) =>
    (await t.app.inject({ url: `/api/v1/activities/${id}` })).json().version as number;

  it('stores an upright, shrunk, metadata-free JPEG and a thumbnail under DATA_DIR/photos', async () => {
    const activity = await newActivity();
    const before = await activityVersion(activity.id);
    const res = await upload(activity.id, { file: jpeg(phone, 'IMG_0001.JPG'), caption: 'Đảng viên trộn bê tông' });
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json();
    // Orientation 6: the 3000×2000 pixels stand up as 2000×3000, then shrink to fit 1600.
    expect(photo).toMatchObject({
      activityId: activity.id,
      caption: 'Đảng viên trộn bê tông',
      width: Math.round((2000 * PHOTO_MAX_SIDE) / 3000),
      height: PHOTO_MAX_SIDE,
      mimeType: 'image/jpeg',
      version: 1,
      url: `/api/v1/photos/${photo.id}`,
      thumbnailUrl: `/api/v1/photos/${photo.id}/thumbnail`,
    });
    expect(res.headers.location).toBe(`/api/v1/photos/${photo.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(await activityVersion(activity.id)).toBe(before + 1);

    const key = fileKeyOf(photo.id);
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(readdirSync(photosDir()).sort()).toEqual(expect.arrayContaining([`${key}.jpg`, `${key}.thumb.jpg`]));
    expect(readdirSync(photosDir()).some((f) => f.endsWith('.tmp'))).toBe(false);

    const bytes = await t.app.inject({ url: photo.url });
    expect(bytes.statusCode).toBe(200);
    expect(bytes.headers['content-type']).toBe('image/jpeg');
    expect(bytes.headers['cache-control']).toBe('private, max-age=86400');
    expect(bytes.headers.etag).toBe('"1"');
    expect(bytes.rawPayload.length).toBe(photo.sizeBytes);
    const stored = await sharp(bytes.rawPayload).metadata();
    expect(stored).toMatchObject({ format: 'jpeg', width: photo.width, height: photo.height });
    // No EXIF (orientation, camera, GPS), XMP or ICC profile left.
    expect(stored.exif).toBeUndefined();
    expect(stored.xmp).toBeUndefined();
    expect(stored.icc).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    expect(bytes.rawPayload.includes(Buffer.from('DienThoaiThu'))).toBe(false);
    expect(bytes.rawPayload.includes(Buffer.from('Exif'))).toBe(false);
    // The red corner was top-left of the sensor; turned upright it is top-right.
    const { data, info } = await sharp(bytes.rawPayload).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    const [r, g, b] = pixel(info.width - 10, 10);
    expect(r).toBeGreaterThan(200);
    expect(g! + b!).toBeLessThan(120);

    const thumb = await t.app.inject({ url: photo.thumbnailUrl });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    const thumbMeta = await sharp(thumb.rawPayload).metadata();
    expect(thumbMeta.format).toBe('jpeg');
    expect(Math.max(thumbMeta.width!, thumbMeta.height!)).toBe(THUMBNAIL_SIDE);
    expect(thumbMeta.height).toBeGreaterThan(thumbMeta.width!);
    expect(thumbMeta.exif).toBeUndefined();

    // Conditional GET: the browser's copy is still good.
    const again = await t.app.inject({ url: photo.url, headers: { 'if-none-match': '"1"' } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('takes PNG and WebP (judged by their bytes), never enlarges, and lists photos oldest first', async () => {
    const activity = await newActivity();
    const png = await sharp({
      create: { width: 800, height: 600, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const webp = await picture(2400, 1200).webp().toBuffer();
    // A PNG sent under a JPEG's name and type is still taken as the PNG it is.
    const a = await upload(activity.id, { file: { data: png, name: 'so-do.jpg', type: 'image/jpeg' } });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ width: 800, height: 600, caption: '' });
    const b = await upload(activity.id, {
      file: { data: webp, name: 'anh.webp', type: 'image/webp' },
      caption: 'WebP',
    });
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json()).toMatchObject({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE / 2 });
    const thumb = await sharp((await t.app.inject({ url: a.json().thumbnailUrl })).rawPayload).metadata();
    expect([thumb.width, thumb.height]).toEqual([THUMBNAIL_SIDE, 240]);
    // Transparency becomes white, not black.
    const { data } = await sharp((await t.app.inject({ url: a.json().url })).rawPayload)
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(100);

    const list = await t.app.inject({ url: `/api/v1/activities/${activity.id}/photos` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((p: { id: number }) => p.id)).toEqual([a.json().id, b.json().id]);
    expect(Object.keys(list.json().items[0]).sort()).toEqual(
      [
        'activityId',
        'caption',
        'createdAt',
        'height',
        'id',
        'mimeType',
        'sizeBytes',
        'thumbnailUrl',
        'url',
        'version',
        'width',
      ].sort(),
    );
    // Nothing of the storage leaks.
    expect(list.body).not.toContain(fileKeyOf(a.json().id));
    expect((await t.app.inject({ url: '/api/v1/activities/999999/photos' })).statusCode).toBe(404);
  });

  it('refuses what is not a JPEG, PNG or WebP photo of at most 10 MB', async () => {
    const activity = await newActivity();
    const count = () =>
      q<{ n: number }>('SELECT count(*) AS n FROM activity_photos WHERE activity_id = ?', activity.id).n;
    const filesBefore = existsSync(photosDir()) ? readdirSync(photosDir()).length : 0;

    const gif = await picture(64, 64).gif().toBuffer();
    const asGif = await upload(activity.id, { file: { data: gif, name: 'anh.jpg', type: 'image/jpeg' } });
    expect(asGif.statusCode).toBe(415);
    expect(asGif.headers['content-type']).toContain('application/problem+json');
    expect(asGif.json().detail).toBe('Chỉ nhận ảnh JPEG, PNG hoặc WebP; tệp gửi lên là GIF.');

    const text = await upload(activity.id, { file: jpeg(Buffer.from('Đây không phải là ảnh\n'), 'ghi-chu.jpg') });
    expect(text.statusCode).toBe(415);
    expect(text.json().detail).toContain('không phải là ảnh');

    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect((await upload(activity.id, { file: { data: svg, name: 'a.svg', type: 'image/svg+xml' } })).statusCode).toBe(
      415,
    );

    const broken = Buffer.concat([smallJpeg.subarray(0, 3), Buffer.alloc(2000, 0x41)]);
    const undecodable = await upload(activity.id, { file: jpeg(broken) });
    expect(undecodable.statusCode).toBe(400);
    expect(undecodable.json().title).toBe('Không đọc được ảnh');

    // A few hundred bytes that would unpack to 20000×20000 pixels (1.2 GB): refused before decoding.
    const bomb = await upload(activity.id, {
      file: { data: pngHeaderOnly(20_000, 20_000), name: 'a.png', type: 'image/png' },
    });
    expect(bomb.statusCode).toBe(413);
    expect(bomb.json().detail).toBe('Ảnh có 400 triệu điểm ảnh; tối đa 100 triệu.');

    const huge = Buffer.alloc(PHOTO_MAX_BYTES + 1, 0x41);
    smallJpeg.copy(huge);
    const tooLarge = await upload(activity.id, { file: jpeg(huge) });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ status: 413, detail: 'Ảnh quá lớn: tối đa 10 MB mỗi ảnh.' });

    const noFile = await upload(activity.id, { caption: 'Chỉ có chú thích' });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().errors).toEqual([{ path: 'file', message: 'Chưa có tệp ảnh: gửi ảnh trong trường "file"' }]);
    const emptyFile = await upload(activity.id, { file: jpeg(Buffer.alloc(0)) });
    expect(emptyFile.statusCode).toBe(400);

    const json = await t.app.inject({
      method: 'POST',
      url: `/api/v1/activities/${activity.id}/photos`,
      headers: officer,
      payload: { caption: 'JSON' },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().detail).toContain('multipart/form-data');

    const longCaption = await upload(activity.id, { file: jpeg(smallJpeg), caption: 'x'.repeat(501) });
    expect(longCaption.statusCode).toBe(400);
    const twoFiles = new FormData();
    twoFiles.append('file', new Blob([new Uint8Array(smallJpeg)]), 'a.jpg');
    twoFiles.append('file', new Blob([new Uint8Array(smallJpeg)]), 'b.jpg');
    const twoRes = new Response(twoFiles);
    const two = await t.app.inject({
      method: 'POST',
      url: `/api/v1/activities/${activity.id}/photos`,
      headers: { ...officer, 'content-type': twoRes.headers.get('content-type')! },
      payload: Buffer.from(await twoRes.arrayBuffer()),
    });
    expect(two.statusCode).toBe(413);
    const cut = await multipart({ file: jpeg(smallJpeg) });
    const truncated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/activities/${activity.id}/photos`,
      headers: { ...officer, ...cut.headers },
      payload: cut.payload.subarray(0, 500),
    });
    expect(truncated.statusCode).toBe(400);

    expect(count()).toBe(0);
    expect(existsSync(photosDir()) ? readdirSync(photosDir()).length : 0).toBe(filesBefore);
  });

  it('changes the caption with If-Match and deletes photo and files', async () => {
    const activity = await newActivity();
    const photo = (await upload(activity.id, { file: jpeg(smallJpeg), caption: 'Trước' })).json();
    const key = fileKeyOf(photo.id);
    const url = `/api/v1/photos/${photo.id}`;
    const patch = (ifMatch: string | undefined, caption: string) =>
      t.app.inject({
        method: 'PATCH',
        url,
        headers: { ...officer, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        payload: { caption },
      });
    expect((await patch(undefined, 'Sau')).statusCode).toBe(428);
    expect((await patch('"7"', 'Sau')).statusCode).toBe(412);
    expect((await patch('"1"', 'x'.repeat(501))).statusCode).toBe(400);
    const activityBefore = await activityVersion(activity.id);
    // Decomposed (NFD) text is stored composed (NFC).
    const changed = await patch('"1"', '  Đảng viên trộn bê tông  '.normalize('NFD'));
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ caption: 'Đảng viên trộn bê tông', version: 2 });
    expect(changed.headers.etag).toBe('"2"');
    expect(await activityVersion(activity.id)).toBe(activityBefore + 1);
    // The ETag of the bytes is the photo's version: it serves as If-Match too.
    expect((await t.app.inject({ url, headers: { 'if-none-match': '"1"' } })).statusCode).toBe(200);
    expect((await t.app.inject({ url })).headers.etag).toBe('"2"');
    const strict = await t.app.inject({ method: 'PATCH', url, headers: { 'if-match': '"2"' }, payload: { width: 5 } });
    expect(strict.statusCode).toBe(400);

    const remove = (ifMatch?: string) =>
      t.app.inject({ method: 'DELETE', url, headers: { ...officer, ...(ifMatch ? { 'if-match': ifMatch } : {}) } });
    expect((await remove()).statusCode).toBe(428);
    expect((await remove('"1"')).statusCode).toBe(412);
    expect(existsSync(join(photosDir(), `${key}.jpg`))).toBe(true);
    const removed = await remove('"2"');
    expect(removed.statusCode).toBe(204);
    expect(existsSync(join(photosDir(), `${key}.jpg`))).toBe(false);
    expect(existsSync(join(photosDir(), `${key}.thumb.jpg`))).toBe(false);
    expect((await t.app.inject({ url })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `${url}/thumbnail` })).statusCode).toBe(404);
    expect((await remove('*')).statusCode).toBe(404);
    expect(await activityVersion(activity.id)).toBe(activityBefore + 2);

    // Every change is in the audit trail, as records without any file.
    const audit = (
      await t.app.inject({ url: `/api/v1/audit?entity=activity_photos&entityId=${photo.id}&sort=at` })
    ).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'delete']);
    const [created, updated, deleted] = audit.items;
    expect(created).toMatchObject({ actorKind: 'user', before: null, after: { id: photo.id, caption: 'Trước' } });
    expect(updated).toMatchObject({ before: { caption: 'Trước' }, after: { caption: 'Đảng viên trộn bê tông' } });
    expect(deleted).toMatchObject({ before: { id: photo.id }, after: null });
    const raw = JSON.stringify(audit.items);
    expect(raw).not.toContain(key);
    expect(raw.length).toBeLessThan(3000);
  });

  it('follows the activity: own unit only, editable only, a viewer only reads', async () => {
    const mine = await newActivity();
    const photo = (await upload(mine.id, { file: jpeg(smallJpeg) })).json();
    const other = q<{ id: number }>(
      'SELECT activity_id AS id FROM activity_units WHERE activity_id NOT IN (SELECT activity_id FROM activity_units WHERE unit_id = ?) LIMIT 1',
      bdv,
    ).id;
    // The admin adds a photo to another unit's activity (returned first if it was approved).
    const otherActivity = (await t.app.inject({ url: `/api/v1/activities/${other}` })).json();
    if (otherActivity.status === 'approved' || otherActivity.status === 'submitted') {
      const ret = await t.app.inject({
        method: 'POST',
        url: `/api/v1/activities/${other}/return`,
        headers: { 'if-match': `"${otherActivity.version}"` },
        payload: { comment: 'Bổ sung ảnh minh chứng' },
      });
      expect(ret.statusCode, ret.body).toBe(200);
    }
    const otherPhoto = await upload(other, { file: jpeg(smallJpeg) }, {});
    expect(otherPhoto.statusCode, otherPhoto.body).toBe(201);
    const otherId = otherPhoto.json().id;

    const writeToken = (await createToken(t, 'write', bdv)).headers;
    for (const [name, h] of [
      ['officer', officer],
      ['write token', writeToken],
    ] as const) {
      const refused = await upload(other, { file: jpeg(smallJpeg) }, h);
      expect(refused.statusCode, name).toBe(404);
      expect((await t.app.inject({ url: `/api/v1/activities/${other}/photos`, headers: h })).statusCode, name).toBe(
        404,
      );
      for (const url of [`/api/v1/photos/${otherId}`, `/api/v1/photos/${otherId}/thumbnail`]) {
        const res = await t.app.inject({ url, headers: h });
        expect(res.statusCode, `${name} ${url}`).toBe(404);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      const patch = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/photos/${otherId}`,
        headers: { ...h, 'if-match': '*' },
        payload: { caption: 'Không phải của mình' },
      });
      expect(patch.statusCode, name).toBe(404);
      const del = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/photos/${otherId}`,
        headers: { ...h, 'if-match': '*' },
      });
      expect(del.statusCode, name).toBe(404);
      // Their own unit's photos are theirs.
      expect((await t.app.inject({ url: photo.url, headers: h })).statusCode, name).toBe(200);
      expect((await t.app.inject({ url: `/api/v1/activities/${mine.id}/photos`, headers: h })).statusCode).toBe(200);
    }
    expect((await upload(mine.id, { file: jpeg(smallJpeg) }, writeToken)).statusCode).toBe(201);

    // A viewer (and a read token) sees every unit's photos and changes none.
    const readToken = (await createToken(t, 'read')).headers;
    for (const h of [viewer, readToken]) {
      expect((await t.app.inject({ url: `/api/v1/photos/${otherId}`, headers: h })).statusCode).toBe(200);
      expect((await upload(mine.id, { file: jpeg(smallJpeg) }, h)).statusCode).toBe(403);
      const patch = await t.app.inject({
        method: 'PATCH',
        url: photo.url,
        headers: { ...h, 'if-match': '*' },
        payload: { caption: 'x' },
      });
      expect(patch.statusCode).toBe(403);
      expect(
        (await t.app.inject({ method: 'DELETE', url: photo.url, headers: { ...h, 'if-match': '*' } })).statusCode,
      ).toBe(403);
    }
    expect((await t.anonymous({ url: photo.url })).statusCode).toBe(401);

    // Submitted: the officer waits, the admin may still fix it; approved: nobody until returned.
    const submit = await t.app.inject({
      method: 'POST',
      url: `/api/v1/activities/${mine.id}/submit`,
      headers: { ...officer, 'if-match': '*' },
    });
    expect(submit.statusCode).toBe(200);
    expect((await upload(mine.id, { file: jpeg(smallJpeg) })).statusCode).toBe(409);
    expect((await upload(mine.id, { file: jpeg(smallJpeg) }, {})).statusCode).toBe(201);
    const approve = await t.app.inject({
      method: 'POST',
      url: `/api/v1/activities/${mine.id}/approve`,
      headers: { 'if-match': '*' },
    });
    expect(approve.statusCode).toBe(200);
    for (const h of [officer, {}]) {
      const refused = await upload(mine.id, { file: jpeg(smallJpeg) }, h);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().title).toBe('Hoạt động đã được duyệt');
      const patch = await t.app.inject({
        method: 'PATCH',
        url: photo.url,
        headers: { ...h, 'if-match': '*' },
        payload: { caption: 'Sửa sau khi duyệt' },
      });
      expect(patch.statusCode).toBe(409);
      const del = await t.app.inject({ method: 'DELETE', url: photo.url, headers: { ...h, 'if-match': '*' } });
      expect(del.statusCode).toBe(409);
    }
    // Approved photos are still there to see.
    expect((await t.app.inject({ url: photo.url, headers: officer })).statusCode).toBe(200);
  });

  it('refuses changes in a locked month and under a deleted activity', async () => {
    const activity = await newActivity(officer, '2021-11-20');
    const photo = (await upload(activity.id, { file: jpeg(smallJpeg) })).json();
    const lock = await t.app.inject({
      method: 'POST',
      url: '/api/v1/locks',
      payload: { month: '2021-11', reason: 'Đã báo cáo quý IV' },
    });
    expect(lock.statusCode, lock.body).toBe(201);
    try {
      for (const h of [officer, {}]) {
        const refused = await upload(activity.id, { file: jpeg(smallJpeg) }, h);
        expect(refused.statusCode).toBe(409);
        expect(refused.json().title).toBe('Tháng đã khoá sổ');
        const patch = await t.app.inject({
          method: 'PATCH',
          url: photo.url,
          headers: { ...h, 'if-match': '*' },
          payload: { caption: 'Sửa' },
        });
        expect(patch.statusCode).toBe(409);
        const del = await t.app.inject({ method: 'DELETE', url: photo.url, headers: { ...h, 'if-match': '*' } });
        expect(del.statusCode).toBe(409);
      }
    } finally {
      const unlock = await t.app.inject({
        method: 'DELETE',
        url: '/api/v1/locks/2021-11',
        payload: { reason: 'Mở để thử' },
      });
      expect(unlock.statusCode, unlock.body).toBe(204);
    }

    const deleted = await newActivity();
    await upload(deleted.id, { file: jpeg(smallJpeg) });
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/activities/${deleted.id}`,
      headers: { ...officer, 'if-match': '*' },
    });
    expect(del.statusCode).toBe(204);
    expect((await upload(deleted.id, { file: jpeg(smallJpeg) })).statusCode).toBe(409);
    // A deleted activity can still be read, its photos too.
    expect((await t.app.inject({ url: `/api/v1/activities/${deleted.id}/photos` })).json().items).toHaveLength(1);
  });

  it(`holds at most ${PHOTOS_PER_ACTIVITY} photos per activity`, async () => {
    const activity = await newActivity();
    const tiny = await picture(40, 30).png().toBuffer();
    for (let i = 0; i < PHOTOS_PER_ACTIVITY; i++) {
      const res = await upload(activity.id, { file: { data: tiny, name: `${i}.png`, type: 'image/png' } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const full = await upload(activity.id, { file: { data: tiny, name: 'x.png', type: 'image/png' } });
    expect(full.statusCode).toBe(409);
    expect(full.json().detail).toContain(`tối đa ${PHOTOS_PER_ACTIVITY} ảnh`);
  });

  it('builds file paths only from stored keys: path tricks are refused', async () => {
    for (const url of [
      '/api/v1/photos/..%2F..%2Fetc%2Fpasswd',
      '/api/v1/photos/..%2F..%2Fetc%2Fpasswd/thumbnail',
      '/api/v1/photos/1%2F..%2F..%2Ftest.db',
      '/api/v1/photos/%2e%2e',
      '/api/v1/photos/../../test.db',
      '/api/v1/photos/1.jpg',
      '/api/v1/photos/-1',
    ]) {
      const res = await t.app.inject({ url });
      expect([400, 404], `${url}: ${res.statusCode}`).toContain(res.statusCode);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).not.toContain('root:');
    }
    expect(() => new PhotoFiles(photosDir()).path('../../etc/passwd', 'photo')).toThrow(/not a photo key/);
    // The database refuses a key that is not a UUID.
    const activity = await newActivity();
    expect(() =>
      t.handle.sqlite
        .prepare(
          `INSERT INTO activity_photos (activity_id, file_key, width, height, size_bytes, created_at, updated_at)
           VALUES (?, '../../../../etc/passwd-0000000000000', 1, 1, 1, 'x', 'x')`,
        )
        .run(activity.id),
    ).toThrow(/CHECK constraint/);
  });

  it('leaves no file when the record cannot be written, and no record when a file cannot', async () => {
    const activity = await newActivity();
    const files = () => (existsSync(photosDir()) ? readdirSync(photosDir()).sort() : []);
    const rows = () => q<{ n: number }>('SELECT count(*) AS n FROM activity_photos').n;
    const audits = () => q<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE entity = 'activity_photos'").n;
    const before = { files: files(), rows: rows(), audits: audits() };

    vi.spyOn(PhotosRepository.prototype, 'create').mockImplementationOnce(() => {
      throw new Error('database is locked');
    });
    const dbFails = await upload(activity.id, { file: jpeg(smallJpeg) });
    expect(dbFails.statusCode).toBe(500);
    expect(files()).toEqual(before.files);

    vi.spyOn(PhotoFiles.prototype, 'write').mockRejectedValueOnce(new Error('ENOSPC: no space left on device'));
    const diskFails = await upload(activity.id, { file: jpeg(smallJpeg) });
    expect(diskFails.statusCode).toBe(500);
    expect(diskFails.body).not.toContain('ENOSPC');
    expect({ files: files(), rows: rows(), audits: audits() }).toEqual(before);
  });

  it('answers 404 when a file has gone missing from the disk', async () => {
    const activity = await newActivity();
    const photo = (await upload(activity.id, { file: jpeg(smallJpeg) })).json();
    rmSync(join(photosDir(), `${fileKeyOf(photo.id)}.thumb.jpg`));
    const res = await t.app.inject({ url: photo.thumbnailUrl });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers.etag).toBeUndefined();
    expect((await t.app.inject({ url: photo.url })).statusCode).toBe(200);
  });

  it('writes both files or neither, under temporary names first', async () => {
    const dir = join(t.dir, 'photo-files-test');
    const store = new PhotoFiles(dir);
    const key = store.newKey();
    await store.write(key, Buffer.from('photo'), Buffer.from('thumb'));
    expect(readdirSync(dir).sort()).toEqual([`${key}.jpg`, `${key}.thumb.jpg`]);
    expect((await store.read(key, 'thumbnail'))?.toString()).toBe('thumb');
    await store.remove(key);
    expect(readdirSync(dir)).toEqual([]);
    expect(await store.read(key, 'photo')).toBeNull();

    // The second file cannot be written (its temporary name is taken): the first goes too.
    const other = store.newKey();
    writeFileSync(join(dir, `${other}.thumb.jpg.${process.pid}.tmp`), 'in the way');
    await expect(store.write(other, Buffer.from('photo'), Buffer.from('thumb'))).rejects.toThrow(/EEXIST/);
    expect(readdirSync(dir)).toEqual([]);

    // The folder cannot be made.
    writeFileSync(join(t.dir, 'not-a-folder'), '');
    await expect(
      new PhotoFiles(join(t.dir, 'not-a-folder')).write(key, Buffer.from('p'), Buffer.from('t')),
    ).rejects.toThrow();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
  });

  it('recognises the accepted types by their first bytes', async () => {
    expect(sniffPhotoType(smallJpeg)).toBe('image/jpeg');
    expect(sniffPhotoType(await picture(8, 8).png().toBuffer())).toBe('image/png');
    expect(sniffPhotoType(await picture(8, 8).webp().toBuffer())).toBe('image/webp');
    expect(sniffPhotoType(await picture(8, 8).gif().toBuffer())).toBeNull();
    expect(sniffPhotoType(await picture(8, 8).tiff().toBuffer())).toBeNull();
    expect(sniffPhotoType(Buffer.from('RIFF0000WAVE'))).toBeNull();
    expect(sniffPhotoType(Buffer.alloc(0))).toBeNull();
  });

  it('declares who may call each photo route', () => {
    const access = Object.fromEntries(
      t.app.registeredRoutes
        .filter((r) => r.url.includes('/photos'))
        .map((r) => [`${r.method} ${r.url}`, r.access] as const),
    );
    expect(access).toEqual({
      'POST /api/v1/activities/:id/photos': 'write',
      'GET /api/v1/activities/:id/photos': 'read',
      'GET /api/v1/photos/:id': 'read',
      'GET /api/v1/photos/:id/thumbnail': 'read',
      'PATCH /api/v1/photos/:id': 'write',
      'DELETE /api/v1/photos/:id': 'write',
    });
  });
});
