/**
 * The OpenAPI 3.1 document, generated from the routes' zod schemas (so validation, serialisation
 * and documentation cannot disagree), served at /api/v1/openapi.json, and the interactive docs at
 * /api/docs.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { APP_VERSION } from '../version.js';
import { SESSION_COOKIE } from './auth.js';

export const OPENAPI_PATH = '/api/v1/openapi.json';

export default fp(
  async function openapi(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Dân vận cơ sở API',
          version: APP_VERSION,
          description:
            'API của hệ thống theo dõi hoạt động của các chi, đảng bộ cơ sở với nhân dân tại xã được phân công. ' +
            'Mọi lỗi trả về dạng RFC 9457 (application/problem+json). Sửa và xoá cần If-Match với ETag đã đọc. ' +
            'Danh sách có phân trang (limit, page), sắp xếp (sort), lọc, tìm kiếm không dấu (q) và tải CSV (format=csv). ' +
            'Xác thực: token API trong tiêu đề `Authorization: Bearer dvcs_…` (do quản trị cấp), hoặc cookie phiên ' +
            '`danvan_session` sau POST /api/v1/auth/login; yêu cầu ghi dùng cookie phải gửi kèm `x-csrf-token`.',
          license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
          contact: { name: 'Ban Dân vận, Đảng ủy Khối' },
        },
        servers: [{ url: '/', description: 'Máy chủ hiện tại' }],
        components: {
          securitySchemes: {
            session: {
              type: 'apiKey',
              in: 'cookie',
              name: SESSION_COOKIE,
              description:
                'Phiên trình duyệt sau POST /api/v1/auth/login. Yêu cầu ghi cần thêm tiêu đề x-csrf-token với csrfToken của phiên.',
            },
            bearer: {
              type: 'http',
              scheme: 'bearer',
              description: 'Token API (dvcs_…) do quản trị cấp: chỉ đọc, hoặc ghi dữ liệu của một đơn vị.',
            },
          },
        },
        tags: [
          { name: 'Hệ thống', description: 'Tình trạng máy chủ' },
          { name: 'Tài khoản', description: 'Đăng nhập, phiên và tài khoản người dùng' },
          { name: 'Token API', description: 'Token cho các hệ thống tích hợp' },
          { name: 'Số liệu', description: 'Số liệu tổng hợp của bảng điều khiển' },
          {
            name: 'Báo cáo',
            description: 'Báo cáo định kỳ (Word theo thể thức văn bản của Đảng, Excel) và cài đặt báo cáo',
          },
          { name: 'Văn bản', description: 'Văn bản chỉ đạo và định mức' },
          { name: 'Đơn vị', description: 'Chi, đảng bộ cơ sở' },
          { name: 'Xã', description: 'Xã, phường, thị trấn' },
          { name: 'Phân công', description: 'Phân công đơn vị phụ trách xã, có thời hạn' },
          { name: 'Hoạt động', description: 'Hoạt động với nhân dân tại cơ sở' },
          { name: 'Đóng góp', description: 'Tiền mặt, hiện vật, ngày công' },
          { name: 'Ảnh minh chứng', description: 'Ảnh minh chứng của hoạt động, kèm chú thích' },
          { name: 'Kế hoạch', description: 'Kế hoạch hoạt động theo tháng' },
          { name: 'Khó khăn', description: 'Khó khăn, vướng mắc và kiến nghị' },
          { name: 'Khoá sổ', description: 'Khoá sổ số liệu theo tháng' },
          { name: 'Nhập dữ liệu', description: 'Nhập hoạt động và đóng góp từ tệp Excel hoặc CSV' },
          { name: 'Nhật ký', description: 'Nhật ký thay đổi (chỉ đọc)' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    // The documentation is public: every route of the UI (its page, scripts, styles and spec copy).
    await app.register(async (docs) => {
      docs.addHook('onRoute', (route) => {
        route.config = { ...route.config, access: 'public' };
      });
      await docs.register(swaggerUi, {
        routePrefix: '/api/docs',
        uiConfig: { docExpansion: 'list', deepLinking: true },
      });
    });
    app.get(OPENAPI_PATH, { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
