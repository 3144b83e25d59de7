import { describe, expect, it } from 'vitest';
import type { Period } from './dates.js';
import type { ActivityStatus } from './enums.js';
import {
  type ActivityFact,
  type AssignmentFact,
  assignedCommunes,
  assignedUnits,
  type ContributionFact,
  communeCoverage,
  complianceMatrix,
  countedActivities,
  countVisits,
  daysSinceLastActivity,
  distinctActiveUnits,
  fundingBreakdown,
  isAssignedOn,
  lastActivityByCommune,
  monthlyCompliance,
  onNormUnits,
  participantsByGroup,
} from './measures.js';

function act(
  id: number,
  communeId: number,
  unitIds: number[],
  startDate: string,
  status: ActivityStatus = 'approved',
  extra: Partial<ActivityFact> = {},
): ActivityFact {
  return { id, communeId, unitIds, startDate, status, ...extra };
}

function asg(unitId: number, communeId: number, validFrom: string, validTo: string | null = null): AssignmentFact {
  return { unitId, communeId, validFrom, validTo };
}

const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

/*
 * The main scenario. Period 10/9/2021 – 15/12/2021: September and December are partial months.
 *
 * Units and their assignments:
 *   unit 1 → commune 101 from 10/9/2021 (open); also → 107 from 1/11/2021 (never visited)
 *   unit 2 → commune 102 from 10/9/2021 (open); also → 106 from 10/9/2021 (reached only before the period)
 *   unit 3 → commune 103 from 15/10/2021: starts in the middle of the period
 *   unit 4 → commune 104 from 1/9/2021 to 10/11/2021: ends in the middle of the period
 *   unit 5 → commune 105 from 1/1/2020 to 5/9/2021: ended before the period
 */
const P: Period = { from: '2021-09-10', to: '2021-12-15' };

const assignments: AssignmentFact[] = [
  asg(1, 101, '2021-09-10'),
  asg(1, 107, '2021-11-01'),
  asg(2, 102, '2021-09-10'),
  asg(2, 106, '2021-09-10'),
  asg(3, 103, '2021-10-15'),
  asg(4, 104, '2021-09-01', '2021-11-10'),
  asg(5, 105, '2020-01-01', '2021-09-05'),
];

const activities: ActivityFact[] = [
  act(1, 101, [1], '2021-09-15', 'approved', {
    categories: ['duong_be_tong', 'tuyen_truyen'],
    participants: [
      { group: 'dang_vien', count: 10 },
      { group: 'nhan_dan', count: 30 },
    ],
  }),
  // Joint activity: two lượt. Unit 1 is not assigned to commune 102.
  act(2, 102, [2, 1], '2021-09-20', 'approved', {
    participants: [
      { group: 'dang_vien', count: 5 },
      { group: 'cong_chuc_vien_chuc', count: 3 },
    ],
  }),
  act(3, 104, [4], '2021-09-05', 'approved', { participants: [{ group: 'nhan_dan', count: 50 }] }), // before the period
  act(4, 101, [1], '2021-10-02', 'submitted', { participants: [{ group: 'dang_vien', count: 100 }] }),
  act(5, 102, [1], '2021-10-05'), // unit 1 in a commune it is not assigned to
  act(6, 102, [2], '2021-10-10', 'approved', { deleted: true }),
  act(7, 103, [3], '2021-10-14'), // the day before unit 3's assignment starts
  act(8, 103, [3], '2021-10-20', 'approved', {
    participants: [
      { group: 'doan_vien_hoi_vien', count: 12 },
      { group: 'dang_vien', count: 7 },
    ],
  }),
  act(9, 104, [4], '2021-10-25'),
  act(10, 101, [1], '2021-11-03'),
  act(11, 102, [2], '2021-11-30'),
  act(12, 104, [4], '2021-11-12'), // two days after unit 4's assignment ended
  act(13, 103, [3], '2021-11-10'),
  act(14, 101, [1], '2021-11-28'),
  act(15, 102, [2], '2021-12-15'), // the period's last day
  act(16, 103, [3], '2021-12-16'), // the day after the period
  act(17, 103, [3], '2021-12-10'),
  act(18, 102, [2], '2021-10-28'),
  act(19, 103, [3], '2021-11-20', 'returned'),
  act(20, 103, [3], '2021-12-05', 'draft'),
  act(21, 104, [4], '2021-11-08'),
  act(22, 104, [4], '2021-09-28'),
  act(23, 105, [5], '2021-11-15'), // unit 5 is active, but assigned nowhere in the period
  act(24, 106, [2], '2021-08-20'), // commune 106's only approved activity, before the period
  act(25, 106, [2], '2021-10-01', 'submitted'),
];

describe('countedActivities', () => {
  it('keeps only approved, not deleted activities that start in the period (both ends included)', () => {
    expect(countedActivities(activities, P).map((a) => a.id)).toEqual([
      1, 2, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 21, 22, 23,
    ]);
  });

  it('returns the activities themselves, with their extra fields', () => {
    const withTitle = [{ ...act(1, 101, [1], '2021-09-15'), title: 'Trồng cây xanh' }];
    expect(countedActivities(withTitle, P)[0]?.title).toBe('Trồng cây xanh');
  });

  it('each status but approved is left out', () => {
    const statuses: ActivityStatus[] = ['draft', 'submitted', 'approved', 'returned'];
    const list = statuses.map((s, i) => act(i + 1, 101, [1], '2021-10-01', s));
    expect(countedActivities(list, P).map((a) => a.id)).toEqual([3]);
  });
});

describe('countVisits (lượt)', () => {
  it('counts one lượt per organising unit of each counted activity', () => {
    // 17 counted activities, one of them (id 2) run jointly by two units.
    expect(countVisits(activities, P)).toBe(18);
  });

  it('a joint activity of two units is two lượt', () => {
    expect(countVisits([act(1, 101, [1, 2], '2021-10-01')], P)).toBe(2);
    expect(countVisits([act(1, 101, [1, 2, 3], '2021-10-01')], P)).toBe(3);
  });

  it('counts a whole month, including what the main period leaves out', () => {
    // September in full: ids 1, 2 (two units), 3, 22.
    expect(countVisits(activities, { from: '2021-09-01', to: '2021-09-30' })).toBe(5);
  });

  it('is zero with nothing counted', () => {
    expect(countVisits([], P)).toBe(0);
    expect(countVisits(activities, { from: '2022-01-01', to: '2022-01-31' })).toBe(0);
  });
});

describe('distinctActiveUnits', () => {
  it('lists every unit that organised a counted activity, assigned or not', () => {
    expect(sorted(distinctActiveUnits(activities, P))).toEqual([1, 2, 3, 4, 5]);
  });

  it('a unit counts once however many lượt it made', () => {
    expect(distinctActiveUnits(activities, { from: '2021-12-01', to: '2021-12-15' })).toEqual(new Set([2, 3]));
  });
});

describe('assignedUnits and assignedCommunes', () => {
  it('take the assignments that overlap the period', () => {
    expect(sorted(assignedUnits(assignments, P))).toEqual([1, 2, 3, 4]);
    expect(sorted(assignedCommunes(assignments, P))).toEqual([101, 102, 103, 104, 106, 107]);
  });

  it('follow the dates of each window', () => {
    const sep = { from: '2021-09-10', to: '2021-09-30' };
    expect(sorted(assignedUnits(assignments, sep))).toEqual([1, 2, 4]);
    expect(sorted(assignedCommunes(assignments, sep))).toEqual([101, 102, 104, 106]);
    const dec = { from: '2021-12-01', to: '2021-12-15' };
    expect(sorted(assignedUnits(assignments, dec))).toEqual([1, 2, 3]);
    expect(sorted(assignedCommunes(assignments, dec))).toEqual([101, 102, 103, 106, 107]);
  });

  it('an assignment ending on the first day or starting on the last day overlaps', () => {
    const list = [
      asg(1, 1, '2021-01-01', '2021-10-01'),
      asg(2, 2, '2021-10-31'),
      asg(3, 3, '2021-01-01', '2021-09-30'),
    ];
    const oct = { from: '2021-10-01', to: '2021-10-31' };
    expect(sorted(assignedUnits(list, oct))).toEqual([1, 2]);
    expect(sorted(assignedCommunes(list, oct))).toEqual([1, 2]);
  });
});

describe('isAssignedOn', () => {
  const list = [asg(4, 104, '2021-09-01', '2021-11-10'), asg(1, 101, '2021-09-10')];

  it('includes the first and the last day', () => {
    expect(isAssignedOn(list, 4, 104, '2021-09-01')).toBe(true);
    expect(isAssignedOn(list, 4, 104, '2021-11-10')).toBe(true);
    expect(isAssignedOn(list, 4, 104, '2021-08-31')).toBe(false);
    expect(isAssignedOn(list, 4, 104, '2021-11-11')).toBe(false);
  });

  it('an open assignment (validTo null) runs on without end', () => {
    expect(isAssignedOn(list, 1, 101, '2021-09-10')).toBe(true);
    expect(isAssignedOn(list, 1, 101, '2030-01-01')).toBe(true);
    expect(isAssignedOn(list, 1, 101, '2021-09-09')).toBe(false);
  });

  it('needs both the unit and the commune to match', () => {
    expect(isAssignedOn(list, 1, 104, '2021-10-01')).toBe(false);
    expect(isAssignedOn(list, 4, 101, '2021-10-01')).toBe(false);
    expect(isAssignedOn([], 1, 101, '2021-10-01')).toBe(false);
  });
});

describe('monthlyCompliance', () => {
  it('divides active units by units assigned that month, both following the dated assignments', () => {
    expect(monthlyCompliance(activities, assignments, P)).toEqual([
      // Unit 3 starts mid-October: not in September's denominator. Units 1, 2, 4 all active.
      { month: '2021-09', assignedUnits: 3, activeUnits: 3, complianceRate: 1 },
      // Unit 1's only counted activity is in commune 102, not its own; unit 3's activity of 14/10
      // comes a day before its assignment, but the one of 20/10 counts.
      { month: '2021-10', assignedUnits: 4, activeUnits: 3, complianceRate: 0.75 },
      // Unit 4 (until 10/11) is still assigned and active on 8/11; unit 5 (assigned nowhere) is not counted.
      { month: '2021-11', assignedUnits: 4, activeUnits: 4, complianceRate: 1 },
      // Unit 4's assignment has ended: the denominator is 3. Unit 1 did nothing by 15/12.
      { month: '2021-12', assignedUnits: 3, activeUnits: 2, complianceRate: 2 / 3 },
    ]);
  });

  it('a unit whose assignment starts or ends mid-period is in the denominator only while assigned', () => {
    const list = [asg(1, 1, '2021-01-01'), asg(2, 2, '2021-11-20'), asg(3, 3, '2021-01-01', '2021-10-05')];
    const acts = [act(1, 1, [1], '2021-10-03'), act(2, 3, [3], '2021-10-04'), act(3, 1, [1], '2021-11-03')];
    const months = monthlyCompliance(acts, list, { from: '2021-10-01', to: '2021-11-30' });
    expect(months).toEqual([
      { month: '2021-10', assignedUnits: 2, activeUnits: 2, complianceRate: 1 },
      { month: '2021-11', assignedUnits: 2, activeUnits: 1, complianceRate: 0.5 },
    ]);
  });

  it('an activity in a commune the unit is not assigned to does not make it active', () => {
    const list = [asg(1, 1, '2021-01-01')];
    const acts = [act(1, 2, [1], '2021-10-03')];
    expect(monthlyCompliance(acts, list, { from: '2021-10-01', to: '2021-10-31' })).toEqual([
      { month: '2021-10', assignedUnits: 1, activeUnits: 0, complianceRate: 0 },
    ]);
  });

  it('cuts the first and last months to the period', () => {
    // Activities on 5/9 (before 10/9) and 16/12 (after 15/12) are outside the period.
    const list = [asg(1, 1, '2021-01-01')];
    const acts = [act(1, 1, [1], '2021-09-05'), act(2, 1, [1], '2021-12-16')];
    expect(monthlyCompliance(acts, list, P).map((m) => m.activeUnits)).toEqual([0, 0, 0, 0]);
    // An assignment that ends before the period starts, in the same month, does not count in that month.
    expect(monthlyCompliance([], [asg(1, 1, '2021-01-01', '2021-09-09')], P).map((m) => m.assignedUnits)).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('gives a null rate for a month in which no unit is assigned', () => {
    const list = [asg(3, 103, '2021-10-15')];
    expect(monthlyCompliance([act(1, 103, [3], '2021-09-20')], list, { from: '2021-09-01', to: '2021-10-31' })).toEqual(
      [
        { month: '2021-09', assignedUnits: 0, activeUnits: 0, complianceRate: null },
        { month: '2021-10', assignedUnits: 1, activeUnits: 0, complianceRate: 0 },
      ],
    );
    expect(monthlyCompliance(activities, [], P).every((m) => m.complianceRate === null)).toBe(true);
  });

  it('a joint activity makes each assigned organiser active', () => {
    const list = [asg(1, 1, '2021-01-01'), asg(2, 1, '2021-01-01'), asg(3, 2, '2021-01-01')];
    const acts = [act(1, 1, [1, 2, 3], '2021-10-03')];
    expect(monthlyCompliance(acts, list, { from: '2021-10-01', to: '2021-10-31' })).toEqual([
      { month: '2021-10', assignedUnits: 3, activeUnits: 2, complianceRate: 2 / 3 },
    ]);
  });
});

describe('complianceMatrix and onNormUnits', () => {
  it('has a row for each unit assigned in the period, with its lượt and assigned lượt per month', () => {
    const matrix = complianceMatrix(activities, assignments, P);
    expect(matrix.map((u) => u.unitId)).toEqual([1, 2, 3, 4]);
    expect(matrix[0]).toEqual({
      unitId: 1,
      cells: [
        { month: '2021-09', visits: 2, assignedVisits: 1, assigned: true, onNorm: true },
        { month: '2021-10', visits: 1, assignedVisits: 0, assigned: true, onNorm: false },
        { month: '2021-11', visits: 2, assignedVisits: 2, assigned: true, onNorm: true },
        { month: '2021-12', visits: 0, assignedVisits: 0, assigned: true, onNorm: false },
      ],
      monthsAssigned: 4,
      monthsOnNorm: 2,
      visits: 5,
      onNorm: false,
    });
    expect(matrix[1]).toMatchObject({ unitId: 2, monthsAssigned: 4, monthsOnNorm: 4, visits: 4, onNorm: true });
    expect(matrix[2]).toEqual({
      unitId: 3,
      cells: [
        { month: '2021-09', visits: 0, assignedVisits: 0, assigned: false, onNorm: false },
        { month: '2021-10', visits: 2, assignedVisits: 1, assigned: true, onNorm: true },
        { month: '2021-11', visits: 1, assignedVisits: 1, assigned: true, onNorm: true },
        { month: '2021-12', visits: 1, assignedVisits: 1, assigned: true, onNorm: true },
      ],
      monthsAssigned: 3,
      monthsOnNorm: 3,
      visits: 4,
      onNorm: true,
    });
    expect(matrix[3]).toEqual({
      unitId: 4,
      cells: [
        { month: '2021-09', visits: 1, assignedVisits: 1, assigned: true, onNorm: true },
        { month: '2021-10', visits: 1, assignedVisits: 1, assigned: true, onNorm: true },
        { month: '2021-11', visits: 2, assignedVisits: 1, assigned: true, onNorm: true },
        { month: '2021-12', visits: 0, assignedVisits: 0, assigned: false, onNorm: false },
      ],
      monthsAssigned: 3,
      monthsOnNorm: 3,
      visits: 4,
      onNorm: true,
    });
  });

  it('agrees with monthlyCompliance month by month', () => {
    const matrix = complianceMatrix(activities, assignments, P);
    const months = monthlyCompliance(activities, assignments, P);
    months.forEach((m, i) => {
      expect(matrix.filter((u) => u.cells[i]?.assigned).length).toBe(m.assignedUnits);
      expect(matrix.filter((u) => u.cells[i]?.onNorm).length).toBe(m.activeUnits);
    });
  });

  it('a unit is on norm only if active in every month in which it is assigned', () => {
    // Unit 1 misses October (only an unassigned commune) and December; units 3 and 4 are judged
    // only on the months of their assignments.
    expect(onNormUnits(activities, assignments, P)).toEqual([2, 3, 4]);
  });

  it('nobody is on norm without assignments', () => {
    expect(complianceMatrix(activities, [], P)).toEqual([]);
    expect(onNormUnits(activities, [], P)).toEqual([]);
  });

  describe('with a norm above 1', () => {
    // January and February 2022; each unit assigned to its own commune.
    const N: Period = { from: '2022-01-01', to: '2022-02-28' };
    const list = [asg(1, 1, '2021-01-01'), asg(2, 2, '2021-01-01'), asg(3, 3, '2021-01-01')];
    const acts = [
      act(1, 1, [1], '2022-01-05'),
      act(2, 1, [1], '2022-01-20'),
      act(3, 2, [2], '2022-01-06'),
      act(4, 2, [2], '2022-01-21'),
      act(5, 3, [3], '2022-01-07'),
      act(6, 3, [1, 3], '2022-01-25'), // counts for unit 3 only: unit 1 is not assigned to commune 3
      act(7, 1, [1], '2022-02-03'),
      act(8, 1, [1, 2], '2022-02-10'), // counts for unit 1 only
      act(9, 2, [2], '2022-02-15'),
      act(10, 3, [3], '2022-02-16'),
      act(11, 3, [3], '2022-02-17'),
      act(12, 2, [2], '2022-02-18', 'submitted'),
    ];

    it('onNormUnits needs the norm in every month', () => {
      expect(onNormUnits(acts, list, N, 1)).toEqual([1, 2, 3]);
      expect(onNormUnits(acts, list, N, 2)).toEqual([1, 3]);
      expect(onNormUnits(acts, list, N, 3)).toEqual([]);
    });

    it('monthlyCompliance counts only units at or above the norm', () => {
      expect(monthlyCompliance(acts, list, N, 2)).toEqual([
        { month: '2022-01', assignedUnits: 3, activeUnits: 3, complianceRate: 1 },
        { month: '2022-02', assignedUnits: 3, activeUnits: 2, complianceRate: 2 / 3 },
      ]);
    });

    it('the matrix shows lượt and assigned lượt against the norm', () => {
      const unit2 = complianceMatrix(acts, list, N, 2).find((u) => u.unitId === 2);
      expect(unit2).toEqual({
        unitId: 2,
        cells: [
          { month: '2022-01', visits: 2, assignedVisits: 2, assigned: true, onNorm: true },
          { month: '2022-02', visits: 2, assignedVisits: 1, assigned: true, onNorm: false },
        ],
        monthsAssigned: 2,
        monthsOnNorm: 1,
        visits: 4,
        onNorm: false,
      });
      const unit1 = complianceMatrix(acts, list, N, 2).find((u) => u.unitId === 1);
      expect(unit1?.cells.map((c) => [c.visits, c.assignedVisits])).toEqual([
        [3, 2],
        [2, 2],
      ]);
    });
  });
});

describe('lastActivityByCommune and daysSinceLastActivity', () => {
  it('takes the latest approved, not deleted activity up to the date', () => {
    const last = lastActivityByCommune(activities, '2021-12-15');
    expect(Object.fromEntries(last)).toEqual({
      101: '2021-11-28',
      102: '2021-12-15',
      103: '2021-12-10', // 16/12 is after the date; 5/12 is a draft
      104: '2021-11-12',
      105: '2021-11-15',
      106: '2021-08-20', // 1/10 was only submitted
    });
    expect(lastActivityByCommune(activities, '2021-12-31').get(103)).toBe('2021-12-16');
    // The deleted activity of 10/10 in commune 102 does not count.
    expect(lastActivityByCommune(activities, '2021-10-12').get(102)).toBe('2021-10-05');
    expect(lastActivityByCommune(activities, '2021-08-01').size).toBe(0);
  });

  it('counts days to the date, and gives null for a commune never reached', () => {
    expect(daysSinceLastActivity(activities, 101, '2021-12-15')).toBe(17);
    expect(daysSinceLastActivity(activities, 103, '2021-12-16')).toBe(0);
    expect(daysSinceLastActivity(activities, 106, '2021-12-15')).toBe(117);
    expect(daysSinceLastActivity(activities, 107, '2021-12-15')).toBeNull();
    expect(daysSinceLastActivity(activities, 101, '2021-09-14')).toBeNull();
  });
});

describe('communeCoverage', () => {
  it('counts assigned and reached communes and lists those never reached', () => {
    expect(communeCoverage(activities, assignments, P)).toEqual({
      // 105's assignment ended before the period: out of scope, though unit 5 went there.
      assigned: 6,
      reached: 4,
      coverageRate: 4 / 6,
      neverReached: [
        { communeId: 106, lastActivityDate: '2021-08-20', daysSinceLast: 117 },
        { communeId: 107, lastActivityDate: null, daysSinceLast: null },
      ],
      communes: [
        { communeId: 101, lastActivityDate: '2021-11-28', daysSinceLast: 17 },
        { communeId: 102, lastActivityDate: '2021-12-15', daysSinceLast: 0 },
        { communeId: 103, lastActivityDate: '2021-12-10', daysSinceLast: 5 },
        { communeId: 104, lastActivityDate: '2021-11-12', daysSinceLast: 33 },
        { communeId: 106, lastActivityDate: '2021-08-20', daysSinceLast: 117 },
        { communeId: 107, lastActivityDate: null, daysSinceLast: null },
      ],
    });
  });

  it('a commune reached only by a non-approved or deleted activity is not reached', () => {
    const list = [asg(1, 1, '2021-01-01'), asg(1, 2, '2021-01-01')];
    const acts = [
      act(1, 1, [1], '2021-10-05', 'submitted'),
      act(2, 2, [1], '2021-10-06', 'approved', { deleted: true }),
    ];
    expect(communeCoverage(acts, list, { from: '2021-10-01', to: '2021-10-31' })).toMatchObject({
      assigned: 2,
      reached: 0,
      coverageRate: 0,
      neverReached: [
        { communeId: 1, lastActivityDate: null, daysSinceLast: null },
        { communeId: 2, lastActivityDate: null, daysSinceLast: null },
      ],
    });
  });

  it('gives a null rate when no commune is in scope', () => {
    expect(communeCoverage(activities, [], P)).toEqual({
      assigned: 0,
      reached: 0,
      coverageRate: null,
      neverReached: [],
      communes: [],
    });
  });
});

describe('participantsByGroup', () => {
  it('adds up person-times of the counted activities, once per activity however many units ran it', () => {
    expect(Object.fromEntries(participantsByGroup(activities, P))).toEqual({
      dang_vien: 22,
      nhan_dan: 30,
      cong_chuc_vien_chuc: 3,
      doan_vien_hoi_vien: 12,
    });
  });

  it('is empty with no participants recorded', () => {
    expect(participantsByGroup([act(1, 1, [1], '2021-10-01')], P).size).toBe(0);
  });
});

describe('fundingBreakdown', () => {
  const F: Period = { from: '2021-09-10', to: '2021-11-30' };
  const acts: ActivityFact[] = [
    act(1, 11, [1, 2], '2021-09-15', 'approved', { categories: ['duong_be_tong', 'tuyen_truyen'] }),
    act(2, 12, [3], '2021-10-05', 'approved', { categories: ['tang_qua'] }),
    act(3, 11, [1], '2021-11-20', 'approved', { categories: ['duong_be_tong'] }),
    act(4, 12, [2], '2021-10-10', 'submitted', { categories: ['tang_qua'] }),
    act(5, 11, [1], '2021-12-01', 'approved', { categories: ['duong_be_tong'] }),
    act(6, 12, [3], '2021-10-12', 'approved', { categories: ['tang_qua'], deleted: true }),
    act(7, 13, [2], '2021-11-05'), // no categories: counted under "khac"
  ];
  const money = (activityId: number, unitId: number, source: ContributionFact['source'], valueVnd: number) =>
    ({
      activityId,
      unitId,
      kind: 'tien_mat',
      source,
      item: null,
      quantity: null,
      measureUnit: null,
      valueVnd,
    }) satisfies ContributionFact;
  const goods = (
    activityId: number,
    unitId: number,
    source: ContributionFact['source'],
    item: string,
    quantity: number,
    measureUnit: string,
    valueVnd: number,
  ) =>
    ({
      activityId,
      unitId,
      kind: 'hien_vat',
      source,
      item,
      quantity,
      measureUnit,
      valueVnd,
    }) satisfies ContributionFact;
  const days = (activityId: number, unitId: number, source: ContributionFact['source'], quantity: number) =>
    ({
      activityId,
      unitId,
      kind: 'ngay_cong',
      source,
      item: null,
      quantity,
      measureUnit: null,
      valueVnd: 0,
    }) satisfies ContributionFact;
  const contributions: ContributionFact[] = [
    money(1, 1, 'can_bo_dong_gop', 5_000_000),
    goods(1, 2, 'xa_hoi_hoa', 'Xi măng', 10, 'tấn', 15_000_000),
    days(1, 1, 'can_bo_dong_gop', 20),
    goods(2, 3, 'kinh_phi_don_vi', 'Gạo', 500, 'kg', 7_500_000),
    money(2, 3, 'kinh_phi_don_vi', 2_000_000),
    days(2, 3, 'kinh_phi_don_vi', 0.1),
    days(2, 3, 'kinh_phi_don_vi', 0.2),
    goods(3, 1, 'can_bo_dong_gop', 'xi mang', 2.5, 'Tấn', 3_750_000), // same item as "Xi măng" in "tấn"
    goods(3, 1, 'xa_hoi_hoa', 'Xi măng', 40, 'bao', 3_200_000), // another measure unit: another item
    days(3, 1, 'nhan_dan', 7.5),
    money(4, 2, 'can_bo_dong_gop', 100_000_000), // submitted activity
    goods(5, 1, 'can_bo_dong_gop', 'Xi măng', 5, 'tấn', 7_500_000), // activity after the period
    money(6, 3, 'kinh_phi_don_vi', 9_000_000), // deleted activity
    money(7, 2, 'ngan_sach', 1_000_000),
    money(99, 1, 'xa_hoi_hoa', 1), // unknown activity
  ];
  const result = fundingBreakdown(acts, contributions, F);

  it('keeps cash, in-kind value and labour days apart in the totals', () => {
    expect(result.total).toEqual({ cash: 8_000_000, inKindValue: 29_450_000, labourDays: 27.8 });
  });

  it('averages over the lượt of the counted activities', () => {
    // Lượt: activity 1 (two units) + 2 + 3 + 7 = 5.
    expect(result.visits).toBe(5);
    expect(result.averagePerVisit).toEqual({ cash: 1_600_000, inKindValue: 5_890_000, labourDays: 5.56 });
  });

  it('breaks down by source, sorted by code', () => {
    expect(result.bySource).toEqual([
      { source: 'can_bo_dong_gop', cash: 5_000_000, inKindValue: 3_750_000, labourDays: 20 },
      { source: 'kinh_phi_don_vi', cash: 2_000_000, inKindValue: 7_500_000, labourDays: 0.3 },
      { source: 'ngan_sach', cash: 1_000_000, inKindValue: 0, labourDays: 0 },
      { source: 'nhan_dan', cash: 0, inKindValue: 0, labourDays: 7.5 },
      { source: 'xa_hoi_hoa', cash: 0, inKindValue: 18_200_000, labourDays: 0 },
    ]);
  });

  it('breaks down by contributing unit and by commune', () => {
    expect(result.byUnit).toEqual([
      { unitId: 1, cash: 5_000_000, inKindValue: 6_950_000, labourDays: 27.5 },
      { unitId: 2, cash: 1_000_000, inKindValue: 15_000_000, labourDays: 0 },
      { unitId: 3, cash: 2_000_000, inKindValue: 7_500_000, labourDays: 0.3 },
    ]);
    expect(result.byCommune).toEqual([
      { communeId: 11, cash: 5_000_000, inKindValue: 21_950_000, labourDays: 27.5 },
      { communeId: 12, cash: 2_000_000, inKindValue: 7_500_000, labourDays: 0.3 },
      { communeId: 13, cash: 1_000_000, inKindValue: 0, labourDays: 0 },
    ]);
  });

  it('attributes each activity to its first category only', () => {
    expect(result.byCategory).toEqual([
      { category: 'duong_be_tong', cash: 5_000_000, inKindValue: 21_950_000, labourDays: 27.5 },
      { category: 'khac', cash: 1_000_000, inKindValue: 0, labourDays: 0 },
      { category: 'tang_qua', cash: 2_000_000, inKindValue: 7_500_000, labourDays: 0.3 },
    ]);
  });

  it('breaks down by the month of the activity', () => {
    expect(result.byMonth).toEqual([
      { month: '2021-09', cash: 5_000_000, inKindValue: 15_000_000, labourDays: 20 },
      { month: '2021-10', cash: 2_000_000, inKindValue: 7_500_000, labourDays: 0.3 },
      { month: '2021-11', cash: 1_000_000, inKindValue: 6_950_000, labourDays: 7.5 },
    ]);
  });

  it('every breakdown adds up to the total', () => {
    for (const rows of [result.bySource, result.byUnit, result.byCommune, result.byCategory, result.byMonth]) {
      expect(rows.reduce((s, r) => s + r.cash, 0)).toBe(result.total.cash);
      expect(rows.reduce((s, r) => s + r.inKindValue, 0)).toBe(result.total.inKindValue);
      expect(Math.round(rows.reduce((s, r) => s + r.labourDays, 0) * 100) / 100).toBe(result.total.labourDays);
    }
  });

  it('groups goods by folded name and measure unit, largest value first', () => {
    expect(result.items).toEqual([
      { item: 'Xi măng', measureUnit: 'tấn', quantity: 12.5, valueVnd: 18_750_000, contributions: 2 },
      { item: 'Gạo', measureUnit: 'kg', quantity: 500, valueVnd: 7_500_000, contributions: 1 },
      { item: 'Xi măng', measureUnit: 'bao', quantity: 40, valueVnd: 3_200_000, contributions: 1 },
    ]);
  });

  it('merges an NFD item name with its NFC form', () => {
    const r = fundingBreakdown(
      [act(1, 11, [1], '2021-10-01')],
      [
        goods(1, 1, 'xa_hoi_hoa', 'Chăn ấm', 20, 'chiếc', 4_000_000),
        goods(1, 2, 'xa_hoi_hoa', 'CHĂN ẤM'.normalize('NFD'), 10, 'Chiếc'.normalize('NFD'), 2_000_000),
      ],
      F,
    );
    expect(r.items).toEqual([
      { item: 'Chăn ấm', measureUnit: 'chiếc', quantity: 30, valueVnd: 6_000_000, contributions: 2 },
    ]);
  });

  it('is all zeros, without dividing by zero, when nothing is counted', () => {
    const empty = fundingBreakdown(acts, contributions, { from: '2022-01-01', to: '2022-01-31' });
    expect(empty).toEqual({
      total: { cash: 0, inKindValue: 0, labourDays: 0 },
      visits: 0,
      averagePerVisit: { cash: 0, inKindValue: 0, labourDays: 0 },
      bySource: [],
      byUnit: [],
      byCommune: [],
      byCategory: [],
      byMonth: [],
      items: [],
    });
  });
});
