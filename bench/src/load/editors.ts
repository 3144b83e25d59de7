/**
 * Concurrent editors of the same few records: each reads a record, appends its own token to the
 * description and adds 1 to the beneficiaries, and sends that with the ETag it read. A 412 means
 * someone else got there first: it reads again and retries the same token. Half the editors are the
 * owning unit's write token, half the admin's session.
 */
import type { Api, Credentials } from './client.js';
import type { Acknowledged, RecordState, Unanswered } from './lost-updates.js';

/** The description's maximum length (ActivityPatchSchema); a record this full takes no more tokens. */
const DESCRIPTION_MAX = 10_000;
/** Attempts of one token before the editor gives it up (a run that needs this many has a problem). */
const MAX_ATTEMPTS = 200;

export interface EditorTotals {
  /** Tokens an editor set out to write. */
  attempted: number;
  acknowledged: Acknowledged[];
  /** 412 answers: another editor changed the record between this one's read and write. */
  conflicts: number;
  unanswered: Unanswered[];
  /** Tokens given up after MAX_ATTEMPTS conflicts. */
  givenUp: number;
  /** Answers that should not happen (5xx, or any status but 200 and 412), with an example each. */
  errors: Map<string, { count: number; example: string }>;
  /** Reads before a write. */
  reads: number;
  latencies: number[];
}

export interface EditorsOptions {
  editors: number;
  deadline: number;
}

function noteError(totals: EditorTotals, key: string, example: string): void {
  const entry = totals.errors.get(key) ?? { count: 0, example };
  entry.count++;
  totals.errors.set(key, entry);
}

export function emptyTotals(): EditorTotals {
  return {
    attempted: 0,
    acknowledged: [],
    conflicts: 0,
    unanswered: [],
    givenUp: 0,
    errors: new Map(),
    reads: 0,
    latencies: [],
  };
}

/** Runs the editors until the deadline (or until every record is full), counting into `totals`. */
export async function runEditors(
  api: Api,
  records: readonly RecordState[],
  credentials: readonly Credentials[],
  options: EditorsOptions,
  totals: EditorTotals = emptyTotals(),
): Promise<EditorTotals> {
  const full = new Set<number>();
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      totals.latencies.push(performance.now() - started);
    }
  };

  const editor = async (index: number) => {
    const who = credentials[index % credentials.length]!;
    for (let seq = 0; Date.now() < options.deadline && full.size < records.length; seq++) {
      const open = records.filter((r) => !full.has(r.id));
      const record = open[(index + seq) % open.length]!;
      const token = `${index.toString(36)}.${seq.toString(36)}`;
      totals.attempted++;
      let done = false;
      for (let attempt = 0; attempt < MAX_ATTEMPTS && !done && Date.now() < options.deadline; attempt++) {
        let current: RecordState;
        try {
          const read = await timed(() => api.call<RecordState>('GET', `/activities/${record.id}`, who));
          totals.reads++;
          if (read.status !== 200 || read.version === null) {
            noteError(totals, `GET ${read.status}`, JSON.stringify(read.body).slice(0, 300));
            break;
          }
          current = read.body;
        } catch (error) {
          noteError(totals, `GET no answer`, (error as Error).message);
          break;
        }
        const description = current.description ? `${current.description} ${token}` : token;
        if (description.length > DESCRIPTION_MAX) {
          full.add(record.id);
          totals.attempted--;
          break;
        }
        try {
          const write = await timed(() =>
            api.call<RecordState>('PATCH', `/activities/${record.id}`, who, {
              ifMatch: current.version,
              body: { description, beneficiaries: current.beneficiaries + 1 },
            }),
          );
          if (write.status === 200 && write.version !== null) {
            totals.acknowledged.push({ record: record.id, token, version: write.version });
            done = true;
          } else if (write.status === 412) {
            totals.conflicts++;
          } else {
            noteError(totals, `PATCH ${write.status}`, JSON.stringify(write.body).slice(0, 300));
            break;
          }
        } catch (error) {
          // Sent, but no answer: it may have been committed; the final check will tell.
          totals.unanswered.push({ record: record.id, token });
          noteError(totals, 'PATCH no answer', (error as Error).message);
          break;
        }
        if (!done && attempt === MAX_ATTEMPTS - 1) totals.givenUp++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.editors }, (_, i) => editor(i)));
  return totals;
}
