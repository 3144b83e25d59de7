/**
 * The body of the report in the manner of the seed's account: what was assigned, what was done (lượt,
 * communes, kinds of work, people), the money and goods by source, then what fell short (units below
 * the norm, communes never reached, the difficulties recorded), the directions and the recommendations.
 * Every number comes from the figures; nothing is said that the data does not hold.
 */
import {
  ActivityCategory,
  compareVietnamese,
  DifficultyKind,
  DirectiveKind,
  type FundingSource,
  FundingSource as FundingSources,
  formatDate,
  formatInteger,
  formatNumber,
  formatVnd,
  ParticipantGroup,
  type Period,
  type ReportBlock,
  type ReportSettingsValues,
} from '@danvan/domain';
import type {
  CategoryCount,
  ReportDifficulty,
  ReportDirective,
  UnitCommunes,
} from '../../repositories/report-facts-repository.js';
import type { ReportFigures } from './report-figures.js';
import type { ReportScope } from './report-scope.js';
import {
  joinAnd,
  lowerFirst,
  partOf,
  periodInText,
  placeInText,
  quantityOf,
  share,
  upperFirst,
} from './report-text.js';

export interface NarrativeInput {
  period: Period;
  settings: ReportSettingsValues;
  scope: ReportScope;
  figures: ReportFigures;
  categories: CategoryCount[];
  unitCommunes: UnitCommunes[];
  directives: ReportDirective[];
  difficulties: ReportDifficulty[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

const heading = (text: string): ReportBlock => ({ kind: 'heading', text });
const subheading = (text: string): ReportBlock => ({ kind: 'subheading', text });
const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });
const item = (text: string): ReportBlock => ({ kind: 'item', text: `- ${text}` });
const subitem = (text: string): ReportBlock => ({ kind: 'item', text: `+ ${text}` });

/** A sentence's last full stop, taken off so that it can be joined with others. */
const unstop = (text: string) => text.trim().replace(/[.;,]+$/, '');

/** "Hướng dẫn số 02-HD/BDVTU ngày 10/09/2021 của Ban Dân vận Tỉnh ủy về việc …" */
export function citeDirective(d: ReportDirective): string {
  const kind = DirectiveKind.labels[d.kind as keyof typeof DirectiveKind.labels] ?? '';
  // Titles repeat the kind ("Hướng dẫn về việc …"); the citation says it once.
  const about =
    kind && d.title.toLowerCase().startsWith(kind.toLowerCase()) ? d.title.slice(kind.length).trim() : d.title;
  const aboutText = about ? ` ${lowerFirst(about)}` : '';
  return `${kind} số ${d.code} ngày ${formatDate(d.issuedOn)} của ${d.issuer}${aboutText}`.trim();
}

/** "Từ ngày … đến ngày …" or "Trong quý I năm 2022" at the head of a sentence. */
function periodAtStart(period: Period): string {
  const text = periodInText(period);
  return text.startsWith('từ ngày') ? upperFirst(text) : `Trong ${text}`;
}

function opening(input: NarrativeInput): ReportBlock {
  const { period, settings, scope, directives } = input;
  const basis = directives.length > 0 ? `Thực hiện ${directives.map(citeDirective).join('; ')}, ` : '';
  const subject = basis ? settings.reportingBody : upperFirst(settings.reportingBody);
  return paragraph(
    `${basis}${subject} báo cáo kết quả tham gia hoạt động với nhân dân tại cơ sở ${periodInText(period)}` +
      `${scope.aboutSuffix} như sau:`,
  );
}

function assignmentsSection(input: NarrativeInput): ReportBlock[] {
  const { figures, scope } = input;
  const { units, communes } = figures.coverage;
  if (scope.unit) {
    const names = figures.communes
      .slice()
      .sort((a, b) => compareVietnamese(a.name, b.name))
      .map((c) => `${placeInText(c.name)} (${placeInText(c.district)})`);
    return [
      paragraph(
        communes.assigned > 0
          ? `${scope.unit.name} được phân công phụ trách ${formatInteger(communes.assigned)} xã: ${joinAnd(names)}.`
          : `Trong kỳ, ${scope.unit.name} chưa được phân công phụ trách xã nào.`,
      ),
    ];
  }
  return [
    paragraph(
      `Trong kỳ, ${formatInteger(units.assigned)} ${scope.unitsNoun} được phân công phụ trách và tham gia các hoạt động ` +
        `với nhân dân tại ${formatInteger(communes.assigned)} xã${scope.whereSuffix || ' trên địa bàn tỉnh'}, ` +
        'thực hiện phương châm “3 cùng” (cùng ăn, cùng ở, cùng làm) với nhân dân.',
    ),
  ];
}

function participantsText(figures: ReportFigures): string {
  const { participants } = figures.coverage;
  if (participants.total === 0) return '';
  const groups = participants.byGroup
    .filter((g) => g.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((g) => `${formatInteger(g.count)} lượt ${lowerFirst(ParticipantGroup.labels[g.group])}`);
  const detail = groups.length > 1 ? ` (gồm ${groups.join('; ')})` : '';
  return `; thu hút ${formatInteger(participants.total)} lượt người tham gia${detail}`;
}

function resultsSection(input: NarrativeInput): ReportBlock[] {
  const { figures, scope, categories, period } = input;
  const c = figures.coverage;
  const blocks: ReportBlock[] = [];
  const at = `tại ${partOf(c.communes.reached, c.communes.assigned, 'xã được phân công phụ trách')}`;
  if (c.visits === 0) {
    const who = scope.unit ? scope.unit.name : `các ${scope.unitsNoun}`;
    blocks.push(
      paragraph(`${periodAtStart(period)}, ${who} chưa tổ chức được hoạt động nào tại các xã được phân công.`),
    );
    return blocks;
  }
  const who = scope.unit
    ? `${scope.unit.name} đã tổ chức được`
    : `đã có ${partOf(c.units.active, c.units.assigned, scope.unitsNoun)} tổ chức được`;
  blocks.push(
    paragraph(
      `${periodAtStart(period)}, ${who} ${formatInteger(c.visits)} lượt hoạt động với nhân dân ${at}, ` +
        `với ${formatInteger(c.activities)} hoạt động${participantsText(figures)}.`,
    ),
  );
  if (categories.length > 0) {
    const kinds = categories.map(
      (k) => `${lowerFirst(ActivityCategory.labels[k.category])} (${formatInteger(k.visits)} lượt)`,
    );
    blocks.push(
      paragraph(
        'Các hoạt động tập trung vào những nội dung thiết thực, góp phần xây dựng nông thôn mới tại cơ sở, như: ' +
          `${kinds.join('; ')}.`,
      ),
    );
  }
  const norm = figures.norm;
  if (scope.unit) {
    const row = figures.units.find((u) => u.unitId === scope.unit?.id);
    if (row?.onNorm) {
      blocks.push(
        paragraph(
          `Đơn vị duy trì tổ chức hoạt động tại xã được phân công ít nhất ${norm} lần/tháng trong tất cả ` +
            `${formatInteger(row.monthsAssigned)} tháng của kỳ báo cáo.`,
        ),
      );
    }
  } else {
    blocks.push(
      paragraph(
        `Có ${partOf(c.units.onNorm, c.units.assigned, 'đơn vị')} duy trì tổ chức hoạt động tại xã được phân công ` +
          `ít nhất ${norm} lần/tháng trong tất cả các tháng của kỳ báo cáo.`,
      ),
    );
  }
  return blocks;
}

function sourceLabel(source: FundingSource): string {
  return lowerFirst(FundingSources.labels[source]);
}

function fundingSection(input: NarrativeInput): ReportBlock[] {
  const { funding, coverage } = input.figures;
  const { cash, inKindValue, labourDays } = funding.total;
  const value = cash + inKindValue;
  if (value === 0 && labourDays === 0) {
    return [paragraph('Trong kỳ chưa ghi nhận kinh phí, hiện vật hay ngày công đóng góp cho các hoạt động.')];
  }
  const blocks: ReportBlock[] = [];
  const sources = funding.bySource
    .map((s) => ({ ...s, value: s.cash + s.inKindValue }))
    .filter((s) => s.value > 0)
    .sort((a, b) => b.value - a.value)
    .map((s) => `${sourceLabel(s.source)} ${formatVnd(s.value)} (${share(s.value, value)})`);
  const labour = labourDays > 0 ? `, cùng ${formatNumber(labourDays)} ngày công lao động` : '';
  const average =
    coverage.visits > 0 ? ` Bình quân mỗi lượt hoạt động ${formatVnd(Math.round(value / coverage.visits))}.` : '';
  blocks.push(
    paragraph(
      `Tổng giá trị kinh phí, hiện vật huy động trong kỳ là ${formatVnd(value)}, gồm ${formatVnd(cash)} tiền mặt ` +
        `và hiện vật trị giá ${formatVnd(inKindValue)}${labour}. ` +
        (sources.length > 0 ? `Trong đó: ${sources.join('; ')}.` : '') +
        average,
    ),
  );
  const items = funding.items
    .filter((i) => i.quantity > 0)
    .sort((a, b) => b.valueVnd - a.valueVnd || compareVietnamese(a.item, b.item))
    .map((i) => quantityOf(i.quantity, i.measureUnit, i.item));
  if (items.length > 0) {
    blocks.push(
      paragraph(
        `${input.scope.unit ? 'Đơn vị' : 'Các đơn vị'} đã hỗ trợ, trao tặng nhân dân: ${items.join(items.some((i) => i.includes(',')) ? '; ' : ', ')} ` +
          `(tổng trị giá ${formatVnd(inKindValue)}).`,
      ),
    );
  }
  return blocks;
}

function normShortfall(input: NarrativeInput): ReportBlock[] {
  const { figures, scope } = input;
  const norm = figures.norm;
  const below = figures.units.filter((u) => !u.onNorm && u.monthsAssigned > 0);
  if (below.length === 0) return [];
  if (scope.unit) {
    const u = below[0]!;
    return [
      item(
        `${u.name} mới tổ chức hoạt động đủ ${formatInteger(u.monthsOnNorm)}/${formatInteger(u.monthsAssigned)} ` +
          `tháng, chưa bảo đảm định mức ít nhất ${norm} lần/tháng.`,
      ),
    ];
  }
  const assigned = figures.coverage.units.assigned;
  const most = below.length * 2 > assigned ? 'Đa số' : 'Một số';
  const none = below.filter((u) => u.visits === 0).sort((a, b) => compareVietnamese(a.name, b.name));
  const some = below
    .filter((u) => u.visits > 0)
    .sort((a, b) => b.monthsOnNorm - a.monthsOnNorm || compareVietnamese(a.name, b.name));
  const blocks = [
    item(
      `${most} chi, đảng bộ cơ sở chưa bảo đảm tổ chức hoạt động tại cơ sở ít nhất ${norm} lần/tháng: ` +
        `${partOf(below.length, assigned, 'đơn vị')} chưa đạt định mức.`,
    ),
  ];
  if (none.length > 0) {
    blocks.push(
      subitem(
        `${formatInteger(none.length)} đơn vị chưa tổ chức được hoạt động nào trong kỳ: ` +
          `${none.map((u) => u.name).join(', ')}.`,
      ),
    );
  }
  if (some.length > 0) {
    // Grouped by months on norm, so that each count is said once: "đạt 2/7 tháng: A, B, C".
    const byMonths = new Map<string, string[]>();
    for (const u of some) {
      const key = `${formatInteger(u.monthsOnNorm)}/${formatInteger(u.monthsAssigned)}`;
      byMonths.set(key, [...(byMonths.get(key) ?? []), u.name]);
    }
    const groups = [...byMonths.entries()].map(([months, names]) => `đạt ${months} tháng: ${names.join(', ')}`);
    blocks.push(
      subitem(
        `${formatInteger(some.length)} đơn vị có hoạt động nhưng chưa đủ các tháng, trong đó ${groups.join('; ')}.`,
      ),
    );
  }
  return blocks;
}

function communeShortfall(input: NarrativeInput): ReportBlock[] {
  const { coverage } = input.figures;
  const never = coverage.communes.neverReached;
  if (never.length === 0) return [];
  const remote = never.filter((c) => c.remote).length;
  const remoteText = remote > 0 ? `, trong đó có ${formatInteger(remote)} xã vùng sâu, vùng xa` : '';
  const blocks = [
    item(
      `Còn ${partOf(never.length, coverage.communes.assigned, 'xã được phân công')} chưa có hoạt động nào trong kỳ` +
        `${remoteText}.`,
    ),
  ];
  const untouched = never.filter((c) => c.lastActivityDate === null || c.daysSinceLast === null);
  if (untouched.length > 0) {
    const byDistrict = new Map<string, string[]>();
    for (const c of [...untouched].sort((a, b) => compareVietnamese(a.name, b.name))) {
      byDistrict.set(c.district, [...(byDistrict.get(c.district) ?? []), placeInText(c.name)]);
    }
    const districts = [...byDistrict.entries()]
      .sort(([a], [b]) => compareVietnamese(a, b))
      .map(([district, names]) => `${placeInText(district)}: ${names.join(', ')}`);
    blocks.push(subitem(`${formatInteger(untouched.length)} xã chưa từng có hoạt động nào: ${districts.join('; ')}.`));
  }
  const lapsed = never
    .filter((c) => c.lastActivityDate !== null && c.daysSinceLast !== null)
    .sort((a, b) => (b.daysSinceLast ?? 0) - (a.daysSinceLast ?? 0) || compareVietnamese(a.name, b.name));
  if (lapsed.length > 0) {
    const list = lapsed.map(
      (c) =>
        `${placeInText(c.name)}, ${placeInText(c.district)} (lần gần nhất ngày ${formatDate(c.lastActivityDate!)}, ` +
        `đã ${formatInteger(c.daysSinceLast!)} ngày)`,
    );
    blocks.push(subitem(`${formatInteger(lapsed.length)} xã đã lâu chưa có hoạt động trở lại: ${list.join('; ')}.`));
  }
  return blocks;
}

function fundingShortfall(input: NarrativeInput): ReportBlock[] {
  const { funding } = input.figures;
  const value = funding.total.cash + funding.total.inKindValue;
  const staff = funding.bySource.find((s) => s.source === 'can_bo_dong_gop');
  const staffValue = (staff?.cash ?? 0) + (staff?.inKindValue ?? 0);
  if (value === 0 || staffValue * 2 <= value) return [];
  return [
    item(
      'Kinh phí tổ chức các hoạt động chủ yếu do cán bộ, đảng viên tự nguyện đóng góp ' +
        `(${share(staffValue, value)} tổng giá trị tiền mặt và hiện vật) nên còn hạn hẹp.`,
    ),
  ];
}

function difficultiesShortfall(input: NarrativeInput): ReportBlock[] {
  const list = input.difficulties;
  const who = input.scope.unit ? 'đơn vị' : 'các đơn vị';
  if (list.length === 0) return [item(`Trong kỳ, ${who} chưa phản ánh khó khăn, vướng mắc nào.`)];
  const blocks = [item(`${upperFirst(who)} phản ánh ${formatInteger(list.length)} khó khăn, vướng mắc:`)];
  for (const kind of DifficultyKind.codes) {
    const ofKind = list.filter((d) => d.kind === kind);
    if (ofKind.length === 0) continue;
    const texts = ofKind.map((d) => {
      const source = d.unitName ?? (d.communeName ? placeInText(d.communeName) : null);
      return `${unstop(d.text)}${source ? ` (${source})` : ''}`;
    });
    // Each difficulty is a sentence of its own: their texts have semicolons inside.
    blocks.push(subitem(`Về ${lowerFirst(DifficultyKind.labels[kind])}: ${texts.join('. ')}.`));
  }
  return blocks;
}

function directionsSection(settings: ReportSettingsValues): ReportBlock[] {
  return settings.directions
    .split('\n')
    .map((l) => l.trim().replace(/^[-+•]\s*/, ''))
    .filter((l) => l !== '')
    .map(item);
}

function recommendations(difficulties: ReportDifficulty[]): ReportBlock[] {
  const seen = new Set<string>();
  const blocks: ReportBlock[] = [];
  for (const d of difficulties) {
    const text = d.recommendation.trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    blocks.push(item(text));
  }
  return blocks;
}

export function reportBody(input: NarrativeInput): ReportBlock[] {
  const sections: [string, ReportBlock[]][] = [];
  sections.push([
    'KẾT QUẢ THỰC HIỆN',
    [
      subheading('1. Công tác phân công phụ trách'),
      ...assignmentsSection(input),
      subheading('2. Kết quả tham gia hoạt động với nhân dân tại cơ sở'),
      ...resultsSection(input),
      subheading('3. Kinh phí, hiện vật huy động'),
      ...fundingSection(input),
    ],
  ]);
  sections.push([
    'HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC',
    [...normShortfall(input), ...communeShortfall(input), ...fundingShortfall(input), ...difficultiesShortfall(input)],
  ]);
  const directions = directionsSection(input.settings);
  if (directions.length > 0) sections.push(['PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', directions]);
  const asks = recommendations(input.difficulties);
  if (asks.length > 0) sections.push(['ĐỀ XUẤT, KIẾN NGHỊ', asks]);

  return [
    opening(input),
    ...sections.flatMap(([title, blocks], i) => [heading(`${ROMAN[i]}. ${title}`), ...blocks]),
    paragraph(
      `Trên đây là báo cáo kết quả tham gia hoạt động với nhân dân tại cơ sở ${periodInText(input.period)}` +
        // A report about one unit or group already says whose results they are.
        `${input.scope.aboutSuffix}${input.scope.aboutSuffix.startsWith(' của') ? '' : ` của ${input.settings.reportingBody}`}./.`,
    ),
  ];
}
