import type { CoverageStats } from '@danvan/domain';
import type { Page } from '@playwright/test';
import { accounts, expect, PERIOD_QUERY, test } from '../fixtures';
import { HomePage } from '../pages';

/** Collects what the Content Security Policy refuses: console messages and violation events. */
async function watchCsp(page: Page): Promise<string[]> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Refused to')) refused.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => refused.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return refused;
}

test.describe('Content Security Policy', () => {
  test('the app loads and works under it, with nothing refused', async ({ page, api }) => {
    const stats = await (await api('viewer')).get<CoverageStats>(`/stats/coverage?${PERIOD_QUERY}`);
    const refused = await watchCsp(page);
    // Signed in by hand, not with `role`: the anonymous test below shares the describe.
    const { username, password } = accounts.viewer;
    expect((await page.request.post('/api/v1/auth/login', { data: { username, password } })).ok()).toBe(true);
    const response = await page.goto(`/?${PERIOD_QUERY}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await new HomePage(page).expectFigures(stats);
    expect(refused).toEqual([]);
  });

  test('the API documentation loads under it, with nothing refused', async ({ page }) => {
    const refused = await watchCsp(page);
    await page.goto('/api/docs/');
    // Swagger UI fetches and renders the whole OpenAPI document first: seconds on a busy machine.
    await expect(page.getByRole('heading', { name: /Dân vận cơ sở API/ })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('/api/v1/auth/login').first()).toBeVisible();
    expect(refused).toEqual([]);
  });

  test('the API refuses an anonymous request with a 401 problem', async ({ request }) => {
    const res = await request.get('/api/v1/stats/coverage');
    expect(res.status()).toBe(401);
    expect(res.headers()['content-type']).toContain('application/problem+json');
  });
});
