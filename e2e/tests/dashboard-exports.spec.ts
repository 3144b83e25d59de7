/**
 * Issue 7 on the dashboards: a table's download button gives a file named after the table and the period,
 * holding every row of the table (not the page on screen) with the figures of the stats API.
 */
import { readFile } from 'node:fs/promises';
import type { ComplianceStats } from '@danvan/domain';
import { expect, PERIOD, PERIOD_IN_FILE_NAMES, PERIOD_QUERY, test } from '../fixtures';
import { CoveragePage, SLOW } from '../pages';

test.describe('Tải bảng số liệu về', () => {
  test.use({ role: 'viewer', actionTimeout: 20_000, navigationTimeout: 30_000 });

  test('the units × months matrix downloads whole, as CSV named after the table and the period', async ({
    page,
    api,
  }) => {
    const stats = await (await api('viewer')).get<ComplianceStats>(
      `/stats/compliance?${PERIOD_QUERY}&limit=1000&sort=-visits`,
    );
    const coverage = new CoveragePage(page);
    await coverage.goto(`${PERIOD_QUERY}&unitSort=-visits`);
    // The matrix shows one page of 25 units; the file has them all (the demo's 77, or a smaller deployment's
    // few, when page and file hold the same rows).
    await expect(coverage.matrix.locator('tbody tr')).toHaveCount(Math.min(stats.total, 25), SLOW);
    const group = page.getByRole('group', { name: 'Tải bảng “Đơn vị × tháng” về' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('link', { name: 'Tải về CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Lượt của đơn vị theo tháng ${PERIOD_IN_FILE_NAMES}.csv`);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    const [year, month] = PERIOD.from.split('-');
    // The period's first month, then any later ones (none for a one-month period), then the totals.
    expect(lines[0]).toMatch(new RegExp(`^Mã đơn vị,Đơn vị,Khối,Tháng ${Number(month)}/${year},(.*,)?Tổng lượt,`));
    // Every unit, in the order on screen: each line starts with the unit's code.
    expect(lines).toHaveLength(stats.total + 1);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(stats.units.map((u) => u.code));
  });
});
