/**
 * One error shape for every 4xx and 5xx: RFC 9457 problem details (application/problem+json).
 * 5xx answers never carry the cause; it goes to the log with the request's context.
 */
import { type FieldError, PROBLEM_CONTENT_TYPE, type Problem } from '@danvan/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

const TYPE_BASE = 'https://danvan.local/problems/';

/** An error a handler throws to answer with a given status and problem. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** Headers the answer carries, e.g. Retry-After on a 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? title);
  }
}

export function sendProblem(reply: FastifyReply, problem: Omit<Problem, 'type'> & { slug: string }): FastifyReply {
  const { slug, ...rest } = problem;
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ type: `${TYPE_BASE}${slug}`, ...rest, instance: reply.request.url });
}

/** What Fastify's own 4xx say, in Vietnamese and with what to do; other codes keep Fastify's message. */
const FRAMEWORK_DETAILS: Record<string, string> = {
  FST_ERR_CTP_EMPTY_JSON_BODY:
    'Nội dung gửi lên trống trong khi Content-Type là application/json: gửi một đối tượng JSON, hoặc bỏ Content-Type khi không có nội dung.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'Nội dung gửi lên không phải JSON hợp lệ.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE:
    'Kiểu nội dung này không được nhận: dùng application/json, hoặc multipart/form-data khi tải tệp lên.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Nội dung gửi lên vượt quá dung lượng cho phép.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Độ dài nội dung (Content-Length) không khớp với nội dung gửi lên.',
};

const TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa đăng nhập',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  405: 'Phương thức không được hỗ trợ',
  406: 'Định dạng không được hỗ trợ',
  409: 'Xung đột dữ liệu',
  412: 'Bản ghi đã bị thay đổi',
  413: 'Dữ liệu quá lớn',
  415: 'Kiểu nội dung không được hỗ trợ',
  428: 'Thiếu If-Match',
  429: 'Quá nhiều yêu cầu',
};

export default fp(
  async function problems(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        const errors = error.validation.map((v) => {
          const keys = (v.params as { keys?: string[] }).keys;
          return {
            path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
            message: keys ? `Trường không được chấp nhận: ${keys.join(', ')}` : (v.message ?? 'Không hợp lệ'),
          };
        });
        return sendProblem(reply, {
          slug: 'validation',
          status: 400,
          title: 'Dữ liệu không hợp lệ',
          detail: `Có ${errors.length} lỗi trong ${contextLabel(error.validationContext)}`,
          errors,
        });
      }
      if (error instanceof HttpProblem) {
        if (error.headers) reply.headers(error.headers);
        return sendProblem(reply, {
          slug: error.slug,
          status: error.status,
          title: error.title,
          ...(error.detail ? { detail: error.detail } : {}),
          ...(error.errors ? { errors: error.errors } : {}),
        });
      }
      if (isResponseSerializationError(error)) {
        request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
        return sendProblem(reply, { slug: 'internal', status: 500, title: 'Lỗi máy chủ' });
      }
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) {
        request.log.error({ err: error }, 'unhandled error');
        return sendProblem(reply, {
          slug: 'internal',
          status,
          title: 'Lỗi máy chủ',
          detail: 'Đã ghi nhận lỗi; vui lòng thử lại sau.',
        });
      }
      // Fastify's own 4xx (bad JSON, body too large, unsupported media type…): keep the status, say it in Vietnamese.
      return sendProblem(reply, {
        slug: error.code ? error.code.toLowerCase() : 'bad-request',
        status,
        title: TITLES[status] ?? 'Yêu cầu không hợp lệ',
        detail: (error.code && FRAMEWORK_DETAILS[error.code]) || error.message,
      });
    });
  },
  { name: 'problems' },
);

/**
 * Errors the router raises before any route or hook runs (a path that is not valid percent-encoding,
 * a path parameter longer than the router allows): Fastify answers them itself, in its own JSON
 * shape, unless the server is given this as `frameworkErrors`.
 */
export function frameworkErrorProblem(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  sendProblem(reply, {
    slug: error.code ? error.code.toLowerCase() : 'bad-request',
    status,
    title: status === 414 ? 'Đường dẫn quá dài' : 'Đường dẫn không hợp lệ',
    detail: status === 414 ? 'Một phần của đường dẫn dài quá mức cho phép.' : 'Đường dẫn có ký tự mã hoá sai (%…).',
  });
}

/** The 404 of an unknown route, as a problem. */
export function notFoundProblem(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, {
    slug: 'not-found',
    status: 404,
    title: 'Không tìm thấy',
    detail: `Không có đường dẫn ${request.method} ${request.url.split('?')[0]}`,
  });
}

function contextLabel(context: string | undefined): string {
  switch (context) {
    case 'body':
      return 'nội dung gửi lên';
    case 'querystring':
      return 'tham số truy vấn';
    case 'params':
      return 'đường dẫn';
    case 'headers':
      return 'tiêu đề yêu cầu';
    default:
      return 'yêu cầu';
  }
}
