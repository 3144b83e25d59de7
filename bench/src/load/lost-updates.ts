/**
 * Did concurrent read-modify-write edits with If-Match lose anything? Each editor appends its own
 * token to a record's description and adds 1 to its beneficiaries, sending the ETag it read. After
 * the run the final records must hold every acknowledged token, and each record's version and
 * counter must have moved by exactly the number of tokens it holds: one version per update.
 */

/** A contended record as it was before the editors started, or as it is after they stopped. */
export interface RecordState {
  id: number;
  version: number;
  beneficiaries: number;
  description: string;
}

/** An update the server acknowledged (200), with the version its answer carried. */
export interface Acknowledged {
  record: number;
  token: string;
  version: number;
}

/** An update sent without a usable answer (timeout, dropped connection): it may or may not be in. */
export interface Unanswered {
  record: number;
  token: string;
}

export interface RecordVerdict {
  id: number;
  acknowledged: number;
  /** Tokens appended since the start, as the final description holds them. */
  present: number;
  versionDelta: number;
  counterDelta: number;
}

export interface EditVerdict {
  records: RecordVerdict[];
  acknowledged: number;
  /** Acknowledged updates whose token is not in the final record. */
  lost: Acknowledged[];
  /** Two acknowledgements that carried the same version of one record (both built on the same read). */
  sharedVersions: Acknowledged[];
  /** Tokens in a final record that no editor sent there (or sent twice). */
  phantoms: { record: number; token: string }[];
  /** Records whose version or counter did not move by the number of updates they hold. */
  mismatches: { record: number; what: 'version' | 'counter'; expected: number; actual: number }[];
  /** Unanswered updates that turned out to be committed. */
  committedUnanswered: number;
}

/** The tokens appended to `initial` to make `final` (space-separated, in order). */
export function appendedTokens(initial: string, final: string): string[] | null {
  if (!final.startsWith(initial)) return null;
  return final.slice(initial.length).split(' ').filter(Boolean);
}

export function checkEdits(
  initial: readonly RecordState[],
  final: readonly RecordState[],
  acknowledged: readonly Acknowledged[],
  unanswered: readonly Unanswered[],
): EditVerdict {
  const finalById = new Map(final.map((r) => [r.id, r]));
  const verdict: EditVerdict = {
    records: [],
    acknowledged: acknowledged.length,
    lost: [],
    sharedVersions: [],
    phantoms: [],
    mismatches: [],
    committedUnanswered: 0,
  };
  for (const start of initial) {
    const end = finalById.get(start.id);
    if (!end) throw new Error(`record ${start.id} has no final state`);
    const acks = acknowledged.filter((a) => a.record === start.id);
    const sent = new Set([
      ...acks.map((a) => a.token),
      ...unanswered.filter((u) => u.record === start.id).map((u) => u.token),
    ]);
    const tokens = appendedTokens(start.description, end.description);
    // A description that no longer starts with what it was: every acknowledged token counts as lost.
    const held = new Set(tokens ?? []);
    for (const ack of acks) if (!held.has(ack.token)) verdict.lost.push(ack);
    const seen = new Set<string>();
    for (const token of tokens ?? []) {
      if (!sent.has(token) || seen.has(token)) verdict.phantoms.push({ record: start.id, token });
      seen.add(token);
    }
    verdict.committedUnanswered += unanswered.filter((u) => u.record === start.id && held.has(u.token)).length;
    const versions = new Map<number, Acknowledged>();
    for (const ack of acks) {
      if (versions.has(ack.version)) verdict.sharedVersions.push(ack);
      versions.set(ack.version, ack);
    }
    const present = tokens?.length ?? 0;
    const versionDelta = end.version - start.version;
    const counterDelta = end.beneficiaries - start.beneficiaries;
    if (versionDelta !== present)
      verdict.mismatches.push({ record: start.id, what: 'version', expected: present, actual: versionDelta });
    if (counterDelta !== present)
      verdict.mismatches.push({ record: start.id, what: 'counter', expected: present, actual: counterDelta });
    verdict.records.push({ id: start.id, acknowledged: acks.length, present, versionDelta, counterDelta });
  }
  return verdict;
}

/** Whether the verdict shows any update lost or any record out of step. */
export function editsFailed(verdict: EditVerdict): boolean {
  return (
    verdict.lost.length > 0 ||
    verdict.sharedVersions.length > 0 ||
    verdict.phantoms.length > 0 ||
    verdict.mismatches.length > 0
  );
}
