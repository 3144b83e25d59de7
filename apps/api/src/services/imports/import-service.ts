/**
 * Imports of activities and contributions: a file is read as it streams in, every activity checked,
 * the outcome planned and kept as a preview; the commit then writes every activity the preview
 * accepted in one transaction, or nothing.
 */
import type { Readable } from 'node:stream';
import {
  IMPORT_PAGE_SIZE,
  IMPORT_TTL_HOURS,
  type ImportCommitInput,
  type ImportedStatus,
  type ImportPreview,
  type ImportPreviewQuery,
  type ImportResult,
  type ImportRow,
  type ImportTotals,
} from '@danvan/domain';
import type { Db } from '../../db/client.js';
import { HttpProblem } from '../../plugins/problems.js';
import { ImportWriter } from '../../repositories/imports-repository.js';
import { forbidden, isAdmin, type WriteContext } from '../../repositories/write-context.js';
import { ImportStore, ownerOf, type StoredImport } from './import-store.js';
import { loadCommuneLookup, loadUnitLookup } from './name-lookups.js';
import { type ParsedFile, type ParsedGroup, parseLines } from './parse-rows.js';
import { type PlannedGroup, planImport } from './plan.js';
import { readSheet } from './read-sheet.js';

export interface CommitHooks {
  /** Called after each activity is written, inside the transaction (tests make it throw). */
  afterWrite?: (written: number) => void;
}

export function importNotFound(id: string): HttpProblem {
  return new HttpProblem(
    404,
    'not-found',
    'Không tìm thấy',
    `Không có lần nhập ${id} (đã quá hạn ${IMPORT_TTL_HOURS} giờ, máy chủ đã khởi động lại, hoặc do người khác tải lên): hãy tải tệp lên lại.`,
  );
}

function rowOf(group: ParsedGroup, plan: PlannedGroup): ImportRow {
  return {
    line: group.line,
    lastLine: group.lastLine,
    status: group.input ? plan.status : 'error',
    action: group.input ? plan.action : 'skip',
    title: group.title,
    startDate: group.startDate,
    commune: group.commune,
    units: group.units,
    contributions: {
      total: group.contributionLines.length,
      new: plan.write.length,
      duplicate: plan.duplicateContributions,
    },
    cells: group.cells,
    errors: [...group.errors, ...plan.errors],
    notes: [...group.notes, ...plan.notes],
    existingActivityId: plan.existingActivityId,
  };
}

function totalsOf(parsed: ParsedFile, plan: readonly PlannedGroup[]): ImportTotals {
  const totals: ImportTotals = {
    lines: parsed.lines,
    activities: parsed.groups.length,
    ok: 0,
    error: 0,
    duplicate: 0,
    newActivities: 0,
    newContributions: 0,
    duplicateContributions: 0,
  };
  for (const p of plan) {
    totals[p.status]++;
    totals.duplicateContributions += p.duplicateContributions;
    if (p.status !== 'ok') continue;
    if (p.action === 'create') totals.newActivities++;
    totals.newContributions += p.write.length;
  }
  return totals;
}

export class ImportService {
  constructor(
    private readonly db: Db,
    private readonly store: ImportStore = new ImportStore(),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Reads and checks an uploaded file; its preview's first page. */
  async preview(stream: Readable, fileName: string, ctx: WriteContext): Promise<ImportPreview> {
    const { format, lines } = await readSheet(stream, fileName);
    const parsed = await parseLines(lines, {
      units: loadUnitLookup(this.db),
      communes: loadCommuneLookup(this.db),
      ctx,
    });
    const plan = planImport(parsed.groups, this.db, ctx);
    const stored = this.store.add({ owner: ownerOf(ctx), fileName, format, parsed, plan });
    return this.pageOf(stored, { page: 1, limit: IMPORT_PAGE_SIZE });
  }

  /** A page of a preview, optionally only the rows of some statuses; null when there is no such import. */
  get(id: string, query: ImportPreviewQuery, ctx: WriteContext): ImportPreview | null {
    const stored = this.store.get(id, ctx);
    return stored ? this.pageOf(stored, query) : null;
  }

  private pageOf(stored: StoredImport, query: Pick<ImportPreviewQuery, 'page' | 'limit' | 'status'>): ImportPreview {
    const { parsed, plan } = stored;
    const wanted = query.status ? new Set(query.status) : null;
    const indices: number[] = [];
    parsed.groups.forEach((g, i) => {
      if (!wanted || wanted.has(g.input ? plan[i]!.status : 'error')) indices.push(i);
    });
    const start = (query.page - 1) * query.limit;
    const rows = indices.slice(start, start + query.limit).map((i) => rowOf(parsed.groups[i]!, plan[i]!));
    return {
      id: stored.id,
      fileName: stored.fileName,
      format: stored.format,
      sheet: parsed.sheet,
      createdAt: stored.createdAt,
      expiresAt: stored.expiresAt,
      committedAt: stored.result?.committedAt ?? null,
      warnings: parsed.warnings,
      totals: totalsOf(parsed, plan),
      rows,
      total: indices.length,
      page: query.page,
      limit: query.limit,
      pages: Math.ceil(indices.length / query.limit),
    };
  }

  /**
   * Writes every activity the preview accepted, in one transaction. Rows that have become
   * duplicates since are skipped; if any has become impossible (a month locked, an activity
   * approved meanwhile), nothing is written and the answer is 409.
   */
  commit(id: string, input: ImportCommitInput, ctx: WriteContext, hooks: CommitHooks = {}): ImportResult {
    const stored = this.store.get(id, ctx);
    if (!stored) throw importNotFound(id);
    if (stored.result) {
      throw new HttpProblem(
        409,
        'import-committed',
        'Tệp đã được nhập',
        `Lần nhập này đã ghi vào lúc ${stored.result.committedAt}. Tải tệp lên lại nếu muốn nhập lần nữa (các dòng đã có sẽ được bỏ qua).`,
      );
    }
    const status = this.statusFor(input, ctx);
    const committedAt = this.clock().toISOString();
    const groups = stored.parsed.groups;
    const result = this.db.transaction((): ImportResult => {
      const plan = planImport(groups, this.db, ctx);
      const refused = plan.flatMap((p, i) =>
        stored.plan[i]!.status === 'ok' && p.status === 'error'
          ? p.errors.map((e) => ({ path: `line.${e.line}`, message: `Dòng ${e.line}: ${e.message}` }))
          : [],
      );
      if (refused.length > 0) {
        throw new HttpProblem(
          409,
          'import-changed',
          'Dữ liệu đã thay đổi từ lúc xem trước',
          `${refused.length} hoạt động không còn nhập được (${refused[0]!.message}). Không dòng nào được ghi; hãy tải tệp lên lại để xem trước.`,
          refused.slice(0, 100),
        );
      }
      const writer = new ImportWriter(this.db, ctx, committedAt);
      const created = { activities: 0, contributions: 0 };
      let written = 0;
      plan.forEach((p, i) => {
        if (p.status !== 'ok' || stored.plan[i]!.status !== 'ok') return;
        const activity = groups[i]!.input!;
        const drafts = p.write.map((k) => activity.contributions[k]!);
        if (p.action === 'create') {
          writer.createActivity(activity, drafts, status);
          created.activities++;
        } else writer.addContributions(p.existingActivityId!, drafts);
        created.contributions += drafts.length;
        written++;
        hooks.afterWrite?.(written);
      });
      const duplicates = plan.filter((p) => p.status === 'duplicate').length;
      const errors = plan.length - duplicates - written;
      const summary: ImportResult = {
        id: stored.id,
        status,
        created,
        skipped: { duplicates, errors },
        committedAt,
      };
      writer.auditImport(stored.id, { fileName: stored.fileName, format: stored.format, ...summary });
      return summary;
    });
    stored.result = result;
    return result;
  }

  private statusFor(input: ImportCommitInput, ctx: WriteContext): ImportedStatus {
    if (isAdmin(ctx)) return input.status ?? 'approved';
    if (input.status && input.status !== 'submitted') {
      throw forbidden('Cán bộ đơn vị chỉ nhập được hoạt động ở trạng thái chờ duyệt; quản trị sẽ duyệt sau.');
    }
    return 'submitted';
  }
}
