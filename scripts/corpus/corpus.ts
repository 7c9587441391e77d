/**
 * The corpus of bad and odd workbooks every door is tested against (test/corpus), and that
 * `npm run build:corpus` writes out for people to open. Each entry is one thing a real team's
 * file can be: empty, oddly laid out, full of formulas or errors, protected, damaged, or not
 * a workbook at all. The expected results live with the tests, not here.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { encryptedWorkbook } from "./encryptedWorkbook";

export interface CorpusEntry {
  /** File name without ".xlsx"; also the key the tests use. */
  name: string;
  /** What the file is, in a line. */
  about: string;
  bytes: Uint8Array;
}

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_CHARS = 32_767;
/** Excel's last row. */
export const LAST_ROW = 1_048_576;
/** Column XFD, the last a sheet has. */
export const LAST_COLUMN = 16_384;

type Row = ExcelJS.CellValue[];

const HEADER = ["Review", "Rec No", "Category", "Recommendation", "Response", "Lead", "Time scale", "RAG"];

/** Six actions of a case review, as a team types them (two need a fix, one is not a rating). */
const ACTIONS: Row[] = [
  ["Frankie", 1, "Information sharing", "Share the learning brief with all partners", "Brief circulated at the June meeting.", "Police", "June 2021", "Blue"],
  ["Frankie", 2, "Information sharing", "Audit referrals from schools", "Audit planned for the autumn.", "Education", "December 2021", "Amber"],
  ["Frankie", 3, "Professional curiosity", "Deliver training on professional curiosity", "Two sessions held; more booked.", "Health", "March 2022", "Green"],
  ["Leo", 1, "Thresholds", "Refresh the threshold document", "Draft with the Board.", "Children's Social Care", "September 2021", "amber "],
  ["Leo", 2, "Thresholds", "Escalation policy reminders", "Not started.", "Police", "October 2021", "Yellow"],
  ["Leo", 3, "Working with resistance", "Practice note on disguised compliance", "Published.", "Health", "July 2021", "B"],
];

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function workbookWith(build: (workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "RAG Tracker corpus";
  workbook.created = new Date("2021-11-01T09:00:00Z");
  workbook.modified = new Date("2021-11-01T09:00:00Z");
  await build(workbook);
  return save(workbook);
}

/** A sheet holding the rows from A1. */
function sheetOf(workbook: ExcelJS.Workbook, name: string, rows: Row[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

/** Rewrites one part of a saved package (for what ExcelJS cannot write itself). */
async function withPart(bytes: Uint8Array, path: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(path);
  if (!part) throw new Error(`The corpus workbook has no ${path} part.`);
  zip.file(path, change(await part.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Text of exactly `length` characters, readable rather than one letter repeated. */
function longText(start: string, length: number): string {
  const filler = " The partnership reviewed progress and agreed the next steps with every agency.";
  let text = start;
  while (text.length < length) text += filler;
  return text.slice(0, length);
}

async function emptyWorkbook() {
  return workbookWith((wb) => void wb.addWorksheet("Sheet1"));
}

async function titleOnly() {
  return workbookWith((wb) => void sheetOf(wb, "Sheet1", [["Thurrock LSCP – Peer Review Action Plan, July 2021"]]));
}

async function noRatingColumn() {
  return workbookWith((wb) =>
    void sheetOf(wb, "Plan", [
      ["Rec No", "Recommendation", "Actions", "Lead", "Time scale"],
      [1, "Consider deputies on Strategic Group", "Invite deputies to each meeting", "Chair", "June 2021"],
      [2, "Revise the Learning and Improvement Framework", "Draft and consult", "Business Manager", "December 2021"],
    ]),
  );
}

async function twoRatingColumns() {
  return workbookWith((wb) =>
    void sheetOf(wb, "Plan", [
      ["Rec No", "Recommendation", "Response", "RAG (May 2021)", "RAG (November 2021)"],
      [1, "Consider deputies on Strategic Group", "Deputies now attend.", "Amber", "Blue"],
      [2, "Revise the Learning and Improvement Framework", "Out for consultation.", "Amber", "Green"],
      [3, "Agree a multi-agency dataset", "Dataset agreed.", "Green", "Green"],
      [4, "Recruit a lay member", "Advert closed with no applicants.", "Red", "Amber"],
    ]),
  );
}

/** A round's columns told apart by their words: "Previous RAG" and "Current RAG"; a revised target date given only where a date moved. */
async function roundsInWords() {
  return workbookWith((wb) => {
    const sheet = sheetOf(wb, "Plan", [
      ["Rec No", "Recommendation", "Response", "Target date", "Revised target date", "Previous RAG", "Current RAG"],
      [1, "Consider deputies on Strategic Group", "Deputies now attend.", new Date("2021-06-30T00:00:00Z"), null, "Amber", "Blue"],
      [2, "Revise the Learning and Improvement Framework", "Out for consultation.", new Date("2021-09-30T00:00:00Z"), new Date("2022-03-31T00:00:00Z"), "Amber", "Green"],
      [3, "Agree a multi-agency dataset", "Drafting.", new Date("2021-09-30T00:00:00Z"), null, "Green", "Amber"],
      [4, "Recruit a lay member", "Advert closed with no applicants.", "December 2021", null, "Red", "Amber"],
    ]);
    for (let row = 2; row <= 5; row++) for (const column of [4, 5]) sheet.getCell(row, column).numFmt = "dd/mm/yyyy";
  });
}

async function duplicateHeaders() {
  return workbookWith((wb) =>
    void sheetOf(wb, "Plan", [
      ["Rec No", "Recommendation", "Response", "Response", "Lead", "Lead", "RAG"],
      [1, "Consider deputies on Strategic Group", "Deputies now attend.", "(older update) Invited.", "Chair", "Police", "Blue"],
      [2, "Revise the Learning and Improvement Framework", "Out for consultation.", "(older update) Drafting.", "Business Manager", "Health", "Green"],
      [3, "Recruit a lay member", "Advert closed.", "", "Chair", "", "Amber"],
    ]),
  );
}

async function formulaRatings() {
  return workbookWith((wb) => {
    const sheet = sheetOf(wb, "Plan", [["Rec No", "Recommendation", "Response", "Progress", "RAG"]]);
    const rows: [number, string, string, string, string][] = [
      [1, "Consider deputies on Strategic Group", "Deputies now attend.", "Complete", "Blue"],
      [2, "Revise the Learning and Improvement Framework", "Out for consultation.", "Started", "Amber"],
      [3, "Agree a multi-agency dataset", "Dataset agreed.", "Complete", "Blue"],
      [4, "Recruit a lay member", "Advert out.", "Started", "Amber"],
    ];
    rows.forEach(([no, rec, response, progress, result], i) => {
      const r = i + 2;
      sheet.addRow([no, rec, response, progress]);
      // The result Excel last calculated travels with the formula, as in every saved workbook.
      sheet.getCell(r, 5).value = { formula: `IF(D${r}="Complete","Blue","Amber")`, result };
    });
    // A count the team keeps beside the table: a formula with a number result.
    sheet.getCell(7, 4).value = "Blue actions";
    sheet.getCell(7, 5).value = { formula: 'COUNTIF(E2:E5,"Blue")', result: 2 };
  });
}

/** The same plan as written by a program that saves formulas without calculating them: two ratings have no stored result. */
async function formulasWithoutResults() {
  return workbookWith((wb) => {
    const sheet = sheetOf(wb, "Plan", [["Rec No", "Recommendation", "Response", "Progress", "RAG"]]);
    const rows: [number, string, string, string, string | undefined][] = [
      [1, "Consider deputies on Strategic Group", "Deputies now attend.", "Complete", "Blue"],
      [2, "Revise the Learning and Improvement Framework", "Out for consultation.", "Started", "Amber"],
      [3, "Agree a multi-agency dataset", "Dataset agreed.", "Complete", undefined],
      [4, "Recruit a lay member", "Advert out.", "Started", undefined],
    ];
    rows.forEach(([no, rec, response, progress, result], i) => {
      const r = i + 2;
      sheet.addRow([no, rec, response, progress]);
      const formula = `IF(D${r}="Complete","Blue","Amber")`;
      sheet.getCell(r, 5).value = result === undefined ? { formula, date1904: false } : { formula, result };
    });
    // A count beside the table, also without its result: still not an action.
    sheet.getCell(7, 4).value = "Blue actions";
    sheet.getCell(7, 5).value = { formula: 'COUNTIF(E2:E5,"Blue")', date1904: false };
  });
}

async function errorValues() {
  return workbookWith((wb) =>
    void sheetOf(wb, "Plan", [
      ["Rec No", "Recommendation", "Response", "Lead", "Time scale", "RAG"],
      [1, "Consider deputies on Strategic Group", "Deputies now attend.", "Chair", "June 2021", "Blue"],
      [2, "Revise the Learning and Improvement Framework", "Out for consultation.", { error: "#REF!" }, "December 2021", { error: "#N/A" }],
      [3, { error: "#NAME?" }, "Dataset agreed.", "Business Manager", { error: "#VALUE!" }, "Green"],
      [4, "Recruit a lay member", { error: "#DIV/0!" }, "Chair", "March 2022", { error: "#REF!" }],
    ] as Row[]),
  );
}

async function wrongTypes() {
  return workbookWith((wb) =>
    void sheetOf(wb, "Plan", [
      ["Review", "Rec No", "Recommendation", "Response", "Lead", "Time scale", "RAG"],
      [2021, true, "Consider deputies on Strategic Group", false, 42, true, "Blue"],
      ["Peer Review", 2, 12345, 0, "Chair", 3.5, 1],
      ["Peer Review", 3, true, "Agreed.", false, "June 2021", true],
      ["Peer Review", 4, "Recruit a lay member", "Advert out.", "Chair", "June 2021", 0],
    ]),
  );
}

/**
 * `date1904`: the workbook counts its dates from 1904 (once the Mac's default): the same dates, so
 * the same report, with every serial 1462 days smaller in the file.
 */
async function datesInManyForms(date1904 = false) {
  return workbookWith((wb) => {
    wb.properties.date1904 = date1904;
    const serial = (days1900: number) => (date1904 ? days1900 - 1462 : days1900);
    const sheet = sheetOf(wb, "Plan", [["Rec No", "Recommendation", "Time scale", "Last updated", "RAG"]]);
    const rows: Row[] = [
      [1, "Day-first text date", "14/06/2021", "01/10/2021", "Amber"],
      [2, "ISO text date", "2021-06-14", "2021-10-01", "Amber"],
      [3, "Month and year", "June 2021", new Date("2021-10-01T00:00:00Z"), "Amber"],
      [4, "Completed by", "Completed by December 2019", "01/03/2021", "Amber"],
      [5, "Quarter", "Q3 2021", "", "Amber"],
      [6, "No date", "As per meeting cycle", "01/10/2021", "Amber"],
      [7, "Impossible date", "31/02/2021", "01/10/2021", "Amber"],
      [8, "Real date", new Date("2021-06-14T00:00:00Z"), "01/10/2021", "Amber"],
      [9, "Serial number formatted as a date", serial(44361), serial(44470), "Amber"],
      // A date pasted as a value: its serial in a General cell, which the engine takes for a date in a date column.
      [10, "Short month, updated as a serial number in General format", "Feb 2022", serial(44470), "Amber"],
      [11, "Future real date", new Date("2022-03-31T00:00:00Z"), "01/10/2021", "Blue"],
    ];
    for (const row of rows) sheet.addRow(row);
    for (const r of [9, 12]) sheet.getCell(r, 3).numFmt = "dd/mm/yyyy";
    sheet.getCell(4, 4).numFmt = "dd/mm/yyyy";
    sheet.getCell(10, 3).numFmt = "dd/mm/yyyy";
    sheet.getCell(10, 4).numFmt = "dd/mm/yyyy";
  });
}

/**
 * Ratings a team gave by colour alone: blank rating cells filled green (Excel's standard green and
 * its pale "Good"), red ("Bad"), and a theme's accent with a tint, beside typed ratings; a grey
 * fill, no fill and a row banded across are no rating, and a typed rating keeps its word whatever its fill.
 */
async function colourRatings() {
  return workbookWith((wb) => {
    const sheet = sheetOf(wb, "Plan", [
      ["Rec No", "Recommendation", "Response", "RAG"],
      [1, "Consider deputies on Strategic Group to bring strategic /operational leads together", "Deputies now attend.", "Blue"],
      [2, "Multi-agency Safeguarding Hub (MASH) steering group subgroup - governance through LSCP", "Terms of reference agreed.", null],
      [3, "Shared and agreed priorities across Partnerships in Thurrock", "Priorities agreed at the joint meeting.", null],
      [4, "Protocol to reduce duplication and streamline processes across partnership groups", "Protocol drafted.", null],
      [5, "Develop wider role of SET", "Discussed with SET partners.", null],
      [6, "Consider different models to involve frontline staff/schools e.g. learning hubs", "Hub pilot planned.", null],
      [7, "Revise Learning and Improvement Framework", "Framework out for consultation.", null],
      [8, "Agree a multiagency dataset based on priority areas", "Dataset agreed.", "Amber"],
      [9, "Develop different audit models", "Audit models agreed.", null],
    ]);
    const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
    sheet.getCell("D3").fill = solid("FF00B050");
    sheet.getCell("D4").fill = solid("FFC6EFCE");
    sheet.getCell("D5").fill = solid("FFFFC7CE");
    // Accent 3 of the theme ExcelJS writes (Office 2007's, #9BBB59, green), lightened 40%.
    sheet.getCell("D6").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 6, tint: 0.3999755851924192 } } as ExcelJS.Fill;
    sheet.getCell("D7").fill = solid("FFD9D9D9");
    sheet.getCell("D9").fill = solid("FFFF0000");
    // A row banded pale blue across: the colour is the row's, not a rating.
    for (const column of ["A", "B", "C", "D"]) sheet.getCell(`${column}10`).fill = solid("FFDDEBF7");
  });
}

async function mergedCells() {
  return workbookWith((wb) => {
    const sheet = sheetOf(wb, "Plan", [
      ["Peer Review Action Plan", null, null, null, null, null],
      ["Category", "Rec No", "Recommendation", "Actions", "Lead", "RAG"],
      ["Governance", 1, "Consider deputies on Strategic Group", "Invite deputies", "Chair", "Blue"],
      [null, 2, "MASH steering group governance", "Agree terms of reference", "Chair", "Green"],
      [null, 3, "Review functions of the business unit", null, "Business Manager", "Amber"],
      ["Finance", 4, "Agree budget including contingency", "Set the budget", "Treasurer", "Blue"],
      [null, 5, "Bid to schools forum", "Write the bid", "Treasurer", null],
    ]);
    sheet.mergeCells("A1:F1"); // the title across the table
    sheet.mergeCells("A3:A5"); // a category down three rows
    sheet.mergeCells("C5:D5"); // a recommendation across two columns
    sheet.mergeCells("A6:A7");
    sheet.mergeCells("F6:F7"); // one rating for two rows
  });
}

async function hiddenRowsAndColumns() {
  return workbookWith((wb) => {
    const sheet = sheetOf(wb, "Plan", [HEADER, ...ACTIONS]);
    sheet.getRow(3).hidden = true;
    sheet.getRow(6).hidden = true;
    sheet.getColumn(5).hidden = true; // Response
    sheet.getColumn(8).hidden = true; // RAG
  });
}

const TABLE_ROWS: Row[] = [
  [1, "Consider deputies on Strategic Group", "Deputies now attend.", "Chair", "Blue"],
  [2, "Revise the Learning and Improvement Framework", "Out for consultation.", "Business Manager", "Amber"],
  [3, "Agree a multi-agency dataset", "Dataset agreed.", "Business Manager", "Green"],
  [4, "Recruit a lay member", "Advert closed.", "Chair", "Amber"],
  [5, "Bid to schools forum", "Not started.", "Treasurer", "Red"],
  [6, "Training across SET", "Sessions held.", "Training lead", "Blue"],
];
const TABLE_HEADER = ["Rec No", "Recommendation", "Response", "Lead", "RAG"];

/** An Excel Table (ListObject) filtered to Amber: the other rows are hidden, as Excel hides them. */
async function filteredTable() {
  const bytes = await workbookWith((wb) => {
    const sheet = wb.addWorksheet("Plan");
    sheet.addTable({
      name: "Actions",
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: TABLE_HEADER.map((name) => ({ name, filterButton: true })),
      rows: TABLE_ROWS,
    });
    TABLE_ROWS.forEach((row, i) => {
      if (row[4] !== "Amber") sheet.getRow(i + 2).hidden = true;
    });
  });
  return withPart(bytes, "xl/tables/table1.xml", (xml) => {
    const filter = '<filterColumn colId="4"><filters><filter val="Amber"/></filters></filterColumn>';
    const replaced = xml.replace(/<filterColumn colId="4"[^>]*\/>/, filter);
    if (replaced === xml) throw new Error("The table part has no filter column for RAG to set.");
    return replaced;
  });
}

async function plainRange() {
  return workbookWith((wb) => void sheetOf(wb, "Plan", [TABLE_HEADER, ...TABLE_ROWS]));
}

/** The same rows as a plain range with a sheet filter (Data > Filter) showing Amber only. */
async function filteredRange() {
  const bytes = await workbookWith((wb) => {
    const sheet = sheetOf(wb, "Plan", [TABLE_HEADER, ...TABLE_ROWS]);
    sheet.autoFilter = "A1:E7";
    TABLE_ROWS.forEach((row, i) => {
      if (row[4] !== "Amber") sheet.getRow(i + 2).hidden = true;
    });
  });
  return withPart(bytes, "xl/worksheets/sheet1.xml", (xml) => {
    const filter = '<autoFilter ref="A1:E7"><filterColumn colId="4"><filters><filter val="Amber"/></filters></filterColumn></autoFilter>';
    const replaced = xml.replace(/<autoFilter ref="A1:E7"\/>/, filter);
    if (replaced === xml) throw new Error("The sheet part has no filter to set.");
    return replaced;
  });
}

async function longTexts() {
  return workbookWith((wb) =>
    void sheetOf(wb, "Plan", [
      ["Rec No", "Recommendation", "Response", "Lead", "Last updated", "RAG"],
      [1, longText("Recommendation at Excel's limit.", MAX_CELL_CHARS), longText("Response at Excel's limit.", MAX_CELL_CHARS), "Chair", new Date("2021-01-04T00:00:00Z"), "Amber"],
      [2, "Short recommendation", "Short response.", longText("Lead at Excel's limit.", MAX_CELL_CHARS), new Date("2021-10-20T00:00:00Z"), "Green"],
    ]),
  );
}

async function nonLatinText() {
  return workbookWith((wb) =>
    void sheetOf(wb, "План дій 行动计划", [
      ["Review", "Rec No", "Category", "Recommendation", "Response", "Lead", "RAG"],
      ["Adolygiad Caerdydd", 1, "Diogelu", "Rhannu'r dysgu gyda phob partner", "Wedi'i wneud ✅", "Heddlu", "Blue"],
      ["Adolygiad Caerdydd", 2, "Diogelu", "Hyfforddiant ar chwilfrydedd proffesiynol", "Ar y gweill 🛠️", "Iechyd", "Amber"],
      ["审查 2021", 1, "信息共享", "与所有合作伙伴分享学习简报", "已完成 🎉", "警察局", "Green"],
      ["审查 2021", 2, "信息共享", "审核学校的转介", "计划中", "Zespół ds. zdrowia – Łódź", "Amber"],
      ["مراجعة", 1, "الحماية", "مشاركة التعلم مع جميع الشركاء", "تم 👍🏽", "الشرطة", "Red"],
      ["Ревізія", 1, "Захист", "Оновити документ про пороги", "Чернетка 📝", "Соціальні служби", "🔵 Blue"],
    ]),
  );
}

/** A sheet name that must be quoted in every reference Excel makes to it. */
async function quotedSheetName() {
  return workbookWith((wb) => void sheetOf(wb, "Leo's plan & 'notes' (2021)", [HEADER, ...ACTIONS]));
}

/** A visible tracker, last year's tracker on a hidden sheet, and a very hidden lookup table another add-in keeps. */
async function hiddenSheets() {
  return workbookWith((wb) => {
    sheetOf(wb, "Plan", [HEADER, ...ACTIONS]);
    sheetOf(wb, "Archive 2020", [HEADER, ["Sam", 1, "Thresholds", "Old recommendation", "Closed.", "Police", "March 2020", "Blue"]]).state = "hidden";
    sheetOf(wb, "AddinLookup", [["Code", "Recommendation", "Response", "RAG"], ["X1", "Internal", "Internal", "Red"]]).state = "veryHidden";
  });
}

async function protectedSheet() {
  return workbookWith(async (wb) => {
    const sheet = sheetOf(wb, "Plan", [HEADER, ...ACTIONS]);
    await sheet.protect("secret", { selectLockedCells: true, selectUnlockedCells: true });
    sheetOf(wb, "Notes", [["The plan is protected; ask the business manager for the password."]]);
  });
}

/** Review > Protect Workbook (no password): the structure is locked, so no sheet can be added. */
async function protectedWorkbook() {
  const bytes = await workbookWith((wb) => void sheetOf(wb, "Plan", [HEADER, ...ACTIONS]));
  return withPart(bytes, "xl/workbook.xml", (xml) => {
    // Schema order: after workbookPr, before bookViews and sheets.
    const locked = xml.replace(/(<bookViews\b|<sheets\b)/, '<workbookProtection lockStructure="1"/>$1');
    if (locked === xml) throw new Error("The workbook part has no sheets to put the protection before.");
    return locked;
  });
}

async function corruptFile() {
  const whole = await workbookWith((wb) => void sheetOf(wb, "Plan", [HEADER, ...ACTIONS]));
  // Cut short, as a download or an e-mail attachment that stopped half-way leaves it.
  return whole.slice(0, Math.floor(whole.length * 0.6));
}

function csvRenamed() {
  const lines = [HEADER, ...ACTIONS].map((row) => row.map((v) => (typeof v === "string" && /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v))).join(","));
  return encode(`${lines.join("\r\n")}\r\n`);
}

function htmlRenamed() {
  const cells = (row: Row, tag: string) => row.map((v) => `<${tag}>${String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</${tag}>`).join("");
  const rows = [`<tr>${cells(HEADER, "th")}</tr>`, ...ACTIONS.map((r) => `<tr>${cells(r, "td")}</tr>`)].join("\n");
  return encode(`<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Action plan export</title></head><body><table>\n${rows}\n</table></body></html>\n`);
}

/** A stray entry in the last row makes the used range 1,048,576 rows tall. */
async function millionRowsValue() {
  return workbookWith((wb) => {
    const sheet = sheetOf(wb, "Plan", [HEADER, ...ACTIONS]);
    sheet.getCell(LAST_ROW, 1).value = "end";
  });
}

/** A stray entry in the last column (XFD1, the header row) makes the used range 16,384 columns wide. */
async function strayCellFarRight() {
  return workbookWith((wb) => {
    const sheet = sheetOf(wb, "Plan", [HEADER, ...ACTIONS]);
    sheet.getCell(1, LAST_COLUMN).value = "stray";
  });
}

/** Formatting applied down to the last row: a used range 1,048,576 rows tall with no values below the table. */
async function millionRowsFormatted() {
  return workbookWith((wb) => {
    const sheet = sheetOf(wb, "Plan", [HEADER, ...ACTIONS]);
    for (const row of [100, 10_000, 500_000, LAST_ROW]) {
      for (let c = 1; c <= HEADER.length; c++) sheet.getCell(row, c).style = { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } }, numFmt: "@" };
    }
  });
}

const BUILDERS: { name: string; about: string; build: () => Promise<Uint8Array> | Uint8Array }[] = [
  { name: "empty-workbook", about: "one sheet with nothing on it", build: emptyWorkbook },
  { name: "title-only", about: "a title and nothing else", build: titleOnly },
  { name: "no-rating-column", about: "a header naming action-plan columns, but none for ratings", build: noRatingColumn },
  { name: "two-rating-columns", about: "two rating columns (May and November)", build: twoRatingColumns },
  { name: "rounds-in-words", about: "Previous RAG and Current RAG, a target date and a revised target date", build: roundsInWords },
  { name: "duplicate-headers", about: "two Response and two Lead columns", build: duplicateHeaders },
  { name: "formula-ratings", about: "ratings given by IF formulas, with their calculated results", build: formulaRatings },
  { name: "formulas-without-results", about: "ratings given by IF formulas, two of them saved with no calculated result", build: formulasWithoutResults },
  { name: "error-values", about: "#N/A, #REF!, #NAME?, #VALUE! and #DIV/0! in the table", build: errorValues },
  { name: "wrong-types", about: "numbers and TRUE/FALSE where text is expected", build: wrongTypes },
  { name: "dates", about: "time scales and last-updated dates as text in several forms, as dates and as serial numbers", build: () => datesInManyForms() },
  { name: "dates-1904", about: "the same dates in a workbook that counts its dates from 1904", build: () => datesInManyForms(true) },
  { name: "colour-ratings", about: "ratings given by a cell's fill colour alone, beside typed ones", build: colourRatings },
  { name: "merged-cells", about: "cells merged across columns and down rows, a rating shared by two rows", build: mergedCells },
  { name: "hidden-rows-columns", about: "hidden rows, and the Response and RAG columns hidden", build: hiddenRowsAndColumns },
  { name: "filtered-table", about: "an Excel Table filtered to Amber, the other rows hidden", build: filteredTable },
  { name: "plain-range", about: "the filtered table's rows as a plain range", build: plainRange },
  { name: "filtered-range", about: "the same rows as a plain range with a sheet filter showing Amber only", build: filteredRange },
  { name: "long-texts", about: "a recommendation, a response and a lead of 32,767 characters", build: longTexts },
  { name: "non-latin", about: "Welsh, Chinese, Polish, Arabic and Ukrainian text and emoji, in a sheet named in Cyrillic and Chinese", build: nonLatinText },
  { name: "quoted-sheet-name", about: "a tracker on a sheet named Leo's plan & 'notes' (2021)", build: quotedSheetName },
  { name: "hidden-sheets", about: "a visible tracker, a tracker on a hidden sheet and a table on a very hidden sheet", build: hiddenSheets },
  { name: "protected-sheet", about: "the tracker sheet protected against edits with a password", build: protectedSheet },
  { name: "protected-workbook", about: "the workbook's structure protected (Review > Protect Workbook): no sheet can be added", build: protectedWorkbook },
  { name: "corrupt", about: "a workbook cut short (a damaged zip archive)", build: corruptFile },
  { name: "password-protected", about: "an encrypted workbook: a compound file with EncryptionInfo and EncryptedPackage", build: encryptedWorkbook },
  { name: "csv-renamed", about: "a CSV file named .xlsx", build: csvRenamed },
  { name: "html-renamed", about: "an HTML table named .xlsx, as some systems export", build: htmlRenamed },
  { name: "million-rows-value", about: "a tracker and a stray entry in row 1,048,576", build: millionRowsValue },
  { name: "stray-cell-far-right", about: "a tracker and a stray entry in column XFD", build: strayCellFarRight },
  { name: "million-rows-formatted", about: "a tracker and formatting (no values) down to row 1,048,576", build: millionRowsFormatted },
];

export const CORPUS_NAMES = BUILDERS.map((b) => b.name);

export async function buildCorpus(): Promise<CorpusEntry[]> {
  const entries: CorpusEntry[] = [];
  for (const b of BUILDERS) entries.push({ name: b.name, about: b.about, bytes: await b.build() });
  return entries;
}
