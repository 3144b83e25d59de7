/**
 * The report as a Word document in the party's format (Hướng dẫn 36-HD/VPTW, 2018): A4, Times New Roman;
 * the header table (the superior and issuing bodies, "*", the number and symbol on the left; "ĐẢNG CỘNG
 * SẢN VIỆT NAM" underlined and the place and date in italics on the right); "BÁO CÁO" and the trích yếu;
 * the body in 14 pt, justified, first lines indented; the signature block on the right and "Nơi nhận:"
 * on the left; page numbers at the top centre from page 2. The tables follow as an appendix (phụ lục)
 * on landscape pages, as reports with long tables do.
 */
import {
  balancedLines,
  formatDate,
  formatReportCell,
  type PeriodReport,
  type ReportCell,
  type ReportColumnKind,
  type ReportTable,
} from '@danvan/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
} from 'docx';

const FONT = 'Times New Roman';
/** Sizes in half-points, as Word counts them. */
const PT = (points: number) => points * 2;
/** Millimetres in twentieths of a point, rounded (A4 is 11906 × 16838 in Word's own files). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

/** A4 with the guide's margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const PORTRAIT = {
  size: { width: mm(210), height: mm(297), orientation: PageOrientation.PORTRAIT },
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
};
const PORTRAIT_TEXT_WIDTH = mm(210 - 30 - 15);
const LANDSCAPE = {
  // docx swaps width and height itself for a landscape page.
  size: { width: mm(210), height: mm(297), orientation: PageOrientation.LANDSCAPE },
  margin: { top: mm(25), bottom: mm(20), left: mm(20), right: mm(15), header: mm(10), footer: mm(10) },
};
const LANDSCAPE_TEXT_WIDTH = mm(297 - 20 - 15);

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}

/** A run of text: Times New Roman 14 comes from the document's defaults, so a run names only what differs. */
function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    ...(style.size && style.size !== 14 ? { size: PT(style.size) } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });
}

function centred(text: string, style: RunStyle = {}, spacing: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 },
    children: [run(text, style)],
  });
}

/** A cell without borders, for the header and the signature block. */
function plainCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[], widths: [number, number], indent = 0): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    ...(indent ? { indent: { size: indent, type: WidthType.DXA } } : {}),
    rows: [new TableRow({ cantSplit: true, children: [plainCell(left, widths[0]), plainCell(right, widths[1])] })],
  });
}

/**
 * The header reaches a little into the left margin, as printed party documents do, so that "ĐẢNG CỘNG SẢN
 * VIỆT NAM" in 15 pt and each line of the issuing body fit their columns.
 */
function documentHeader(doc: PeriodReport['document']): Table {
  return twoColumns(
    [
      centred(doc.superiorBody),
      ...balancedLines(doc.issuingBody).map((line) => centred(line, { bold: true })),
      centred('*'),
      centred(doc.numberLine),
    ],
    [
      centred('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: 15 }),
      centred('', {}, { after: 120 }),
      centred(doc.placeDate, { italics: true }),
    ],
    [mm(80), mm(93)],
    -mm(8),
  );
}

function title(doc: PeriodReport['document']): Paragraph[] {
  return [
    centred(doc.kind, { bold: true, size: 16 }, { before: 480 }),
    ...doc.summary.map((line) => centred(line, { bold: true })),
    centred('-----', {}, { after: 240 }),
  ];
}

/** Body text: 14 pt, justified, first line indented 1,27 cm, 6 pt between paragraphs. */
function bodyParagraph(children: ParagraphChild[], keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 0, after: 120, line: 276 },
    keepNext,
    children,
  });
}

function body(blocks: PeriodReport['body']): Paragraph[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return bodyParagraph([run(b.text, { bold: true })], true);
      case 'subheading':
        return bodyParagraph([run(b.text, { bold: true })], true);
      default:
        return bodyParagraph([run(b.text)]);
    }
  });
}

/** "Nơi nhận:" on the left (14, underlined; the list in 12), the signer on the right. */
function signature(doc: PeriodReport['document']): Table {
  const last = doc.recipients.length - 1;
  const recipients = doc.recipients.map(
    (r, i) =>
      new Paragraph({
        indent: { left: mm(3), hanging: mm(3) },
        children: [run(`- ${r.replace(/[.,;]+$/, '')}${i === last ? '.' : ','}`, { size: 12 })],
      }),
  );
  const signer = [
    ...(doc.signer.capacity ? [centred(doc.signer.capacity, { bold: true })] : []),
    centred(doc.signer.title, { bold: true }),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => centred('')),
    centred(doc.signer.name, { bold: true }),
  ];
  return twoColumns([new Paragraph({ children: [run('Nơi nhận:', { underline: true })] }), ...recipients], signer, [
    Math.round(PORTRAIT_TEXT_WIDTH / 2),
    PORTRAIT_TEXT_WIDTH - Math.round(PORTRAIT_TEXT_WIDTH / 2),
  ]);
}

function alignmentOf(kind: ReportColumnKind, key: string) {
  if (key === 'stt' || kind === 'date') return AlignmentType.CENTER;
  return kind === 'text' ? AlignmentType.LEFT : AlignmentType.RIGHT;
}

function gridCell(
  text: string,
  width: number,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
  bold: boolean,
  keepNext = false,
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    children: [new Paragraph({ alignment, keepNext, children: [run(text, { bold, size: 11 })] })],
  });
}

const SHORT_TABLE_ROWS = 20;

function reportTable(t: ReportTable): (Paragraph | Table)[] {
  const units = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((LANDSCAPE_TEXT_WIDTH * c.width) / units));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => gridCell(c.header, widths[i]!, AlignmentType.CENTER, true, true)),
  });
  // A short table is kept on one page with its title (each row held to the next), as a long one cannot be.
  const short = t.rows.length <= SHORT_TABLE_ROWS;
  const line = (cells: ReportCell[], bold: boolean, keepNext: boolean) =>
    new TableRow({
      cantSplit: true,
      children: t.columns.map((c, i) =>
        gridCell(formatReportCell(cells[i] ?? null, c.kind), widths[i]!, alignmentOf(c.kind, c.key), bold, keepNext),
      ),
    });
  const rows = [
    header,
    ...t.rows.map((r, i) => line(r, false, short && (i < t.rows.length - 1 || t.total !== null))),
    ...(t.total ? [line(t.total, true, false)] : []),
  ];
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 240, after: 120 },
      children: [run(t.title, { bold: true, size: 13 })],
    }),
    new Table({
      width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: GRID,
      rows:
        t.rows.length > 0 || t.total
          ? rows
          : [
              header,
              line(
                t.columns.map((_, i) => (i === 1 ? 'Không có số liệu' : null)),
                false,
                false,
              ),
            ],
    }),
    ...(t.note
      ? [new Paragraph({ spacing: { before: 60 }, children: [run(t.note, { italics: true, size: 11 })] })]
      : []),
  ];
}

function appendix(report: PeriodReport): (Paragraph | Table)[] {
  const doc = report.document;
  return [
    centred('PHỤ LỤC', { bold: true }),
    centred(`Số liệu kèm theo Báo cáo ${doc.numberLine.replace(/^Số /, 'số ')}, ngày ${formatDate(doc.date)}`, {
      italics: true,
    }),
    centred(doc.summary.slice(1).join(' '), { italics: true }, { after: 120 }),
    ...report.tables.flatMap(reportTable),
  ];
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT(14) })],
      }),
    ],
  });
}

function demoFooter(demo: boolean): { default: Footer; first: Footer } | undefined {
  if (!demo) return undefined;
  const footer = () =>
    new Footer({
      children: [
        centred('Số liệu minh hoạ do hệ thống tạo ra, không phải số liệu chính thức của đơn vị nào.', {
          italics: true,
          size: 9,
        }),
      ],
    });
  return { default: footer(), first: footer() };
}

export async function reportDocx(report: PeriodReport): Promise<Buffer> {
  const doc = report.document;
  const footers = demoFooter(report.demo);
  const document = new Document({
    creator: doc.issuingBody,
    title: `${doc.kind} ${doc.summary.join(' ')}`,
    description: doc.numberLine,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: PT(14), language: { value: 'vi-VN' } },
        },
      },
    },
    sections: [
      {
        properties: { page: PORTRAIT, titlePage: true },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        ...(footers ? { footers } : {}),
        children: [
          documentHeader(doc),
          ...title(doc),
          ...body(report.body),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          signature(doc),
        ],
      },
      {
        properties: { page: LANDSCAPE },
        headers: { default: pageNumberHeader() },
        ...(footers ? { footers: { default: footers.default } } : {}),
        children: appendix(report),
      },
    ],
  });
  return Packer.toBuffer(document);
}
