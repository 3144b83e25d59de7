/** Takes a screenshot of a page: node screenshot.mjs URL OUT.png [width] [height]; FULL=0 for the viewport only. */
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
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();
