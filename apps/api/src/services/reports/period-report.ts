/**
 * The period report: the stats API's figures for a period and scope, the few facts it does not give,
 * and the report settings, put together as the document's head, its body and its tables.
 */
import { formatPartyDate, type PeriodReport, type ReportQuery, type ReportSettingsValues } from '@danvan/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem } from '../../plugins/problems.js';
import { isDemoDatabase } from '../../repositories/meta-repository.js';
import { reportFactsRepository } from '../../repositories/report-facts-repository.js';
import { reportSettingsRepository } from '../../repositories/report-settings-repository.js';
import { loadReportFigures } from './report-figures.js';
import { reportBody } from './report-narrative.js';
import { type ReportScope, reportScope } from './report-scope.js';
import { reportTables } from './report-tables.js';
import { periodInText } from './report-text.js';

/** The blank left for the clerk to write the number in by hand, as on a printed draft. */
const NUMBER_BLANK = '\u00a0'.repeat(6);
const PLACE_BLANK = '…………';

function documentHead(q: ReportQuery, settings: ReportSettingsValues, scope: ReportScope): PeriodReport['document'] {
  const date = q.date ?? q.to;
  const number = q.number ?? settings.number;
  const summary = ['Kết quả tham gia hoạt động với nhân dân tại cơ sở', periodInText(q)];
  if (scope.aboutSuffix) summary.push(scope.aboutSuffix.trim());
  return {
    superiorBody: settings.superiorBody.toUpperCase(),
    issuingBody: settings.issuingBody.toUpperCase(),
    numberLine: `Số ${number || NUMBER_BLANK}-${settings.symbol}`,
    date,
    placeDate: `${settings.place || PLACE_BLANK}, ${formatPartyDate(date)}`,
    kind: 'BÁO CÁO',
    summary,
    signer: {
      capacity: settings.signerCapacity.toUpperCase(),
      title: settings.signerTitle.toUpperCase(),
      name: settings.signerName,
    },
    recipients: settings.recipients,
  };
}

export async function periodReport(
  app: FastifyInstance,
  request: FastifyRequest,
  q: ReportQuery,
): Promise<PeriodReport> {
  const facts = reportFactsRepository(app.database);
  const unit = q.unitId === undefined ? undefined : facts.unit(q.unitId);
  if (q.unitId !== undefined && !unit) {
    throw new HttpProblem(404, 'not-found', 'Không tìm thấy', `Không có đơn vị với id ${q.unitId}`);
  }
  const scope = reportScope(q, unit);
  const settings = reportSettingsRepository(app.database).get();
  const figures = await loadReportFigures(app, request, q);
  const categories = facts.categories(q);
  const unitCommunes = facts.unitCommunes(q);
  const difficulties = facts.difficulties(q);
  const period = { from: q.from, to: q.to };

  const funding = figures.funding;
  const staff = funding.bySource.find((s) => s.source === 'can_bo_dong_gop');
  const staffValue = (staff?.cash ?? 0) + (staff?.inKindValue ?? 0);
  const value = funding.total.cash + funding.total.inKindValue;
  const c = figures.coverage;

  return {
    period,
    scope: {
      unitId: q.unitId ?? null,
      unitGroup: q.unitGroup ?? null,
      district: q.district ?? null,
      label: scope.label,
    },
    document: documentHead(q, settings, scope),
    figures: {
      visits: c.visits,
      activities: c.activities,
      units: c.units,
      communes: {
        assigned: c.communes.assigned,
        reached: c.communes.reached,
        neverReached: c.communes.neverReached.length,
      },
      participants: c.participants.total,
      cash: funding.total.cash,
      inKindValue: funding.total.inKindValue,
      labourDays: funding.total.labourDays,
      staffValue,
      staffShare: value > 0 ? staffValue / value : null,
      difficulties: difficulties.length,
    },
    body: reportBody({
      period,
      settings,
      scope,
      figures,
      categories,
      unitCommunes,
      directives: facts.directives(q),
      difficulties,
    }),
    tables: reportTables(figures, categories, unitCommunes),
    demo: isDemoDatabase(app.database),
  };
}
