/** The load run's options: flags (`pnpm load -- --duration 5`) or LOAD_* variables, checked at start. */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const OptionsSchema = z.object({
  connections: z.coerce.number().int().min(1).max(1000).default(200),
  duration: z.coerce.number().int().min(1, { error: 'duration is whole seconds, at least 1' }).default(60),
  editors: z.coerce.number().int().min(0).max(200).default(20),
  records: z.coerce.number().int().min(1).max(50).default(4),
  writers: z.coerce.number().int().min(1).max(50).default(8),
  timeout: z.coerce.number().int().min(1).max(600).default(30),
  port: z.coerce.number().int().min(0).max(65_535).default(0),
  build: z.enum(['auto', 'always', 'never'], { error: 'build is auto, always or never' }).default('auto'),
  server: z.string().min(1).optional(),
});
export type LoadOptions = z.infer<typeof OptionsSchema>;

const FLAGS = Object.keys(OptionsSchema.shape) as (keyof LoadOptions)[];

const HELP = `pnpm load [options]        (each option also as an environment variable, e.g. LOAD_DURATION=5)
  --connections N   autocannon connections held open, each looping over the request mix (default 200)
  --duration S      seconds of load, counted once every connection is open (default 60)
  --editors N       concurrent editors of the same records with If-Match (default 20; 0: none)
  --records N       how many records the editors share (default 4)
  --writers N       units with a write token that create activities (default 8)
  --timeout S       seconds after which a request without an answer counts as an error (default 30)
  --port N          the server's port on 127.0.0.1 (default 0: any free port)
  --build MODE      auto (rebuild apps/api/dist when older than its sources), always, never
  --server FILE     load another built server.js instead (no build)`;

export function readLoadOptions(
  argv: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): LoadOptions {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: {
      ...(Object.fromEntries(FLAGS.map((flag) => [flag, { type: 'string' }])) as Record<
        keyof LoadOptions,
        { type: 'string' }
      >),
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const parsed = OptionsSchema.safeParse(
    Object.fromEntries(FLAGS.map((flag) => [flag, values[flag] ?? env[`LOAD_${flag.toUpperCase()}`]])),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    console.error(`Bad load options:\n${lines.join('\n')}\n\n${HELP}`);
    process.exit(2);
  }
  return parsed.data;
}
