/**
 * Evidence photos of an activity (ảnh minh chứng): upload (multipart), list, the JPEG and its
 * thumbnail, caption and delete. Who may do what follows the activity (repositories/photos-repository.ts);
 * what an upload may be and where its files go is services/photo-files.ts.
 */

import {
  ActivityPhotoSchema,
  PHOTO_MAX_BYTES,
  PHOTOS_PER_ACTIVITY,
  PhotoCaptionSchema,
  PhotoPatchSchema,
  ProblemSchema,
} from '@danvan/domain';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, expectedVersion } from '../lib/etag.js';
import { contextOf } from '../lib/write-context-of.js';
import { HttpProblem } from '../plugins/problems.js';
import { photosRepository, photoUrl } from '../repositories/photos-repository.js';
import { PhotoFiles, type PhotoVariant, photosDirOf, processPhoto } from '../services/photo-files.js';
import { IdParamsSchema, IfMatchHeadersSchema, notFound, versionedWriteProblems } from './crud.js';

const TAG = 'Ảnh minh chứng';
const NOUN = 'ảnh';
const MB = PHOTO_MAX_BYTES / (1024 * 1024);

/** The multipart form of an upload, as the preValidation hook below hands it to validation. */
const PhotoUploadSchema = z
  .object({
    file: z
      .custom<Buffer>((v) => Buffer.isBuffer(v) && v.length > 0, {
        error: 'Chưa có tệp ảnh: gửi ảnh trong trường "file"',
      })
      .meta({
        type: 'string',
        format: 'binary',
        description: `Tệp ảnh JPEG, PNG hoặc WebP, tối đa ${MB} MB`,
      }),
    caption: PhotoCaptionSchema.default(''),
  })
  .strict();

const PhotoListSchema = z.object({ items: z.array(ActivityPhotoSchema) });

const JpegResponse = {
  description: 'Ảnh JPEG',
  content: { 'image/jpeg': { schema: z.custom<Buffer>().meta({ type: 'string', format: 'binary' }) } },
};

const NotModifiedHeadersSchema = z.looseObject({
  'if-none-match': z.string().max(200).optional().meta({ description: 'ETag của ảnh đã tải về' }),
});

function problemOf(status: number, slug: string, detail: string): HttpProblem {
  const titles: Record<number, string> = {
    400: 'Yêu cầu không hợp lệ',
    413: 'Ảnh quá lớn',
    415: 'Kiểu nội dung không được hỗ trợ',
  };
  return new HttpProblem(status, slug, titles[status] ?? 'Yêu cầu không hợp lệ', detail);
}

/** The multipart parser's refusals, said in Vietnamese. */
function uploadProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return problemOf(413, 'photo-too-large', `Ảnh quá lớn: tối đa ${MB} MB mỗi ảnh.`);
    case 'FST_FILES_LIMIT':
      return problemOf(413, 'too-many-files', 'Mỗi lần chỉ gửi một ảnh (trường "file").');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return problemOf(413, 'too-many-fields', 'Biểu mẫu chỉ gồm tệp ảnh ("file") và chú thích ("caption").');
    default:
      // Malformed multipart (cut short, bad boundary, a field named like a prototype property…).
      return problemOf(400, 'bad-multipart', 'Nội dung multipart/form-data không hợp lệ hoặc bị cắt ngang.');
  }
}

/**
 * Reads the multipart form into `{ file: Buffer, caption }` before validation: at most one file of
 * PHOTO_MAX_BYTES and two short fields (the limits of the multipart plugin below).
 */
async function readUpload(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) {
    throw problemOf(
      415,
      'multipart-required',
      'Gửi ảnh dạng multipart/form-data, tệp ảnh trong trường "file" và chú thích (nếu có) trong trường "caption".',
    );
  }
  const body: Record<string, unknown> = {};
  try {
    for await (const part of request.parts()) {
      if (Object.hasOwn(body, part.fieldname)) {
        throw problemOf(400, 'duplicate-field', `Trường "${part.fieldname}" được gửi nhiều lần.`);
      }
      body[part.fieldname] = part.type === 'file' ? await part.toBuffer() : part.value;
    }
  } catch (error) {
    throw uploadProblem(error);
  }
  request.body = body;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

const photoRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = photosRepository(app.database.db);
  const files = new PhotoFiles(photosDirOf(app.dataDir));

  // Here only: no other route takes multipart bodies.
  await app.register(multipart, {
    limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 2, fieldSize: 2000, parts: 3 },
    throwFileSizeLimit: true,
  });

  app.post(
    '/activities/:id/photos',
    {
      config: { access: 'write' },
      preValidation: readUpload,
      schema: {
        tags: [TAG],
        operationId: 'uploadActivityPhoto',
        summary: 'Tải lên ảnh minh chứng của hoạt động',
        description:
          `multipart/form-data: tệp ảnh trong trường \`file\` (JPEG, PNG hoặc WebP, xét theo nội dung tệp; tối đa ${MB} MB), ` +
          `chú thích trong trường \`caption\`. Ảnh được xoay theo EXIF, thu nhỏ còn tối đa 1600 điểm ảnh mỗi cạnh, ` +
          `lưu lại dạng JPEG không kèm siêu dữ liệu (không còn toạ độ GPS), kèm ảnh thu nhỏ 320 điểm ảnh. ` +
          `Mỗi hoạt động tối đa ${PHOTOS_PER_ACTIVITY} ảnh. Chỉ thêm được khi hoạt động còn sửa được ` +
          '(bản nháp hoặc bị trả lại; quản trị sửa được cả hoạt động chờ duyệt; tháng chưa khoá sổ). ' +
          'Phiên bản của hoạt động tăng lên.',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        body: PhotoUploadSchema,
        response: {
          201: ActivityPhotoSchema,
          400: ProblemSchema,
          404: ProblemSchema,
          409: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const activityId = request.params.id;
      // Refused before the image is processed: not found, not editable, already full.
      if (!repository.assertCanAdd(activityId, ctx)) throw notFound('hoạt động', activityId);
      const processed = await processPhoto(request.body.file);
      const key = files.newKey();
      // If the files cannot be written, nothing is recorded (the error is a 500).
      await files.write(key, processed.photo.data, processed.thumbnail.data);
      let created: ReturnType<typeof repository.create>;
      try {
        created = repository.create(
          {
            activityId,
            fileKey: key,
            caption: request.body.caption,
            width: processed.photo.width,
            height: processed.photo.height,
            sizeBytes: processed.photo.data.length,
          },
          ctx,
        );
      } catch (error) {
        await files.remove(key);
        throw error;
      }
      if (!created) {
        await files.remove(key);
        throw notFound('hoạt động', activityId);
      }
      return reply
        .code(201)
        .header('etag', etagOf(created.version))
        .header('location', photoUrl(created.id))
        .send(created);
    },
  );

  app.get(
    '/activities/:id/photos',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        operationId: 'listActivityPhotos',
        summary: 'Danh sách ảnh minh chứng của hoạt động',
        description: 'Cũ trước, mới sau. `url` là ảnh, `thumbnailUrl` là ảnh thu nhỏ.',
        params: IdParamsSchema,
        response: { 200: PhotoListSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const items = repository.listFor(request.params.id, contextOf(request));
      if (!items) throw notFound('hoạt động', request.params.id);
      return { items };
    },
  );

  const variants: { variant: PhotoVariant; path: string; operationId: string; summary: string }[] = [
    { variant: 'photo', path: '/photos/:id', operationId: 'getPhoto', summary: 'Tải ảnh minh chứng (JPEG)' },
    {
      variant: 'thumbnail',
      path: '/photos/:id/thumbnail',
      operationId: 'getPhotoThumbnail',
      summary: 'Tải ảnh thu nhỏ (JPEG, tối đa 320 điểm ảnh mỗi cạnh)',
    },
  ];
  for (const v of variants) {
    app.get(
      v.path,
      {
        config: { access: 'read' },
        schema: {
          tags: [TAG],
          operationId: v.operationId,
          summary: v.summary,
          description:
            'ETag là phiên bản của ảnh (dùng làm If-Match khi sửa chú thích hoặc xoá); ' +
            'gửi If-None-Match để nhận 304 khi ảnh đã có sẵn.',
          params: IdParamsSchema,
          headers: NotModifiedHeadersSchema,
          response: {
            200: JpegResponse,
            304: z.null().meta({ description: 'Ảnh chưa thay đổi' }),
            400: ProblemSchema,
            404: ProblemSchema,
          },
        },
      },
      async (request, reply) => {
        const found = repository.get(request.params.id, contextOf(request));
        if (!found) throw notFound(NOUN, request.params.id);
        const etag = etagOf(found.photo.version);
        reply.header('etag', etag).header('cache-control', 'private, max-age=86400');
        if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
        const bytes = await files.read(found.fileKey, v.variant);
        if (!bytes) {
          request.log.error({ photoId: found.photo.id, variant: v.variant }, 'photo file missing on disk');
          reply.removeHeader('etag').removeHeader('cache-control');
          throw new HttpProblem(
            404,
            'photo-file-missing',
            'Không tìm thấy',
            `Tệp của ảnh id ${found.photo.id} không còn.`,
          );
        }
        const name = v.variant === 'photo' ? `anh-${found.photo.id}.jpg` : `anh-${found.photo.id}-nho.jpg`;
        return reply.type('image/jpeg').header('content-disposition', `inline; filename="${name}"`).send(bytes);
      },
    );
  }

  app.patch(
    '/photos/:id',
    {
      config: { access: 'write' },
      schema: {
        tags: [TAG],
        operationId: 'updatePhoto',
        summary: 'Sửa chú thích ảnh (cần If-Match)',
        description: 'Chỉ sửa được khi hoạt động còn sửa được. Phiên bản của ảnh và của hoạt động tăng lên.',
        params: IdParamsSchema,
        headers: IfMatchHeadersSchema,
        body: PhotoPatchSchema,
        response: { 200: ActivityPhotoSchema, ...versionedWriteProblems },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match']);
      const updated = repository.update(request.params.id, expected, request.body, contextOf(request));
      if (!updated) throw notFound(NOUN, request.params.id);
      reply.header('etag', etagOf(updated.version));
      return updated;
    },
  );

  app.delete(
    '/photos/:id',
    {
      config: { access: 'write' },
      schema: {
        tags: [TAG],
        operationId: 'deletePhoto',
        summary: 'Xoá ảnh minh chứng (cần If-Match)',
        description:
          'Xoá hẳn ảnh và tệp của nó. Chỉ xoá được khi hoạt động còn sửa được; phiên bản của hoạt động tăng lên.',
        params: IdParamsSchema,
        headers: IfMatchHeadersSchema,
        response: { 204: z.null(), ...versionedWriteProblems },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match']);
      const key = repository.remove(request.params.id, expected, contextOf(request));
      if (!key) throw notFound(NOUN, request.params.id);
      // The record is gone; a file that cannot be removed now is only logged.
      await files.remove(key).catch((error: unknown) => {
        request.log.error({ err: error, photoId: request.params.id }, 'photo files not removed');
      });
      return reply.code(204).send(null);
    },
  );
};

export default photoRoutes;
