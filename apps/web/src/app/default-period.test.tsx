import { formatDate, SEED_PERIOD, todayInVietnam } from '@danvan/domain';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPeriodFor, setDefaultPeriod } from '@/lib/period';
import { adminSessionFixture, coverageFixture, demoHealthFixture } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { mockFetch } from '@/testing/test-utils';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => setDefaultPeriod(SEED_PERIOD));

function openHome(demo: boolean) {
  const { calls } = mockFetch({
    '/api/v1/auth/me': [{ body: adminSessionFixture }],
    '/api/v1/health': [{ body: { ...demoHealthFixture, demo } }],
    '/api/v1/stats/coverage': [{ body: coverageFixture }],
  });
  renderApp('/');
  return calls;
}

describe('the period pages open on', () => {
  it("is the seed's with the demo data, and the last six months up to today with real data", () => {
    expect(defaultPeriodFor(true, '2026-12-06')).toEqual(SEED_PERIOD);
    expect(defaultPeriodFor(false, '2026-12-06')).toEqual({ from: '2026-07-01', to: '2026-12-06' });
    expect(defaultPeriodFor(false, '2027-03-01')).toEqual({ from: '2026-10-01', to: '2027-03-01' });
  });

  it("opens the home page of a deployment with real data on the recent months, not on the seed's", async () => {
    const calls = openHome(false);
    const { from, to } = defaultPeriodFor(false, todayInVietnam());
    expect(await screen.findByText(`Từ ${formatDate(from)} đến ${formatDate(to)}`)).toBeInTheDocument();
    await waitFor(() => expect(calls).toContain(`/api/v1/stats/coverage?from=${from}&to=${to}`));
    expect(calls.filter((c) => c.includes(SEED_PERIOD.from))).toEqual([]);
  });

  it("opens the demo's home page on the seed's period", async () => {
    const calls = openHome(true);
    expect(await screen.findByText('Từ 10/09/2021 đến 18/03/2022')).toBeInTheDocument();
    await waitFor(() => expect(calls).toContain('/api/v1/stats/coverage?from=2021-09-10&to=2022-03-18'));
  });
});
