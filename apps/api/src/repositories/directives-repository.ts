import type { Directive, DirectiveInput, DirectiveListQuery } from '@danvan/domain';
import { DirectiveInputSchema } from '@danvan/domain';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { directiveDerived } from '../db/derived.js';
import { assignments, directives } from '../db/schema.js';
import { HttpProblem } from '../plugins/problems.js';
import { type Row, searchCondition, TableRepository } from './table-repository.js';

function toRecord(r: Row): Directive {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    issuer: r.issuer,
    issuedOn: r.issuedOn,
    title: r.title,
    summary: r.summary,
    parentId: r.parentId,
    norms: r.norms,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function invalidParent(message: string): HttpProblem {
  return new HttpProblem(400, 'validation', 'Dữ liệu không hợp lệ', message, [{ path: 'parentId', message }]);
}

/** A directive implements its parent: following the parents up from the new one must never come back to it. */
function checkParentChain(db: Db, id: number, parentId: number | null | undefined): void {
  if (parentId === null || parentId === undefined) return;
  if (parentId === id) throw invalidParent('Văn bản không thể triển khai chính nó');
  const seen = new Set<number>();
  for (let current: number | null = parentId; current !== null && !seen.has(current); ) {
    if (current === id) throw invalidParent('Văn bản cha đang triển khai văn bản này: không được tạo vòng lặp');
    seen.add(current);
    current = db.select({ p: directives.parentId }).from(directives).where(eq(directives.id, current)).get()?.p ?? null;
  }
}

export function directivesRepository(db: Db) {
  return new TableRepository<Directive, DirectiveInput & object, DirectiveListQuery>({
    db,
    table: directives,
    label: 'Văn bản chỉ đạo',
    inputSchema: DirectiveInputSchema,
    toRecord,
    toRow: (d) => ({ ...d, ...directiveDerived(d) }),
    filters: (q) => [
      searchCondition(directives.search, q.q),
      q.kind ? inArray(directives.kind, q.kind) : undefined,
      q.parentId ? eq(directives.parentId, q.parentId) : undefined,
    ],
    sorts: {
      issuedOn: directives.issuedOn,
      code: directives.code,
      title: directives.sortKey,
    },
    unique: [{ field: 'code', column: directives.code, message: 'Số, ký hiệu văn bản đã tồn tại' }],
    foreignKeys: [{ field: 'parentId', table: directives, label: 'văn bản chỉ đạo' }],
    references: [
      { table: assignments, column: assignments.directiveId, label: 'phân công' },
      { table: directives, column: directives.parentId, label: 'văn bản triển khai' },
    ],
    rules: (d, id) => {
      if (id !== null) checkParentChain(db, id, d.parentId);
    },
  });
}
