import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appendedTokens, checkEdits, editsFailed, type RecordState } from './lost-updates.js';

const start: RecordState[] = [
  { id: 7, version: 1, beneficiaries: 10, description: 'Bắt đầu.' },
  { id: 8, version: 3, beneficiaries: 0, description: '' },
];

describe('checkEdits', () => {
  it('passes when every acknowledged update is in and each moved the version and the counter by one', () => {
    const final: RecordState[] = [
      { id: 7, version: 4, beneficiaries: 13, description: 'Bắt đầu. 0.1 1.1 0.2' },
      { id: 8, version: 4, beneficiaries: 1, description: '2.1' },
    ];
    const verdict = checkEdits(
      start,
      final,
      [
        { record: 7, token: '0.1', version: 2 },
        { record: 7, token: '1.1', version: 3 },
        { record: 7, token: '0.2', version: 4 },
        { record: 8, token: '2.1', version: 4 },
      ],
      [],
    );
    assert.equal(editsFailed(verdict), false);
    assert.equal(verdict.acknowledged, 4);
    assert.deepEqual(
      verdict.records.map((r) => [r.id, r.acknowledged, r.present, r.versionDelta, r.counterDelta]),
      [
        [7, 3, 3, 3, 3],
        [8, 1, 1, 1, 1],
      ],
    );
  });

  it('finds the update that a second write built on the same read overwrote', () => {
    // Both editors read version 1; a server without the If-Match check acknowledges both.
    const final: RecordState[] = [
      { id: 7, version: 3, beneficiaries: 11, description: 'Bắt đầu. 1.1' },
      { id: 8, version: 3, beneficiaries: 0, description: '' },
    ];
    const verdict = checkEdits(
      start,
      final,
      [
        { record: 7, token: '0.1', version: 2 },
        { record: 7, token: '1.1', version: 2 },
      ],
      [],
    );
    assert.equal(editsFailed(verdict), true);
    assert.deepEqual(verdict.lost, [{ record: 7, token: '0.1', version: 2 }]);
    assert.deepEqual(verdict.sharedVersions, [{ record: 7, token: '1.1', version: 2 }]);
    assert.deepEqual(verdict.mismatches, [{ record: 7, what: 'version', expected: 1, actual: 2 }]);
  });

  it('counts every acknowledged token as lost when the text no longer starts as it did', () => {
    const final: RecordState[] = [
      { id: 7, version: 2, beneficiaries: 11, description: '0.1' },
      { id: 8, version: 3, beneficiaries: 0, description: '' },
    ];
    const verdict = checkEdits(start, final, [{ record: 7, token: '0.1', version: 2 }], []);
    assert.equal(verdict.lost.length, 1);
    assert.deepEqual(verdict.mismatches, [
      { record: 7, what: 'version', expected: 0, actual: 1 },
      { record: 7, what: 'counter', expected: 0, actual: 1 },
    ]);
  });

  it('reports a counter that moved differently from the tokens, and tokens nobody sent there', () => {
    const final: RecordState[] = [
      { id: 7, version: 3, beneficiaries: 11, description: 'Bắt đầu. 0.1 9.9' },
      { id: 8, version: 3, beneficiaries: 0, description: '' },
    ];
    const verdict = checkEdits(start, final, [{ record: 7, token: '0.1', version: 2 }], []);
    assert.deepEqual(verdict.phantoms, [{ record: 7, token: '9.9' }]);
    assert.deepEqual(verdict.mismatches, [{ record: 7, what: 'counter', expected: 2, actual: 1 }]);
    assert.equal(editsFailed(verdict), true);
  });

  it('accepts an unanswered update that was committed, and counts it', () => {
    const final: RecordState[] = [
      { id: 7, version: 3, beneficiaries: 12, description: 'Bắt đầu. 0.1 1.1' },
      { id: 8, version: 3, beneficiaries: 0, description: '' },
    ];
    const verdict = checkEdits(
      start,
      final,
      [{ record: 7, token: '0.1', version: 2 }],
      [
        { record: 7, token: '1.1' },
        { record: 8, token: '1.2' },
      ],
    );
    assert.equal(editsFailed(verdict), false);
    assert.equal(verdict.committedUnanswered, 1);
  });
});

describe('appendedTokens', () => {
  it('splits what was appended, or says the start was changed', () => {
    assert.deepEqual(appendedTokens('', 'a.1 b.2'), ['a.1', 'b.2']);
    assert.deepEqual(appendedTokens('Đầu', 'Đầu a.1'), ['a.1']);
    assert.deepEqual(appendedTokens('Đầu', 'Đầu'), []);
    assert.equal(appendedTokens('Đầu', 'Khác a.1'), null);
  });
});
