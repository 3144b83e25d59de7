/**
 * Every fact the measures need, read straight from the tables with plain queries: tests compare
 * the API's figures with the domain measures over these, independently of the API's own reads.
 */
import type { ActivityFact, ContributionFact } from '@danvan/domain';
import type { DatabaseHandle } from '../../src/db/client.js';
import * as t from '../../src/db/schema.js';

export interface Facts {
  directives: (typeof t.directives.$inferSelect)[];
  units: (typeof t.units.$inferSelect)[];
  communes: (typeof t.communes.$inferSelect)[];
  assignments: (typeof t.assignments.$inferSelect)[];
  activities: (ActivityFact & {
    reviewComment: string | null;
    ntmCriteria: { criteriaSet: string; criterion: number }[];
  })[];
  contributions: (ContributionFact & { id: number })[];
}

export function readFacts(h: DatabaseHandle): Facts {
  const unitsOf = new Map<number, number[]>();
  for (const r of h.db
    .select()
    .from(t.activityUnits)
    .orderBy(t.activityUnits.activityId, t.activityUnits.position)
    .all()) {
    unitsOf.set(r.activityId, [...(unitsOf.get(r.activityId) ?? []), r.unitId]);
  }
  const categoriesOf = new Map<number, (typeof t.activityCategories.$inferSelect)['category'][]>();
  for (const r of h.db.select().from(t.activityCategories).orderBy(t.activityCategories.position).all()) {
    categoriesOf.set(r.activityId, [...(categoriesOf.get(r.activityId) ?? []), r.category]);
  }
  const participantsOf = new Map<number, NonNullable<ActivityFact['participants']>[number][]>();
  for (const r of h.db.select().from(t.activityParticipants).all()) {
    participantsOf.set(r.activityId, [...(participantsOf.get(r.activityId) ?? []), { group: r.group, count: r.count }]);
  }
  const ntmOf = new Map<number, { criteriaSet: string; criterion: number }[]>();
  for (const r of h.db.select().from(t.activityNtmCriteria).all()) {
    ntmOf.set(r.activityId, [
      ...(ntmOf.get(r.activityId) ?? []),
      { criteriaSet: r.criteriaSet, criterion: r.criterion },
    ]);
  }
  return {
    directives: h.db.select().from(t.directives).all(),
    units: h.db.select().from(t.units).all(),
    communes: h.db.select().from(t.communes).all(),
    assignments: h.db.select().from(t.assignments).all(),
    activities: h.db
      .select()
      .from(t.activities)
      .all()
      .map((a) => ({
        id: a.id,
        communeId: a.communeId,
        unitIds: unitsOf.get(a.id) ?? [],
        startDate: a.startDate,
        status: a.status,
        deleted: a.deletedAt !== null,
        categories: categoriesOf.get(a.id) ?? [],
        participants: participantsOf.get(a.id) ?? [],
        ntmCriteria: ntmOf.get(a.id) ?? [],
        reviewComment: a.reviewComment,
      })),
    contributions: h.db.select().from(t.contributions).orderBy(t.contributions.id).all(),
  };
}
