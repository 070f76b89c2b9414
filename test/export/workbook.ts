/** Reads an exported workbook back with exceljs, for the XLSX tests. */
import ExcelJS from 'exceljs';

export interface ReadWorkbook {
  workbook: ExcelJS.Workbook;
  sheets: string[];
  /** Every row of a sheet as text, header first. */
  rows(sheet: string): string[][];
}

export async function readWorkbook(data: Uint8Array): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  return {
    workbook,
    sheets: workbook.worksheets.map((w) => w.name),
    rows(name) {
      const sheet = workbook.getWorksheet(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      const out: string[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => {
        const values: string[] = [];
        for (let c = 1; c <= sheet.columnCount; c += 1) {
          const value = row.getCell(c).value;
          values.push(value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
        }
        out.push(values);
      });
      return out;
    },
  };
}
