/**
 * Property-based fuzzing of every registered route (see test/fuzz/fuzzer.ts for what is checked).
 * The suite runs a bounded number of cases (FUZZ_RUNS, default 800, shared by the routes);
 * `pnpm fuzz` runs a long one. A failure prints the seed: FUZZ_SEED=… replays the same cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fuzzer, summariseFailures } from './fuzz/fuzzer.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 800);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

describe('fuzzing every route', () => {
  let fuzzer: Fuzzer;
  beforeAll(async () => {
    fuzzer = await Fuzzer.create();
  });
  afterAll(() => fuzzer.t.close());

  it('never answers 5xx, answers every 4xx as a problem, and refused requests change nothing', async () => {
    // Printed first, so that a run that dies or hangs can still be replayed with FUZZ_SEED.
    const seed = SEED ?? Date.now() % 2 ** 31;
    console.info(`fuzz: ${RUNS} cases, FUZZ_SEED=${seed}`);
    const report = await fuzzer.run({
      runs: RUNS,
      seed,
      ...(process.env.FUZZ_ONLY ? { only: process.env.FUZZ_ONLY } : {}),
      ...(process.env.FUZZ_EXCEPT ? { except: process.env.FUZZ_EXCEPT } : {}),
    });
    const failures = summariseFailures(report.failures);
    if (failures.length > 0) console.error(`seed ${report.seed}:\n${failures.join('\n\n')}`);
    expect(report.routes).toBeGreaterThan(70);
    expect(report.cases).toBeGreaterThanOrEqual(Math.min(RUNS, report.routes));
    expect(failures, `FUZZ_SEED=${report.seed}`).toEqual([]);
  }, 600_000);
});
