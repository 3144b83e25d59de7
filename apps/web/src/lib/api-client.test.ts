import type { Health } from '@danvan/domain';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { demoHealthFixture, problemReply } from '@/testing/fixtures';
import { mockFetch } from '@/testing/test-utils';
import {
  type ApiClientConfig,
  ApiError,
  apiClient,
  buildUrl,
  configureApiClient,
  messageForStatus,
  parseRetryAfter,
} from './api-client';

const HEALTH = '/api/v1/health';

async function healthError(): Promise<ApiError> {
  const error = await apiClient.get<Health>('/health').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('apiClient', () => {
  it('builds URLs under /api/v1 and leaves out empty parameters', () => {
    expect(buildUrl('/stats/coverage', { from: '2021-09-10', to: '2022-03-18', unitId: undefined })).toBe(
      '/api/v1/stats/coverage?from=2021-09-10&to=2022-03-18',
    );
    expect(buildUrl('/health')).toBe('/api/v1/health');
  });

  it('returns the JSON body', async () => {
    mockFetch({ [HEALTH]: [{ body: demoHealthFixture }] });
    await expect(apiClient.get<Health>('/health')).resolves.toEqual(demoHealthFixture);
  });

  it('turns problem+json into an ApiError with its status, title, detail and field errors', async () => {
    mockFetch({
      [HEALTH]: [
        {
          status: 400,
          contentType: 'application/problem+json',
          body: {
            type: 'https://danvan.local/problems/validation',
            title: 'Dữ liệu không hợp lệ',
            status: 400,
            detail: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc',
            errors: [{ path: 'to', message: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc' }],
          },
        },
      ],
    });
    const error = await healthError();
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      title: 'Dữ liệu không hợp lệ',
      detail: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc',
      errors: [{ path: 'to', message: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc' }],
    });
  });

  it('gives a Vietnamese title when the error response is not a problem document', async () => {
    mockFetch({ [HEALTH]: [{ status: 502, contentType: 'text/html', body: '<html>Bad Gateway</html>' }] });
    const error = await healthError();
    expect(error).toMatchObject({ kind: 'http', status: 502, title: expect.stringContaining('Máy chủ') });
  });

  it('reports a network failure in Vietnamese, with status 0', async () => {
    mockFetch({ [HEALTH]: [new TypeError('Failed to fetch')] });
    const error = await healthError();
    expect(error).toMatchObject({ kind: 'network', status: 0, title: 'Không kết nối được máy chủ' });
  });

  it('rejects a successful answer that is not JSON', async () => {
    mockFetch({
      [HEALTH]: [{ status: 200, contentType: 'text/html', text: '<html>Trang đăng nhập của proxy</html>' }],
    });
    const error = await healthError();
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
  });

  it('keeps its own title when a JSON error is not a problem document', async () => {
    mockFetch({
      [HEALTH]: [{ status: 400, contentType: 'application/json', body: { error: 'Bad Request', title: 42 } }],
    });
    const error = await healthError();
    expect(error).toMatchObject({ kind: 'http', status: 400, errors: [] });
    expect(error.title).toBe(messageForStatus(400));
    expect(error.detail).toBeUndefined();
  });
});

describe('apiClient and the session', () => {
  function configure(config: ApiClientConfig) {
    onTestFinished(configureApiClient(config));
  }

  it('sends the CSRF token of the session with every write, as JSON', async () => {
    const { requests } = mockFetch({ '/api/v1/activities': [{ status: 201, body: demoHealthFixture }] });
    configure({ getCsrfToken: () => 'csrf-123' });
    await apiClient.post('/activities', { body: { title: 'Tặng quà' } });
    await apiClient.patch('/activities/1', { body: { title: 'Tặng quà Tết' } });
    await apiClient.delete('/activities/1');

    expect(requests.map((r) => [r.method, r.headers['x-csrf-token']])).toEqual([
      ['POST', 'csrf-123'],
      ['PATCH', 'csrf-123'],
      ['DELETE', 'csrf-123'],
    ]);
    expect(requests[0]).toMatchObject({
      headers: { 'content-type': 'application/json' },
      body: { title: 'Tặng quà' },
    });
  });

  it('sends no CSRF token with reads, nor when there is no session', async () => {
    const { requests } = mockFetch({ [HEALTH]: [{ body: demoHealthFixture }], '/api/v1/auth/login': [{ body: {} }] });
    configure({ getCsrfToken: () => 'csrf-123' });
    await apiClient.get<Health>('/health');
    configure({ getCsrfToken: () => undefined });
    await apiClient.post('/auth/login', { body: {} });
    expect(requests.map((r) => r.headers['x-csrf-token'])).toEqual([undefined, undefined]);
  });

  it('reports every 401 to the one handler, unless the request handles it itself', async () => {
    mockFetch({ [HEALTH]: [problemReply(401, 'Chưa đăng nhập')] });
    const onUnauthorized = vi.fn();
    configure({ onUnauthorized });

    await expect(apiClient.get<Health>('/health')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized.mock.calls[0]?.[0]).toBeInstanceOf(ApiError);

    await expect(apiClient.get<Health>('/health', { skipUnauthorizedHandler: true })).rejects.toMatchObject({
      status: 401,
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not call the 401 handler for other errors', async () => {
    mockFetch({ [HEALTH]: [problemReply(403, 'Không có quyền')] });
    const onUnauthorized = vi.fn();
    configure({ onUnauthorized });
    await expect(apiClient.get<Health>('/health')).rejects.toMatchObject({ status: 403 });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('accepts an empty 204 answer', async () => {
    mockFetch({ '/api/v1/auth/logout': [{ status: 204 }] });
    await expect(apiClient.post('/auth/logout')).resolves.toBeUndefined();
  });

  it('reads how long to wait from a 429', async () => {
    mockFetch({ [HEALTH]: [problemReply(429, 'Quá nhiều yêu cầu', { headers: { 'retry-after': '120' } })] });
    const error = await healthError();
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 120 });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds or an HTTP date, and ignores anything else', () => {
    const now = Date.parse('2022-03-18T08:00:00Z');
    expect(parseRetryAfter('90', now)).toBe(90);
    expect(parseRetryAfter('Fri, 18 Mar 2022 08:05:00 GMT', now)).toBe(300);
    expect(parseRetryAfter('Fri, 18 Mar 2022 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('sớm thôi', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
