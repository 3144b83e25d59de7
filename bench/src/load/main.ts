/**
 * pnpm load: the real server under 200 concurrent connections for 60 s on a mix of reads and writes
 * (autocannon), while 20 editors change the same few records with If-Match. Exits 1 on any error
 * (5xx, an unexpected status, a socket error, a timeout) or any lost update. See docs/operations.md#load.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { ensureApiBuild } from '../api-build.js';
import { percentile } from '../http.js';
import { API_SERVER, BENCH_HOME } from '../paths.js';
import { count, ms, table } from '../report.js';
import { residentMiB, startApi } from '../servers.js';
import { Api, type Credentials } from './client.js';
import { emptyTotals, runEditors } from './editors.js';
import { checkEdits, editsFailed, type RecordState } from './lost-updates.js';
import { KINDS, type Kind, Mix } from './mix.js';
import { readLoadOptions } from './options.js';
import { LOAD_MARK, prepare } from './setup.js';

const log = (line: string) => console.log(line);
/** How long the connections may take to open before the load starts anyway. */
const CONNECTING_LIMIT_S = 120;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

/** Lines the server logged at level error or fatal (pino: 50, 60). */
function serverErrors(logFile: string): string[] {
  return readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => /"level":(50|60)\b/.test(line));
}

async function main() {
  const options = readLoadOptions();
  log(
    `pnpm load — ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, ` +
      `Node ${process.version}, load average ${load()}`,
  );
  log(
    `${options.connections} connections × ${options.duration} s, ${options.editors} editors on ${options.records} records, ` +
      `timeout ${options.timeout} s`,
  );
  const server = options.server ? resolve(options.server) : API_SERVER;
  if (options.server) log(`Server under test: ${server}`);
  else ensureApiBuild(options.build, log);
  if (options.port && !(await portIsFree(options.port))) throw new Error(`port ${options.port} is taken`);

  const dataDir = mkdtempSync(join(tmpdir(), 'danvan-load-'));
  const api = await startApi(server, 'api-load', dataDir, true, options.port);
  let failed = true;
  try {
    log(
      `  server ready in ${ms(api.startupMs)} on ${api.url} (demo data in ${dataDir}), ${residentMiB(api.process.pid)} MiB`,
    );
    const client = new Api(api.url, options.timeout * 1000);
    const fixture = await prepare(client, options, log);
    const mix = new Mix(fixture);
    const editorCredentials: Credentials[] = [fixture.writers[0]!.who, fixture.admin];

    // The editors' connections, opened while the server is idle and kept alive (see Mix.phase).
    await Promise.all(
      Array.from({ length: options.editors }, () =>
        client.expect(200, 'GET', `/activities/${fixture.contended[0]!.id}`, fixture.reader),
      ),
    );

    log(`\n== load: ${options.connections} connections, ${options.duration} s (load average ${load()}) ==`);
    const opening = Date.now();
    // The promise of the results is also the run's event emitter, with stop() (its typings show one or the other).
    const instance = autocannon({
      url: api.url,
      connections: options.connections,
      // Stopped below, `duration` after every connection is open.
      duration: options.duration + CONNECTING_LIMIT_S,
      timeout: options.timeout,
      requests: mix.requests(),
    }) as Promise<autocannon.Result> & NodeJS.EventEmitter & { stop(): void };
    const connected = new Set<unknown>();
    const started = await new Promise<number>((done) => {
      const begin = () => {
        if (mix.phase !== 'connecting') return;
        clearTimeout(limit);
        mix.phase = 'load';
        done(Date.now());
      };
      const limit = setTimeout(begin, CONNECTING_LIMIT_S * 1000);
      // Each answer comes with the connection's client first (the typings leave it out).
      instance.on('response', (client: unknown) => {
        connected.add(client);
        if (connected.size >= options.connections) begin();
      });
    });
    log(
      `  ${connected.size} of ${options.connections} connections open and answered in ${ms(started - opening)} ` +
        `(${count(mix.pings.answers)} GET /health)`,
    );
    const loadBefore = loadavg()[0]!;
    const deadline = started + options.duration * 1000;
    const stopping = setTimeout(() => instance.stop(), options.duration * 1000);
    const editing = emptyTotals();
    const progress = setInterval(() => {
      const answered = [...mix.tallies.values()].reduce((sum, t) => sum + t.answers, 0);
      log(
        `  ${Math.round((Date.now() - started) / 1000)} s: ${count(answered)} answers, ` +
          `${count(editing.acknowledged.length)} edits acknowledged, load average ${load()}`,
      );
    }, 10_000);
    const [result, edits] = await Promise.all([
      instance,
      runEditors(client, fixture.contended, editorCredentials, { editors: options.editors, deadline }, editing),
    ]);
    const heldMs = Date.now() - started;
    clearTimeout(stopping);
    clearInterval(progress);
    const loadAfter = loadavg()[0]!;
    const rss = residentMiB(api.process.pid);

    // The state after the load, read back through the API.
    const final: RecordState[] = [];
    for (const record of fixture.contended)
      final.push((await client.expect<RecordState>(200, 'GET', `/activities/${record.id}`, fixture.admin)).body);
    const verdict = checkEdits(fixture.contended, final, edits.acknowledged, edits.unanswered);
    const totalOf = async (params: string) =>
      (
        await client.expect<{ total: number }>(
          200,
          'GET',
          `/activities?q=${encodeURIComponent(LOAD_MARK)}&from=2026-01-01&to=2026-12-31&limit=1&${params}`,
          fixture.reader,
        )
      ).body.total;
    const tally = (kind: Kind) => mix.tallies.get(kind)!;
    const stored = {
      created: (await totalOf('')) - fixture.contended.length,
      approved: await totalOf('status=approved'),
    };
    const health = await client.call<{ status: string }>('GET', '/health', null);
    client.close();
    await api.stop();
    const exitCode = api.process.exitCode;
    const logged = serverErrors(api.logFile);

    // Errors: whatever is not the answer the request should have had, or no answer at all.
    const errors = new Map<string, number>();
    const add = (key: string, n: number) => n > 0 && errors.set(key, (errors.get(key) ?? 0) + n);
    add('socket errors (autocannon, without timeouts)', result.errors - result.timeouts);
    add(`timeouts (no answer within ${options.timeout} s)`, result.timeouts);
    for (const [kind, t] of mix.tallies)
      for (const [status, n] of t.statuses) if (status !== KINDS[kind].expected) add(`${kind}: HTTP ${status}`, n);
    for (const [key, e] of edits.errors) add(`editors: ${key} (e.g. ${e.example.slice(0, 120)})`, e.count);
    add('connections that never had an answer while opening', options.connections - connected.size);
    add('GET /health while opening: not 200', mix.pings.unexpected);
    add('server log: error or fatal lines', logged.length);
    add('health after the load not ok', health.status === 200 ? 0 : 1);
    add('server exit code after SIGTERM not 0', exitCode === 0 ? 0 : 1);
    add('acknowledged creates not stored', Math.max(0, tally('create').expected - stored.created));
    add('acknowledged approvals not stored', Math.max(0, tally('approve').expected - stored.approved));
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    const lost = verdict.lost.length;

    const rows = (Object.keys(KINDS) as Kind[]).map((kind) => {
      const t = tally(kind);
      const others = [...t.statuses]
        .filter(([s]) => s !== KINDS[kind].expected)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
      return [
        `${kind}: ${KINDS[kind].what}`,
        count(t.sent),
        count(t.answers),
        `${KINDS[kind].expected}×${count(t.expected)}`,
        others || '—',
        ms(percentile(t.latencies, 50)),
        ms(percentile(t.latencies, 99)),
      ];
    });
    const editorRequests = edits.reads + edits.acknowledged.length + edits.conflicts + edits.unanswered.length;
    const all = [...mix.tallies.values()].flatMap((t) => t.latencies);
    const report = [
      `Requests held: ${options.connections} connections for ${(heldMs / 1000).toFixed(1)} s: ` +
        `${count(all.length)} answered, ${count(all.length / (heldMs / 1000))} requests/s ` +
        `(+ ${count(editorRequests)} by the editors); ${count(result.resets)} loops restarted ` +
        '(a step after one that failed, and the switch from opening to the mix)',
      `Latency (all the mix's answers): p50 ${ms(percentile(all, 50))}, p90 ${ms(percentile(all, 90))}, ` +
        `p99 ${ms(percentile(all, 99))}, max ${ms(all.reduce((a, b) => Math.max(a, b), 0))}`,
      `Load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after; server ${rss} MiB at the end`,
      '',
      table(['request', 'sent', 'answers', 'expected', 'other statuses', 'p50', 'p99'], rows),
      '',
      `Editors: ${options.editors} on records ${fixture.contended.map((r) => r.id).join(', ')}: ` +
        `${count(edits.attempted)} updates attempted, ${count(edits.acknowledged.length)} acknowledged, ` +
        `${count(edits.conflicts)} answered 412 and retried, ${count(edits.unanswered.length)} unanswered ` +
        `(${verdict.committedUnanswered} of them committed), ${edits.givenUp} given up; ` +
        `read-modify-write p50 ${ms(percentile(edits.latencies, 50))}, p99 ${ms(percentile(edits.latencies, 99))} per request`,
      table(
        ['record', 'acknowledged', 'tokens in it', 'versions added', 'counter added'],
        verdict.records.map((r) => [
          String(r.id),
          count(r.acknowledged),
          count(r.present),
          count(r.versionDelta),
          count(r.counterDelta),
        ]),
      ),
      `Updates lost: ${lost}; acknowledgements sharing a version: ${verdict.sharedVersions.length}; ` +
        `tokens nobody sent: ${verdict.phantoms.length}; records out of step: ${verdict.mismatches.length}`,
      `Stored afterwards: ${count(stored.created)} load activities (${count(tally('create').expected)} creates acknowledged), ` +
        `${count(stored.approved)} approved (${count(tally('approve').expected)} approvals acknowledged)`,
      '',
      errorCount === 0
        ? 'Errors: 0'
        : `Errors: ${errorCount}\n${[...errors].map(([k, n]) => `  ${k}: ${n}`).join('\n')}`,
    ].join('\n');
    log(`\n${report}`);
    if (logged.length > 0) log(`\nFirst server error line:\n${logged[0]!.slice(0, 2000)}`);

    const resultsDir = resolve(BENCH_HOME, 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = resolve(resultsDir, `load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          options,
          loadAverage: { before: loadBefore, after: loadAfter },
          opening: { ms: started - opening, connections: connected.size, pings: mix.pings },
          heldMs,
          autocannon: {
            requests: result.requests,
            latency: result.latency,
            errors: result.errors,
            timeouts: result.timeouts,
            resets: result.resets,
          },
          kinds: Object.fromEntries(
            [...mix.tallies].map(([k, t]) => [
              k,
              {
                sent: t.sent,
                answers: t.answers,
                expected: t.expected,
                statuses: Object.fromEntries(t.statuses),
                p50: percentile(t.latencies, 50),
                p99: percentile(t.latencies, 99),
              },
            ]),
          ),
          editors: {
            ...edits,
            acknowledged: edits.acknowledged.length,
            errors: Object.fromEntries(edits.errors),
            latencies: undefined,
          },
          verdict,
          stored,
          errors: Object.fromEntries(errors),
          report,
        },
        null,
        2,
      )}\n`,
    );
    log(`\nResults saved to ${file}`);
    failed = errorCount > 0 || editsFailed(verdict);
  } finally {
    await api.stop();
    // Kept for a look when something went wrong.
    if (failed) log(`Data folder kept: ${dataDir}; server log: ${api.logFile}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(`pnpm load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
