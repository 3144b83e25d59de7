import { defineConfig, devices } from '@playwright/test';

/**
 * Runs against BASE_URL when given (any deployment); otherwise starts the real built server on a
 * throwaway database (see start-server.mjs) on E2E_PORT (default 3100). The accounts and the period the
 * tests read are set by the E2E_* variables of fixtures/accounts.ts; README.md tells how.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The HTML report is always written (playwright-report/, git-ignored): `pnpm run report` opens it.
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  timeout: 30_000,
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions: chromium } },
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        command: 'node start-server.mjs',
        url: `${baseURL}/api/v1/health`,
        env: { PORT: String(port) },
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
