/** The first sheet of an XLSX answer, parsed back with exceljs: its header row and data rows. */
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';

export async function firstSheet(res: LightMyRequestResponse) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => {
    rows.push(row);
  });
  const header = (rows[0]!.values as unknown[]).slice(1) as string[];
  return { ws, header, data: rows.slice(1) };
}
