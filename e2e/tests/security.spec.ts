import { expect, type Page, test } from '@playwright/test';

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
  test('the app loads and works under it, with nothing refused', async ({ page }) => {
    const refused = await watchCsp(page);
    const login = await page.request.post('/api/v1/auth/login', {
      data: { username: 'viewer', password: 'danvan-demo' },
    });
    expect(login.ok()).toBe(true);
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.getByTestId('stat-visits-value')).toHaveText('115');
    expect(refused).toEqual([]);
  });

  test('the API documentation loads under it, with nothing refused', async ({ page }) => {
    const refused = await watchCsp(page);
    await page.goto('/api/docs/');
    await expect(page.getByRole('heading', { name: /Dân vận cơ sở API/ })).toBeVisible();
    await expect(page.getByText('/api/v1/auth/login').first()).toBeVisible();
    expect(refused).toEqual([]);
  });

  test('the API refuses an anonymous request with a 401 problem', async ({ request }) => {
    const res = await request.get('/api/v1/stats/coverage');
    expect(res.status()).toBe(401);
    expect(res.headers()['content-type']).toContain('application/problem+json');
  });
});
