/**
 * Worksheet parts written straight from what RAG Tracker puts in them: a generated sheet from its
 * plan, and the store sheet from its rows. Their text goes to the shared-string table (see
 * sharedStringTable for why), their looks to the style sheet.
 */
import type { SheetPlan } from "../../core/writePlan";
import { PAGE_FOOTER } from "../../core/writePlan";
import type { StyleRegistry, TextCell } from "../planRows";
import type { SharedStringTable } from "./sharedStringTable";
import { renderPlan } from "../planRows";
import { Utf8Builder } from "../utf8Builder";
import { columnLetter } from "../../core/cells";
import { NS, XML_HEAD, xmlEscape } from "../packageXml";
import { A4, headerText } from "../writeSheet";
import { MAX_CELL_TEXT } from "../../core/excelLimits";
import { PAGE_MARGINS } from "../../core/printedPage";

const WORKSHEET_OPEN =
  XML_HEAD +
  `<worksheet xmlns="${NS.spreadsheet}" xmlns:r="${NS.rel}" ` +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';

/** Cells holding text write it to this table. */
function sharedTextCell(strings: SharedStringTable): TextCell {
  return (address, styleAttribute, text) => `<c r="${address}"${styleAttribute} t="s"><v>${strings.add(text)}</v></c>`;
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

/** Manual page breaks: a page breaks above <brk>'s row counted from 0, which is the 1-based row before it. */
function rowBreaksXml(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${rows.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
}

/** A generated sheet's part: its cells, merges, widths, frozen rows, print setup and, where it has charts, its drawing. */
export function generatedSheetXml(plan: SheetPlan, styles: StyleRegistry, strings: SharedStringTable, date1904: boolean, drawingRelId: string | null): Uint8Array[] {
  const data = renderPlan(plan, styles, date1904, sharedTextCell(strings));
  const out = new Utf8Builder();
  out.append(`${WORKSHEET_OPEN}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="${data.dimension}"/>`);
  const frozen = plan.freezeRows;
  out.append(
    frozen > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  out.append(`<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>${colsXml(plan.columnWidths)}`);
  for (const chunk of data.xml) out.appendBytes(chunk);
  if (data.mergeCells.length > 0) out.append(`<mergeCells count="${data.mergeCells.length}">${data.mergeCells.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`);
  const print = plan.print;
  const m = PAGE_MARGINS;
  out.append(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
      // 0 pages tall: as many pages as the rows need; numbered from 1 on every generated sheet.
      `<pageSetup paperSize="${A4}" orientation="${print.orientation}" fitToWidth="${print.fitToPagesWide}" fitToHeight="0" firstPageNumber="1" useFirstPageNumber="1"/>` +
      `<headerFooter><oddHeader>&amp;C${xmlEscape(headerText(print.header))}</oddHeader><oddFooter>${xmlEscape(`&C${PAGE_FOOTER}`)}</oddFooter></headerFooter>` +
      rowBreaksXml(plan.pageBreaks ?? []) +
      // The schema puts the row breaks after the header and footer, and the drawing after both.
      `${drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : ""}</worksheet>`,
  );
  return out.chunks();
}

/** The store sheet's part: every value text, formatted as text ("@"), as the ExcelJS door writes it. */
export function storeSheetXml(rows: readonly string[][], styles: StyleRegistry, strings: SharedStringTable): Uint8Array[] {
  const s = styles.addStyleModel({ numFmt: "@" });
  const styleAttribute = s ? ` s="${s}"` : "";
  const textCell = sharedTextCell(strings);
  const out = new Utf8Builder();
  const width = Math.max(1, ...rows.map((row) => row.length));
  out.append(`${WORKSHEET_OPEN}<dimension ref="A1:${columnLetter(width)}${Math.max(1, rows.length)}"/><sheetData>`);
  rows.forEach((row, r) => {
    let xml = `<row r="${r + 1}">`;
    row.forEach((text, c) => {
      // Store chunks are cut below Excel's cell limit (src/core/store.ts); a longer one is refused rather than cut.
      if (text.length > MAX_CELL_TEXT) throw new Error("A stored record is longer than an Excel cell can hold, so nothing was saved.");
      xml += textCell(`${columnLetter(c + 1)}${r + 1}`, styleAttribute, text);
    });
    out.append(`${xml}</row>`);
  });
  out.append("</sheetData></worksheet>");
  return out.chunks();
}
