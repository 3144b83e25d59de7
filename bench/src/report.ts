/** Printing the figures: aligned tables, ratios against the hello-world baseline, the targets. */

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value < 10
    ? `${value.toFixed(2)} ms`
    : value < 1000
      ? `${value.toFixed(1)} ms`
      : `${(value / 1000).toFixed(2)} s`;
}

export function count(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '—';
}

export function ratio(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 100) return `${Math.round(value)}×`;
  return value >= 0.1 ? `${value.toFixed(value >= 10 ? 1 : 2)}×` : `${value.toPrecision(2)}×`;
}

export function percent(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(value < 0.1 ? 1 : 0)}%` : '—';
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

export interface Target {
  name: string;
  value: string;
  met: boolean;
}

export function targetLines(targets: readonly Target[]): string {
  return table(
    ['target', 'measured', 'result'],
    targets.map((t) => [t.name, t.value, t.met ? 'met' : 'NOT MET']),
  );
}
