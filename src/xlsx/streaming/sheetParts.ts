/**
 * Worksheet parts written straight from what RAG Tracker puts in them: a generated sheet from its
 * plan, and the store sheet from its rows. Text is written inline in the cell (not in the shared
 * string table), so adding a sheet never rewrites the user's strings part, however large.
 */
import type { SheetPlan } from "../../core/writePlan";
import type { StyleRegistry } from "../planRows";
import { renderPlan } from "../planRows";
import { Utf8Builder } from "../utf8Builder";
import { columnLetter } from "../../core/cells";
import { xmlEscape } from "../chartParts";
import { escapeCharacterCodes } from "../characterCodes";
import { MAX_CELL_TEXT } from "../writeSheet";

const A4 = 9;
const MAX_HEADER = 200;

const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';

/** Characters XML cannot hold, and the carriage return a reader would turn into a line feed. */
// eslint-disable-next-line no-control-regex
const NEEDS_CODE = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g;

/** Cell text as the package holds it: XML-escaped, with Excel's _xHHHH_ codes for what XML cannot carry. */
export function cellTextXml(text: string): string {
  const escaped = xmlEscape(escapeCharacterCodes(text));
  return escaped.replace(NEEDS_CODE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** A cell holding text, inline. */
export function inlineTextCell(address: string, styleAttribute: string, text: string): string {
  return `<c r="${address}"${styleAttribute} t="inlineStr"><is><t xml:space="preserve">${cellTextXml(text)}</t></is></c>`;
}

/** "&" starts a code in an Excel header, so a literal one is doubled. */
function headerText(text: string): string {
  return xmlEscape(text.slice(0, MAX_HEADER).replace(/&/g, "&&"));
}

/** Column widths as <col> elements, neighbours of one width joined. */
function colsXml(widths: readonly number[]): string {
  let xml = "";
  for (let i = 0; i < widths.length; i++) {
    const width = widths[i]!;
    if (!(width > 0)) continue;
    let last = i;
    while (widths[last + 1] === width) last++;
    xml += `<col min="${i + 1}" max="${last + 1}" width="${width}" customWidth="1"/>`;
    i = last;
  }
  return xml ? `<cols>${xml}</cols>` : "";
}

/** A generated sheet's part: its cells, merges, widths, frozen rows and print setup. */
export function generatedSheetXml(plan: SheetPlan, styles: StyleRegistry, date1904: boolean): Uint8Array {
  const data = renderPlan(plan, styles, date1904, inlineTextCell);
  const out = new Utf8Builder();
  out.append(`${WORKSHEET_OPEN}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="${data.dimension}"/>`);
  const frozen = plan.freezeRows;
  out.append(
    frozen > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  out.append(`<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>${colsXml(plan.columnWidths)}`);
  out.appendBytes(data.xml);
  if (data.mergeCells.length > 0) out.append(`<mergeCells count="${data.mergeCells.length}">${data.mergeCells.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`);
  const print = plan.print;
  out.append(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      // 0 pages tall: as many pages as the rows need; numbered from 1 on every generated sheet.
      `<pageSetup paperSize="${A4}" orientation="${print.orientation}" fitToWidth="${print.fitToPagesWide}" fitToHeight="0" firstPageNumber="1" useFirstPageNumber="1"/>` +
      `<headerFooter><oddHeader>&amp;C${headerText(print.header)}</oddHeader><oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter></headerFooter></worksheet>`,
  );
  return out.bytes();
}

/** The store sheet's part: every value text, formatted as text ("@"), as the ExcelJS door writes it. */
export function storeSheetXml(rows: readonly string[][], styles: StyleRegistry): Uint8Array {
  const s = styles.addStyleModel({ numFmt: "@" });
  const styleAttribute = s ? ` s="${s}"` : "";
  const out = new Utf8Builder();
  const width = Math.max(1, ...rows.map((row) => row.length));
  out.append(`${WORKSHEET_OPEN}<dimension ref="A1:${columnLetter(width)}${Math.max(1, rows.length)}"/><sheetData>`);
  rows.forEach((row, r) => {
    let xml = `<row r="${r + 1}">`;
    row.forEach((text, c) => {
      // Store chunks are cut below Excel's cell limit (src/core/store.ts); a longer one is refused rather than cut.
      if (text.length > MAX_CELL_TEXT) throw new Error("A stored record is longer than an Excel cell can hold, so nothing was saved.");
      xml += inlineTextCell(`${columnLetter(c + 1)}${r + 1}`, styleAttribute, text);
    });
    out.append(`${xml}</row>`);
  });
  out.append("</sheetData></worksheet>");
  return out.bytes();
}
