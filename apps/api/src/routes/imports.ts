/**
 * Importing activities and contributions from XLSX or CSV: the template, the upload (read as it
 * streams in, answered with a preview), pages of the preview, and the commit. The rules live in
 * services/imports; handlers only hand over the file and the caller.
 */
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_LINES,
  IMPORT_TTL_HOURS,
  ImportCommitInputSchema,
  ImportPreviewQuerySchema,
  ImportPreviewSchema,
  ImportResultSchema,
  ProblemSchema,
} from '@danvan/domain';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../lib/write-context-of.js';
import { XLSX_MIME } from '../lib/xlsx.js';
import { HttpProblem } from '../plugins/problems.js';
import { ImportService, importNotFound } from '../services/imports/import-service.js';
import { templateCsv, templateXlsx } from '../services/imports/template.js';

const TAG = 'Nhập dữ liệu';
const MB = IMPORT_MAX_BYTES / (1024 * 1024);

const ImportIdParamsSchema = z.object({ id: z.uuid({ error: 'Mã lần nhập không hợp lệ' }) });

const UploadSchema = z
  .object({
    file: z
      .custom<MultipartFile>((v) => typeof v === 'object' && v !== null && 'file' in v, {
        error: 'Chưa có tệp: gửi tệp .xlsx hoặc .csv trong trường "file"',
      })
      .meta({ type: 'string', format: 'binary', description: `Tệp .xlsx hoặc .csv (UTF-8), tối đa ${MB} MB` }),
  })
  .strict();

const binary = z.custom<Buffer | string>().meta({ type: 'string', format: 'binary' });
const XlsxResponse = { description: 'Tệp Excel', content: { [XLSX_MIME]: { schema: binary } } };
const CsvResponse = { description: 'Tệp CSV (UTF-8 có BOM)', content: { 'text/csv': { schema: binary } } };

function tooLarge(): HttpProblem {
  return new HttpProblem(413, 'import-too-large', 'Tệp quá lớn', `Tệp nhập tối đa ${MB} MB; hãy chia thành nhiều tệp.`);
}

/**
 * Takes the file part of the form as it starts to arrive (not its bytes): the handler reads it as a
 * stream. Any other field, or a second file, is refused.
 */
async function takeFile(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) {
    throw new HttpProblem(
      415,
      'multipart-required',
      'Kiểu nội dung không được hỗ trợ',
      'Gửi tệp dạng multipart/form-data, tệp trong trường "file".',
    );
  }
  let part: MultipartFile | undefined;
  try {
    part = await request.file();
  } catch {
    throw new HttpProblem(400, 'bad-multipart', 'Yêu cầu không hợp lệ', 'Nội dung multipart/form-data không hợp lệ.');
  }
  if (part && part.fieldname !== 'file') {
    part.file.resume();
    throw new HttpProblem(400, 'bad-field', 'Yêu cầu không hợp lệ', 'Gửi tệp trong trường "file".');
  }
  request.body = part ? { file: part } : {};
}

const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = new ImportService(app.database.db);

  // Only here and for photos: each route family sets its own limits.
  await app.register(multipart, {
    limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 0, parts: 1 },
    throwFileSizeLimit: true,
  });

  app.get(
    '/imports/template.xlsx',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        operationId: 'getImportTemplateXlsx',
        summary: 'Tải mẫu nhập (Excel)',
        description:
          'Sheet "Hoạt động" để ghi dữ liệu (có danh sách chọn), sheet "Hướng dẫn" giải thích từng cột kèm ví dụ, ' +
          'sheet "Danh mục" với các loại hoạt động, hình thức, nguồn đóng góp, đơn vị và xã cùng mã.',
        response: { 200: XlsxResponse },
      },
    },
    async (_request, reply) =>
      reply
        .type(XLSX_MIME)
        .header('content-disposition', 'attachment; filename="mau-nhap-hoat-dong.xlsx"')
        .send(await templateXlsx(app.database.db)),
  );

  app.get(
    '/imports/template.csv',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        operationId: 'getImportTemplateCsv',
        summary: 'Tải mẫu nhập (CSV)',
        description:
          'Cùng các cột như mẫu Excel; hướng dẫn và ví dụ là các dòng bắt đầu bằng # (được bỏ qua khi nhập).',
        response: { 200: CsvResponse },
      },
    },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mau-nhap-hoat-dong.csv"')
        .send(templateCsv(app.database.db)),
  );

  app.post(
    '/imports',
    {
      config: { access: 'write' },
      preValidation: takeFile,
      schema: {
        tags: [TAG],
        operationId: 'uploadImport',
        summary: 'Tải lên tệp để nhập (xem trước, chưa ghi)',
        description:
          `multipart/form-data, tệp .xlsx hoặc .csv (UTF-8; dấu phân cách , ; hoặc tab) trong trường \`file\`, tối đa ${MB} MB ` +
          `và ${IMPORT_MAX_LINES.toLocaleString('vi-VN')} dòng. Tệp được đọc dần khi tải lên; mỗi hoạt động được kiểm tra ` +
          'theo các quy tắc của hệ thống (đơn vị, xã nhận theo mã hoặc tên không phân biệt dấu, hoa thường, NFC/NFD; ngày; ' +
          'số tiền; danh mục; tháng đã khoá sổ; trùng với bản ghi đã có hoặc với dòng khác trong tệp). ' +
          `Chưa ghi gì: trả về bản xem trước (trang đầu) với mã lần nhập, giữ ${IMPORT_TTL_HOURS} giờ. ` +
          'Cán bộ đơn vị chỉ nhập được hoạt động của đơn vị mình.',
        consumes: ['multipart/form-data'],
        body: UploadSchema,
        response: { 201: ImportPreviewSchema, 400: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema },
      },
    },
    async (request, reply) => {
      const part = request.body.file;
      let preview: Awaited<ReturnType<ImportService['preview']>>;
      try {
        preview = await service.preview(part.file, part.filename, contextOf(request));
      } catch (error) {
        if (part.file.truncated) throw tooLarge();
        // The form itself was broken (cut short, a bad boundary): the file stream failed, not the server.
        if (part.file.errored) {
          throw new HttpProblem(
            400,
            'bad-multipart',
            'Yêu cầu không hợp lệ',
            'Nội dung multipart/form-data không hợp lệ.',
          );
        }
        throw error;
      } finally {
        // After an error the rest of the upload is not read: the multipart parser stops on a destroyed file.
        if (!part.file.readableEnded) part.file.destroy();
      }
      if (part.file.truncated) throw tooLarge();
      return reply.code(201).header('location', `/api/v1/imports/${preview.id}`).send(preview);
    },
  );

  app.get(
    '/imports/:id',
    {
      config: { access: 'write' },
      schema: {
        tags: [TAG],
        operationId: 'getImport',
        summary: 'Xem trước một lần nhập (theo trang)',
        description:
          'Các hoạt động của tệp theo thứ tự dòng, với trạng thái (ok, error, duplicate), lỗi theo dòng và cột, ' +
          'và tổng số. Lọc `status=error` để xem các dòng cần sửa. Chỉ người đã tải tệp lên xem được.',
        params: ImportIdParamsSchema,
        querystring: ImportPreviewQuerySchema,
        response: { 200: ImportPreviewSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const found = service.get(request.params.id, request.query, contextOf(request));
      if (!found) throw importNotFound(request.params.id);
      return found;
    },
  );

  app.post(
    '/imports/:id/commit',
    {
      config: { access: 'write' },
      schema: {
        tags: [TAG],
        operationId: 'commitImport',
        summary: 'Ghi các hoạt động hợp lệ của lần nhập',
        description:
          'Ghi mọi hoạt động hợp lệ (và các khoản đóng góp mới của hoạt động đã có) trong một giao dịch: ' +
          'hoặc ghi hết, hoặc không ghi gì. Hoạt động đã có được bỏ qua, nên nhập lại cùng tệp không tạo bản ghi trùng. ' +
          'Quản trị chọn trạng thái (mặc định approved: số liệu đã có); cán bộ đơn vị nhập ở trạng thái chờ duyệt. ' +
          'Mỗi bản ghi được ghi nhật ký với thao tác "import". 409 khi lần nhập đã được ghi, hoặc khi dữ liệu đã ' +
          'thay đổi từ lúc xem trước (ví dụ tháng vừa khoá sổ).',
        params: ImportIdParamsSchema,
        body: ImportCommitInputSchema,
        response: { 200: ImportResultSchema, 400: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema },
      },
    },
    async (request) => service.commit(request.params.id, request.body ?? {}, contextOf(request)),
  );
};

export default importRoutes;
