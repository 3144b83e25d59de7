/** How a report names what it covers: the whole bloc, a group of units, a district, or one unit. */
import { type ReportQuery, UnitGroup } from '@danvan/domain';
import type { ReportUnitInfo } from '../../repositories/report-facts-repository.js';
import { placeInText } from './report-text.js';

/** The units of a group inside a sentence: "thuộc khối doanh nghiệp". */
const GROUP_IN_TEXT: Record<UnitGroup, string> = {
  dang_doan_the: 'thuộc khối Đảng, Mặt trận và đoàn thể',
  so_nganh: 'thuộc các sở, ban, ngành tỉnh',
  trung_uong: 'thuộc các cơ quan Trung ương trên địa bàn',
  doanh_nghiep: 'thuộc khối doanh nghiệp',
};

export interface ReportScope {
  /** A short label for headings and file names; null for the whole bloc. */
  label: string | null;
  /** The one unit the report is about, if it is about one. */
  unit: ReportUnitInfo | null;
  /** Who did the work, as the subject of a sentence: "chi, đảng bộ cơ sở thuộc khối doanh nghiệp". */
  unitsNoun: string;
  /** Where, after "tại … xã": "" or " trên địa bàn huyện Ba Bể". */
  whereSuffix: string;
  /** What the report is about, for the trích yếu and the closing sentence: "" or "của Chi bộ …". */
  aboutSuffix: string;
}

export function reportScope(q: ReportQuery, unit: ReportUnitInfo | undefined): ReportScope {
  const labels: string[] = [];
  if (unit) labels.push(unit.name);
  if (q.unitGroup) labels.push(`Khối: ${UnitGroup.labels[q.unitGroup]}`);
  if (q.district) labels.push(q.district);
  const group = q.unitGroup ? ` ${GROUP_IN_TEXT[q.unitGroup]}` : '';
  const whereSuffix = q.district ? ` trên địa bàn ${placeInText(q.district)}` : '';
  let aboutSuffix = '';
  if (unit) aboutSuffix = ` của ${unit.name}`;
  else if (q.unitGroup) aboutSuffix = ` của các chi, đảng bộ cơ sở${group}`;
  if (q.district) aboutSuffix += whereSuffix;
  return {
    label: labels.length > 0 ? labels.join(', ') : null,
    unit: unit ?? null,
    unitsNoun: `chi, đảng bộ cơ sở${group}`,
    whereSuffix,
    aboutSuffix,
  };
}
