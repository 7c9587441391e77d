/**
 * The sample workbook the product runs on by default: the peer review action plan as the
 * document lays it out, a composite case-review tracker, the delivery plan with a RAG column,
 * and a notes sheet with no tracker. No generated sheets and no store sheet.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { INDEX_ENTRIES, INDEX_HEADING, PAGE_BREAK_AFTER, PEER_REVIEW_HEADER, PEER_REVIEW_TITLE, RECOMMENDATIONS } from "./peerReview";
import { CASE_REVIEWS, CASE_REVIEWS_HEADER, CASE_REVIEWS_TITLE } from "./caseReviews";
import { DELIVERY_HEADER, DELIVERY_PLAN, DELIVERY_TITLE } from "./deliveryPlan";

const DATE_FORMAT = "dd/mm/yyyy";
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** The fills a team gives its rating cells by hand (their own formatting, not RAG Tracker's). */
const RATING_FILLS: Record<string, { fill: string; font: string }> = {
  b: { fill: "FF0070C0", font: "FFFFFFFF" },
  blue: { fill: "FF0070C0", font: "FFFFFFFF" },
  g: { fill: "FF00B050", font: "FF000000" },
  green: { fill: "FF00B050", font: "FF000000" },
  a: { fill: "FFFFC000", font: "FF000000" },
  amber: { fill: "FFFFC000", font: "FF000000" },
  r: { fill: "FFC00000", font: "FFFFFFFF" },
  red: { fill: "FFC00000", font: "FFFFFFFF" },
};

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

function title(sheet: ExcelJS.Worksheet, text: string): void {
  const cell = sheet.getCell(1, 1);
  cell.value = text;
  cell.font = { bold: true, size: 14 };
}

function header(sheet: ExcelJS.Worksheet, row: number, names: string[]): void {
  names.forEach((name, i) => {
    const cell = sheet.getCell(row, i + 1);
    cell.value = name;
    cell.font = { bold: true };
    cell.fill = solid("FFD9E1F2");
    cell.border = BOX;
    cell.alignment = { vertical: "top", wrapText: true };
  });
}

/** A body cell: boxed, wrapped, top-aligned, as the team's sheets are. */
function put(sheet: ExcelJS.Worksheet, row: number, column: number, value: ExcelJS.CellValue, numFmt?: string): ExcelJS.Cell {
  const cell = sheet.getCell(row, column);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
  cell.border = BOX;
  cell.alignment = { vertical: "top", wrapText: true };
  return cell;
}

function rating(cell: ExcelJS.Cell): void {
  const look = RATING_FILLS[String(cell.value ?? "").trim().toLowerCase()];
  cell.alignment = { vertical: "top", horizontal: "center", wrapText: true };
  if (!look) return;
  cell.fill = solid(look.fill);
  cell.font = { bold: true, color: { argb: look.font } };
}

function printSetup(sheet: ExcelJS.Worksheet, titleRows: string): void {
  sheet.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: titleRows };
}

/** Merges a category or objective cell down over the rows that share it. */
function mergeRuns(sheet: ExcelJS.Worksheet, column: number, runs: { first: number; last: number }[]): void {
  for (const run of runs) if (run.last > run.first) sheet.mergeCells(run.first, column, run.last, column);
}

function peerReviewSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Peer Review", { views: [{ state: "frozen", ySplit: 3 }] });
  title(sheet, PEER_REVIEW_TITLE);
  header(sheet, 3, PEER_REVIEW_HEADER);
  let row = 4;
  const runs: { first: number; last: number }[] = [];
  let previous: string | null = null;
  for (const rec of RECOMMENDATIONS) {
    // Excel keeps a merged category's text in its top cell only.
    if (rec.category === previous && runs.length > 0 && runs[runs.length - 1]!.last === row - 1) runs[runs.length - 1]!.last = row;
    else runs.push({ first: row, last: row });
    put(sheet, row, 1, rec.category);
    put(sheet, row, 2, rec.no).alignment = { vertical: "top", horizontal: "center" };
    put(sheet, row, 3, rec.recommendation);
    put(sheet, row, 4, rec.actions);
    put(sheet, row, 5, rec.response);
    rating(put(sheet, row, 6, rec.rating));
    previous = rec.category;
    row++;
    if (rec.no === PAGE_BREAK_AFTER) {
      previous = null;
      row++;
    }
  }
  for (const run of runs) for (let r = run.first + 1; r <= run.last; r++) sheet.getCell(r, 1).value = null;
  mergeRuns(sheet, 1, runs);

  // The index, as the document prints it below the table.
  row++;
  sheet.getCell(row, 1).value = INDEX_HEADING;
  sheet.getCell(row, 1).font = { italic: true };
  for (const [name, meaning] of INDEX_ENTRIES) {
    row += 2;
    const nameCell = sheet.getCell(row, 1);
    nameCell.value = name;
    nameCell.font = { bold: true };
    sheet.getCell(row, 2).value = meaning;
  }
  [24, 8, 40, 45, 75, 9].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  printSetup(sheet, "3:3");
}

function realDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function caseReviewsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Case Reviews", { views: [{ state: "frozen", ySplit: 2 }] });
  title(sheet, CASE_REVIEWS_TITLE);
  header(sheet, 2, CASE_REVIEWS_HEADER);
  let row = 3;
  for (const [review, actions] of CASE_REVIEWS) {
    actions.forEach(([theme, recommendation, action, progress, lead, target, updated, rag], i) => {
      put(sheet, row, 1, review);
      put(sheet, row, 2, i + 1).alignment = { vertical: "top", horizontal: "center" };
      put(sheet, row, 3, theme);
      put(sheet, row, 4, recommendation);
      put(sheet, row, 5, action);
      put(sheet, row, 6, progress);
      put(sheet, row, 7, lead);
      // Text dates are kept as text, as when a team types them into a text-formatted column.
      if (typeof target === "string") put(sheet, row, 8, target, "@");
      else put(sheet, row, 8, realDate(target.date), DATE_FORMAT);
      put(sheet, row, 9, updated ? realDate(updated.date) : null, DATE_FORMAT);
      rating(put(sheet, row, 10, rag));
      row++;
    });
  }
  [14, 9, 24, 40, 40, 40, 22, 14, 13, 10].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  printSetup(sheet, "2:2");
}

function deliveryPlanSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Delivery Plan 2019-20", { views: [{ state: "frozen", ySplit: 2 }] });
  title(sheet, DELIVERY_TITLE);
  header(sheet, 2, DELIVERY_HEADER);
  let row = 3;
  const runs: { first: number; last: number }[] = [];
  for (const aim of DELIVERY_PLAN) {
    // A section row: only its first cell is filled; it names the strategic aim of the rows below.
    const section = sheet.getCell(row, 1);
    section.value = aim.title;
    section.font = { bold: true, color: { argb: "FF1F3864" } };
    row++;
    for (const { objective, actions } of aim.objectives) {
      runs.push({ first: row, last: row + actions.length - 1 });
      actions.forEach(([no, action, measure, timeScale, lead, rag], i) => {
        put(sheet, row, 1, i === 0 ? objective : null);
        put(sheet, row, 2, no, "@").alignment = { vertical: "top", horizontal: "center" };
        put(sheet, row, 3, action);
        put(sheet, row, 4, measure);
        put(sheet, row, 5, timeScale, "@");
        put(sheet, row, 6, lead);
        rating(put(sheet, row, 7, rag === "" ? null : rag));
        row++;
      });
    }
  }
  mergeRuns(sheet, 1, runs);
  [32, 9, 55, 32, 22, 22, 8].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  printSetup(sheet, "2:2");
}

function notesSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Notes");
  const lines = [
    "Notes for the business team",
    "The Composite Action Matrix tracks all agency actions from reviews and audit outcomes; the Practice Standards Group monitors it.",
    "Blue means the action is complete (the peer review plan's index); the committee has also heard blue described as embedded.",
    "Shay and Ashley: learning published but not yet ratified through governance processes, so its actions are not on the Case Reviews sheet yet.",
  ];
  lines.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text));
  sheet.getCell(1, 1).font = { bold: true, size: 12 };
  sheet.getColumn(1).width = 110;
}

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // Fixed document properties, so rebuilding the sample changes nothing that matters.
  workbook.creator = "RAG Tracker sample";
  workbook.lastModifiedBy = "RAG Tracker sample";
  workbook.created = new Date(Date.UTC(2021, 10, 1));
  workbook.modified = new Date(Date.UTC(2021, 10, 1));
  peerReviewSheet(workbook);
  caseReviewsSheet(workbook);
  deliveryPlanSheet(workbook);
  notesSheet(workbook);
  return workbook;
}

/** The date every part of the sample's package carries, as its document properties do. */
const PACKAGE_DATE = new Date(Date.UTC(2021, 10, 1));

/**
 * The sample's bytes, the same at every build: ExcelJS stamps each part of the package with the time
 * it was written, so the parts are stamped again with a fixed date, and a rebuilt sample is no change to commit.
 */
export async function sampleWorkbookBytes(): Promise<Uint8Array> {
  const written = await JSZip.loadAsync(await buildSampleWorkbook().xlsx.writeBuffer());
  const fixed = new JSZip();
  for (const entry of Object.values(written.files)) {
    if (!entry.dir) fixed.file(entry.name, await entry.async("uint8array"), { date: PACKAGE_DATE, createFolders: false });
  }
  return fixed.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
