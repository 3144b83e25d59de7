import { HealthSchema } from '@danvan/domain';
import { describe, expect, it } from 'vitest';
import { demoHealthFixture } from '@/testing/fixtures';
import { mockFetch } from '@/testing/test-utils';
import { ApiError, apiClient, buildUrl } from './api-client';

const HEALTH = '/api/v1/health';

async function healthError(): Promise<ApiError> {
  const error = await apiClient.get('/health', { schema: HealthSchema }).catch((e: unknown) => e);
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

  it('returns the body once it matches the schema', async () => {
    mockFetch({ [HEALTH]: [{ body: demoHealthFixture }] });
    await expect(apiClient.get('/health', { schema: HealthSchema })).resolves.toEqual(demoHealthFixture);
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

  it('rejects an answer that breaks the contract', async () => {
    mockFetch({ [HEALTH]: [{ body: { status: 'ok' } }] });
    const error = await healthError();
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
  });
});
