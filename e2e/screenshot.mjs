/**
 * Takes a screenshot of a page: node screenshot.mjs URL OUT.png [width] [height]; FULL=0 for the viewport only;
 * LOGIN=admin (or another demo account) signs in first, with the demo password or PASSWORD.
 */
import { chromium } from '@playwright/test';

const [, , url, out, width = '1280', height = '900'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, locale: 'vi-VN' });
if (process.env.LOGIN) {
  const res = await page.request.post(new URL('/api/v1/auth/login', url).href, {
    data: { username: process.env.LOGIN, password: process.env.PASSWORD ?? 'danvan-demo' },
  });
  if (!res.ok()) throw new Error(`Sign-in as ${process.env.LOGIN} failed: ${res.status()}`);
}
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();
