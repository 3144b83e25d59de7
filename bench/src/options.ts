/** The benchmark's options: flags (`pnpm bench -- --scale 0.05`) or BENCH_* variables, checked at start. */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const OptionsSchema = z.object({
  scale: z.coerce
    .number({ error: 'scale must be a number' })
    .positive({ error: 'scale must be above 0' })
    .max(1, { error: 'scale must be at most 1 (1 = national: 1,000,000 activities)' })
    .default(1),
  duration: z.coerce.number().int().min(1, { error: 'duration is whole seconds, at least 1' }).default(8),
  connections: z.coerce.number().int().min(1).max(1000).default(50),
  coldWindows: z.coerce.number().int().min(1).max(500).default(200),
  naiveWindows: z.coerce.number().int().min(0).max(500).default(10),
  budget: z.coerce.number().positive({ error: 'budget is seconds per cold series, above 0' }).default(120),
  scales: z
    .string()
    .default('demo,national')
    .transform((s) => s.split(',').map((x) => x.trim()))
    .pipe(z.array(z.enum(['demo', 'national'], { error: 'scales is a list of demo and national' })).min(1)),
  build: z.enum(['auto', 'always', 'never'], { error: 'build is auto, always or never' }).default('auto'),
  server: z.string().min(1).optional(),
  regenerate: z
    .union([z.boolean(), z.enum(['1', 'true', '0', 'false', ''])])
    .transform((v) => v === true || v === '1' || v === 'true')
    .default(false),
});
export type Options = z.infer<typeof OptionsSchema>;

const HELP = `pnpm bench [options]        (each option also as an environment variable, e.g. BENCH_SCALE=0.05)
  --scale N          share of the national dataset to generate, 0 < N <= 1 (default 1)
  --duration S       seconds of each autocannon run (default 8)
  --connections N    autocannon connections (default 50)
  --cold-windows N   distinct windows per endpoint and scale for the cold-cache latency (default 200)
  --naive-windows N  of those, how many also run the naive full-scan queries (default 10)
  --budget S         time limit of each cold-cache series, in seconds (default 120)
  --scales LIST      demo,national (default both)
  --build MODE       auto (rebuild apps/api/dist when older than its sources), always, never
  --server FILE      another built server to measure (e.g. an older checkout's apps/api/dist/server.js); no build
  --regenerate       generate the national dataset again even when a cached copy exists`;

export function readOptions(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Options {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: {
      scale: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      'cold-windows': { type: 'string' },
      'naive-windows': { type: 'string' },
      budget: { type: 'string' },
      scales: { type: 'string' },
      build: { type: 'string' },
      server: { type: 'string' },
      regenerate: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const parsed = OptionsSchema.safeParse({
    scale: values.scale ?? env.BENCH_SCALE,
    duration: values.duration ?? env.BENCH_DURATION,
    connections: values.connections ?? env.BENCH_CONNECTIONS,
    coldWindows: values['cold-windows'] ?? env.BENCH_COLD_WINDOWS,
    naiveWindows: values['naive-windows'] ?? env.BENCH_NAIVE_WINDOWS,
    budget: values.budget ?? env.BENCH_BUDGET,
    scales: values.scales ?? env.BENCH_SCALES,
    build: values.build ?? env.BENCH_BUILD,
    server: values.server ?? env.BENCH_SERVER,
    regenerate: values.regenerate ?? env.BENCH_REGENERATE,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    console.error(`Bad benchmark options:\n${lines.join('\n')}\n\n${HELP}`);
    process.exit(2);
  }
  return parsed.data;
}
