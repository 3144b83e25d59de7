/**
 * The period report on the demo data: the JSON, the Word document and the Excel workbook are read back
 * (the .docx unzipped, its document.xml read; the .xlsx opened with exceljs) and their structure and
 * figures checked against the /stats/* endpoints, for the seed's period and for narrower scopes.
 */
import { SEED_PERIOD } from '@danvan/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRole } from './helpers/auth.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const SEED = `from=${SEED_PERIOD.from}&to=${SEED_PERIOD.to}`;

interface Stats {
  coverage: {
    visits: number;
    activities: number;
    units: { assigned: number; active: number; onNorm: number };
    communes: { assigned: number; reached: number; neverReached: { name: string }[] };
    participants: { total: number };
  };
  compliance: { total: number; summary: { assigned: number; onNorm: number } };
  communes: { total: number };
  funding: {
    total: { cash: number; inKindValue: number; labourDays: number };
    bySource: { source: string; cash: number; inKindValue: number }[];
    items: { item: string; quantity: number; valueVnd: number }[];
  };
}

const decode = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** The text of each paragraph of a document.xml, in order. */
function paragraphsOf(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map((p) => decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))
    .filter((t) => t.trim() !== '');
}

/** The XML of the paragraph that holds a text. */
function paragraphXml(xml: string, text: string): string {
  const found = xml.split('</w:p>').find((p) => decode(p).includes(text));
  if (!found) throw new Error(`no paragraph with ${text}`);
  return found;
}

async function readDocx(body: Buffer) {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  return { zip, xml, paragraphs: paragraphsOf(xml) };
}

async function readXlsx(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

describe('period report', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function stats(query: string, headers?: Record<string, string>): Promise<Stats> {
    const get = async (path: string) => {
      const res = await t.app.inject({ url: `/api/v1/stats/${path}?${query}`, ...(headers ? { headers } : {}) });
      expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
      return res.json();
    };
    return {
      coverage: await get('coverage'),
      compliance: await get('compliance'),
      communes: await get('communes'),
      funding: await get('funding'),
    };
  }

  async function report(query: string, headers?: Record<string, string>) {
    const res = await t.app.inject({ url: `/api/v1/reports/period?${query}`, ...(headers ? { headers } : {}) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  function table(
    r: { tables: { key: string; rows: unknown[][]; total: unknown[] | null; columns: { key: string }[] }[] },
    key: string,
  ) {
    const found = r.tables.find((x) => x.key === key)!;
    const col = (k: string) => found.columns.findIndex((c) => c.key === k);
    return { ...found, col, sum: (k: string) => found.rows.reduce((s, row) => s + Number(row[col(k)] ?? 0), 0) };
  }

  describe('for the seed period', () => {
    let s: Stats;
    let r: Awaited<ReturnType<typeof report>>;
    beforeAll(async () => {
      s = await stats(SEED);
      r = await report(SEED);
    });

    it('has the seed’s headline figures, equal to the stats endpoints', () => {
      expect(r.figures.visits).toBe(115);
      expect(r.figures.units.assigned).toBe(77);
      expect(r.figures.communes.assigned).toBe(100);
      expect(r.figures.visits).toBe(s.coverage.visits);
      expect(r.figures.activities).toBe(s.coverage.activities);
      expect(r.figures.units).toEqual(s.coverage.units);
      expect(r.figures.communes).toEqual({
        assigned: s.coverage.communes.assigned,
        reached: s.coverage.communes.reached,
        neverReached: s.coverage.communes.neverReached.length,
      });
      expect(r.figures.participants).toBe(s.coverage.participants.total);
      expect(r.figures.cash).toBe(s.funding.total.cash);
      expect(r.figures.cash).toBe(372_400_000);
      expect(r.figures.inKindValue).toBe(s.funding.total.inKindValue);
      expect(r.figures.labourDays).toBe(s.funding.total.labourDays);
      const staff = s.funding.bySource.find((x) => x.source === 'can_bo_dong_gop')!;
      expect(r.figures.staffValue).toBe(staff.cash + staff.inKindValue);
      expect(r.demo).toBe(true);
    });

    it('tells the figures in Vietnamese prose, in the manner of the seed', () => {
      const text = r.body.map((b: { text: string }) => b.text).join('\n');
      const headings = r.body
        .filter((b: { kind: string }) => b.kind === 'heading')
        .map((b: { text: string }) => b.text);
      expect(headings.slice(0, 2)).toEqual(['I. KẾT QUẢ THỰC HIỆN', 'II. HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC']);
      expect(text).toContain('Hướng dẫn số 02-HD/BDVTU ngày 10/09/2021 của Ban Dân vận Tỉnh ủy');
      expect(text).toContain('từ ngày 10/09/2021 đến ngày 18/03/2022');
      expect(text).toContain('77 chi, đảng bộ cơ sở được phân công phụ trách');
      expect(text).toContain('100 xã');
      expect(text).toContain(`${s.coverage.units.active}/77 chi, đảng bộ cơ sở`);
      expect(text).toContain('115 lượt hoạt động');
      expect(text).toContain(`${s.coverage.communes.reached}/100 xã được phân công phụ trách`);
      expect(text).toContain('372.400.000 đồng tiền mặt');
      expect(text).toMatch(/cán bộ, đảng viên tự nguyện đóng góp [\d.]+ đồng \(\d+(,\d)?%\)/);
      expect(text).toMatch(/\d+(,\d+)? tấn xi măng/);
      // The units below norm and the communes never reached, by name.
      expect(text).toContain(`${77 - s.coverage.units.onNorm}/77`);
      for (const c of s.coverage.communes.neverReached.slice(0, 5)) {
        expect(text).toContain(c.name.replace(/^Xã/, 'xã').replace(/^Thị trấn/, 'thị trấn'));
      }
      expect(text).toMatch(/Về kinh phí: /);
      expect(text).toContain('./.');
    });

    it('has the five tables, whose totals are the stats endpoints’ figures', () => {
      expect(r.tables.map((x: { key: string }) => x.key)).toEqual([
        'units',
        'communes',
        'categories',
        'sources',
        'items',
      ]);
      const units = table(r, 'units');
      expect(units.rows).toHaveLength(s.compliance.total);
      expect(units.sum('visits')).toBe(115);
      const communes = table(r, 'communes');
      expect(communes.rows).toHaveLength(s.communes.total);
      expect(communes.rows).toHaveLength(100);
      expect(communes.sum('visits')).toBe(115);
      const sources = table(r, 'sources');
      expect(sources.total![sources.col('cash')]).toBe(s.funding.total.cash);
      expect(sources.sum('cash')).toBe(s.funding.total.cash);
      expect(sources.sum('inKindValue')).toBe(s.funding.total.inKindValue);
      const items = table(r, 'items');
      expect(items.rows).toHaveLength(s.funding.items.length);
      expect(items.sum('valueVnd')).toBe(s.funding.items.reduce((sum, i) => sum + i.valueVnd, 0));
      const categories = table(r, 'categories');
      expect(categories.rows.length).toBeGreaterThan(3);
      expect(Math.max(...categories.rows.map((row) => Number(row[categories.col('visits')])))).toBeLessThanOrEqual(115);
    });

    it('writes a Word document in the party format, with the same figures', async () => {
      const res = await t.app.inject({ url: `/api/v1/reports/period.docx?${SEED}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="bao-cao-10-09-2021-den-18-03-2022.docx"; ' +
          "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%2010-09-2021%20%C4%91%E1%BA%BFn%2018-03-2022.docx",
      );
      const { zip, xml, paragraphs } = await readDocx(res.rawPayload);
      // A4 portrait with the guide's margins (twentieths of a point): left 30 mm, right 15 mm, top and bottom 20 mm.
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
      // The header: superior and issuing bodies, "*", number and symbol; the party's name, place and date.
      expect(paragraphs.slice(0, 8)).toEqual([
        'ĐẢNG BỘ TỈNH',
        // A long name is set in two balanced lines, as printed headers do.
        'ĐẢNG ỦY KHỐI CÁC CƠ QUAN',
        'VÀ DOANH NGHIỆP TỈNH',
        '*',
        'Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/ĐUK',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        '…………, ngày 18 tháng 3 năm 2022',
        'BÁO CÁO',
      ]);
      expect(paragraphXml(xml, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:u w:val="single"\/>/);
      expect(paragraphXml(xml, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toContain('<w:sz w:val="30"/>');
      expect(paragraphXml(xml, 'ĐẢNG ỦY KHỐI')).toContain('<w:b/>');
      expect(paragraphXml(xml, 'ngày 18 tháng 3 năm 2022')).toContain('<w:i/>');
      expect(paragraphXml(xml, 'BÁO CÁO')).toContain('<w:b/>');
      expect(paragraphs).toContain('Kết quả tham gia hoạt động với nhân dân tại cơ sở');
      // The body: Times New Roman 14, justified, first line indented.
      const body = paragraphXml(xml, '115 lượt hoạt động');
      expect(body).toContain('<w:jc w:val="both"/>');
      expect(body).toMatch(/<w:ind w:firstLine="720"\/>/);
      // Times New Roman 14 is the document's default, which no body run overrides.
      const styles = await zip.file('word/styles.xml')!.async('string');
      expect(styles).toMatch(
        /<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>[\s\S]*<\/w:docDefaults>/,
      );
      expect(body).not.toContain('<w:rFonts');
      expect(body).not.toContain('<w:sz ');
      expect(paragraphs.join('\n')).toContain('372.400.000 đồng tiền mặt');
      // The signature block and the recipients.
      const capacity = paragraphs.indexOf('T/M BAN THƯỜNG VỤ');
      expect(capacity).toBeGreaterThan(0);
      expect(paragraphs[capacity + 1]).toBe('PHÓ BÍ THƯ');
      expect(paragraphs).toContain('Nơi nhận:');
      expect(paragraphXml(xml, 'Nơi nhận:')).toContain('<w:u w:val="single"/>');
      expect(paragraphs).toContain('- Ban Thường vụ Tỉnh ủy (b/c),');
      expect(paragraphs).toContain('- Lưu Văn phòng Đảng ủy Khối.');
      // The appendix with its tables.
      expect(paragraphs).toContain('PHỤ LỤC');
      for (const n of [1, 2, 3, 4, 5]) expect(paragraphs.some((p) => p.startsWith(`Biểu ${n}. `))).toBe(true);
      expect(xml).toContain('w:orient="landscape"');
      expect(paragraphs).toContain('Chi, đảng bộ cơ sở');
      expect(paragraphs).toContain('372.400.000');
    });

    it('writes an Excel workbook: a summary sheet, one sheet per table, Vietnamese headers and number formats', async () => {
      const res = await t.app.inject({ url: `/api/v1/reports/period.xlsx?${SEED}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toContain('filename="bao-cao-10-09-2021-den-18-03-2022.xlsx"');
      const wb = await readXlsx(res.rawPayload);
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        'Tổng hợp',
        'Theo đơn vị',
        'Theo xã',
        'Theo nội dung',
        'Theo nguồn',
        'Hiện vật',
      ]);
      const summary = wb.getWorksheet('Tổng hợp')!;
      const figure = (label: string) => {
        let found: ExcelJS.Row | undefined;
        summary.eachRow((row) => {
          if (row.getCell(1).value === label) found = row;
        });
        if (!found) throw new Error(`no row ${label}`);
        return found.getCell(2);
      };
      expect(summary.getCell('B3').value).toBe('10/09/2021 – 18/03/2022');
      expect(figure('Số lượt hoạt động (đơn vị × hoạt động, đã duyệt)').value).toBe(115);
      expect(figure('Số đơn vị được phân công').value).toBe(77);
      expect(figure('Số xã được phân công').value).toBe(100);
      expect(figure('Số xã có hoạt động').value).toBe(s.coverage.communes.reached);
      expect(figure('Tiền mặt').value).toBe(372_400_000);
      expect(figure('Tiền mặt').numFmt).toBe('#,##0 "đồng"');

      const units = wb.getWorksheet('Theo đơn vị')!;
      expect(units.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      const header = units.getRow(3);
      expect(header.getCell(2).value).toBe('Chi, đảng bộ cơ sở');
      expect(header.getCell(6).value).toBe('Số lượt');
      expect(header.getCell(9).value).toBe('Tiền mặt');
      expect(header.getCell(2).font.bold).toBe(true);
      expect(units.getColumn(2).width).toBeGreaterThan(30);
      const rows = units.getRows(4, 77)!;
      expect(rows.reduce((sum, row) => sum + Number(row.getCell(6).value), 0)).toBe(115);
      expect(rows[0]!.getCell(9).numFmt).toBe('#,##0 "đồng"');
      const total = units.getRow(4 + 77);
      expect(total.getCell(2).value).toBe('Cộng');
      expect(total.getCell(6).value).toBe(115);

      const sources = wb.getWorksheet('Theo nguồn')!;
      let cash = 0;
      sources.eachRow((row, n) => {
        if (n > 3 && row.getCell(2).value !== 'Cộng' && typeof row.getCell(3).value === 'number') {
          cash += row.getCell(3).value as number;
        }
      });
      expect(cash).toBe(s.funding.total.cash);
      const communes = wb.getWorksheet('Theo xã')!;
      expect(communes.getRow(3).getCell(7).value).toBe('Hoạt động gần nhất');
      const dated = communes.getRows(4, 100)!.find((row) => row.getCell(7).value instanceof Date)!;
      expect(dated.getCell(7).numFmt).toBe('dd/mm/yyyy');
    });
  });

  it('follows a narrower scope: a group of units in one district', async () => {
    const query = `${SEED}&unitGroup=doanh_nghiep&district=${encodeURIComponent('Huyện Na Rì')}`;
    const s = await stats(query);
    const r = await report(query);
    expect(r.scope).toEqual({
      unitId: null,
      unitGroup: 'doanh_nghiep',
      district: 'Huyện Na Rì',
      label: 'Khối: Doanh nghiệp, Huyện Na Rì',
    });
    expect(r.figures.visits).toBe(s.coverage.visits);
    expect(r.figures.units).toEqual(s.coverage.units);
    expect(r.figures.communes.assigned).toBe(s.coverage.communes.assigned);
    expect(r.figures.cash).toBe(s.funding.total.cash);
    expect(r.figures.units.assigned).toBeLessThan(77);
    expect(table(r, 'units').rows).toHaveLength(s.compliance.total);
    expect(table(r, 'units').sum('visits')).toBe(s.coverage.visits);
    expect(table(r, 'communes').rows).toHaveLength(s.communes.total);
    expect(r.document.summary).toEqual([
      'Kết quả tham gia hoạt động với nhân dân tại cơ sở',
      'từ ngày 10/09/2021 đến ngày 18/03/2022',
      'của các chi, đảng bộ cơ sở thuộc khối doanh nghiệp trên địa bàn huyện Na Rì',
    ]);

    const docx = await t.app.inject({ url: `/api/v1/reports/period.docx?${query}` });
    expect(docx.headers['content-disposition']).toContain(
      'filename="bao-cao-10-09-2021-den-18-03-2022-khoi-doanh-nghiep-huyen-na-ri.docx"',
    );
    const { paragraphs } = await readDocx(docx.rawPayload);
    expect(paragraphs).toContain('của các chi, đảng bộ cơ sở thuộc khối doanh nghiệp trên địa bàn huyện Na Rì');
    expect(paragraphs.join('\n')).toContain(`${r.figures.visits} lượt hoạt động`);
    const xlsx = await readXlsx((await t.app.inject({ url: `/api/v1/reports/period.xlsx?${query}` })).rawPayload);
    expect(
      xlsx
        .getWorksheet('Theo đơn vị')!
        .getRow(4 + s.compliance.total)
        .getCell(6).value,
    ).toBe(s.coverage.visits);
  });

  it('names a whole quarter as such, and one unit’s report speaks of that unit', async () => {
    const bdv = t.handle.sqlite.prepare("SELECT id, name FROM units WHERE code = 'CB-BDVTU'").get() as {
      id: number;
      name: string;
    };
    const query = `from=2022-01-01&to=2022-03-31&unitId=${bdv.id}`;
    const s = await stats(query);
    const r = await report(query);
    expect(r.document.summary).toEqual([
      'Kết quả tham gia hoạt động với nhân dân tại cơ sở',
      'quý I năm 2022',
      `của ${bdv.name}`,
    ]);
    expect(r.figures.visits).toBe(s.coverage.visits);
    const text = r.body.map((b: { text: string }) => b.text).join('\n');
    expect(text).toContain(`${bdv.name} được phân công phụ trách`);
    expect(text).toContain('Trong quý I năm 2022,');
    expect(text).toContain(
      `Trên đây là báo cáo kết quả tham gia hoạt động với nhân dân tại cơ sở quý I năm 2022 của ${bdv.name}./.`,
    );
  });

  it('confines a unit officer to their own unit, as the figures are', async () => {
    const officer = await asRole(t, 'unit_officer');
    const own = t.handle.sqlite.prepare("SELECT unit_id AS unitId FROM users WHERE username = 'bandanvan'").get() as {
      unitId: number;
    };
    const r = await report(SEED, officer);
    expect(r.scope.unitId).toBe(own.unitId);
    const s = await stats(`${SEED}&unitId=${own.unitId}`);
    expect(r.figures.visits).toBe(s.coverage.visits);
    const other = await t.app.inject({ url: `/api/v1/reports/period.docx?${SEED}&unitId=999999`, headers: officer });
    expect(other.statusCode).toBe(403);
  });

  it('refuses a period that ends before it starts, and an unknown unit', async () => {
    const backwards = await t.app.inject({ url: '/api/v1/reports/period?from=2022-03-18&to=2021-09-10' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.headers['content-type']).toContain('application/problem+json');
    const unknown = await t.app.inject({ url: `/api/v1/reports/period.xlsx?${SEED}&unitId=999999` });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('report settings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const settings = {
    superiorBody: 'Đảng bộ tỉnh',
    issuingBody: 'Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh',
    number: '15',
    symbol: 'BC/ĐUK',
    place: 'Thành phố Minh Hoạ',
    reportingBody: 'Ban Thường vụ Đảng ủy Khối',
    signerCapacity: 'T/M Ban Thường vụ',
    signerTitle: 'Phó Bí thư',
    signerName: 'Nguyễn Văn An',
    recipients: ['Ban Thường vụ Tỉnh ủy (b/c)', 'Lưu Văn phòng'],
    directions: '- Tiếp tục bám sát cơ sở.\n\nƯu tiên xã vùng sâu, vùng xa.',
  };

  it('start from the defaults, are saved with If-Match, audited, and printed on the report', async () => {
    const first = await t.app.inject({ url: '/api/v1/reports/settings' });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"0"');
    expect(first.json()).toMatchObject({ version: 0, symbol: 'BC/ĐUK', signerCapacity: 'T/M BAN THƯỜNG VỤ' });

    const url = '/api/v1/reports/settings';
    expect((await t.app.inject({ method: 'PUT', url, payload: settings })).statusCode).toBe(428);
    const saved = await t.app.inject({ method: 'PUT', url, payload: settings, headers: { 'if-match': '"0"' } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe('"1"');
    expect(saved.json()).toMatchObject({ ...settings, version: 1 });
    const stale = await t.app.inject({ method: 'PUT', url, payload: settings, headers: { 'if-match': '"0"' } });
    expect(stale.statusCode).toBe(412);
    const bad = await t.app.inject({
      method: 'PUT',
      url,
      payload: { ...settings, issuingBody: '', extra: 1 },
      headers: { 'if-match': '"1"' },
    });
    expect(bad.statusCode).toBe(400);
    const audit = t.handle.sqlite
      .prepare("SELECT action, actor_name AS actor FROM audit_log WHERE entity = 'report_settings'")
      .all();
    expect(audit).toHaveLength(1);

    const r = (await t.app.inject({ url: `/api/v1/reports/period?${SEED}` })).json();
    expect(r.document).toMatchObject({
      superiorBody: 'ĐẢNG BỘ TỈNH',
      issuingBody: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH',
      numberLine: 'Số 15-BC/ĐUK',
      placeDate: 'Thành phố Minh Hoạ, ngày 18 tháng 3 năm 2022',
      signer: { capacity: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn An' },
      recipients: ['Ban Thường vụ Tỉnh ủy (b/c)', 'Lưu Văn phòng'],
    });
    const directions = r.body.filter((b: { text: string }) => b.text.includes('bám sát') || b.text.includes('Ưu tiên'));
    expect(directions.map((b: { text: string }) => b.text)).toEqual([
      '- Tiếp tục bám sát cơ sở.',
      '- Ưu tiên xã vùng sâu, vùng xa.',
    ]);

    // The number and date of one report can be given without touching the settings.
    const one = (await t.app.inject({ url: `/api/v1/reports/period?${SEED}&number=21&date=2022-02-05` })).json();
    expect(one.document.numberLine).toBe('Số 21-BC/ĐUK');
    expect(one.document.placeDate).toBe('Thành phố Minh Hoạ, ngày 05 tháng 02 năm 2022');
    const { paragraphs } = await readDocx(
      (await t.app.inject({ url: `/api/v1/reports/period.docx?${SEED}&number=21&date=2022-02-05` })).rawPayload,
    );
    expect(paragraphs).toContain('Số 21-BC/ĐUK');
    expect(paragraphs).toContain('Nguyễn Văn An');
    expect(paragraphs).toContain('- Lưu Văn phòng.');
  });

  it('may be read by anyone signed in but changed by admins only', async () => {
    const viewer = await asRole(t, 'viewer');
    expect((await t.app.inject({ url: '/api/v1/reports/settings', headers: viewer })).statusCode).toBe(200);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/reports/settings',
      payload: settings,
      headers: { ...viewer, 'if-match': '*' },
    });
    expect(put.statusCode).toBe(403);
  });
});
