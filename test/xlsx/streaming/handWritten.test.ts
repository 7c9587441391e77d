/**
 * The streaming reader on small hand-written packages, for what the corpus does not hold. Where
 * ExcelJS reads a cell as Excel does, the file door is the oracle; where it does not, the test
 * says what ExcelJS gives and expects what Excel shows.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { WorkbookSnapshot } from "../../../src/core/cells";
import { XlsxDoor } from "../../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../../src/xlsx/streaming/StreamingXlsxDoor";
import { DamagedPackageError, readPackageWorkbook } from "../../../src/xlsx/streaming/workbookPart";
import { readPackageSnapshot, readStoreRowsStreaming } from "../../../src/xlsx/streaming/packageSnapshot";
import { readStoreRows } from "../../../src/xlsx/storeSheet";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

interface PackageSpec {
  /** Each sheet's <sheetData> and anything after it, by name. */
  sheets: Record<string, string>;
  sharedStrings?: string[];
  /** <numFmts> and <cellXfs> content; the default has xf 0 General and xf 1 dd/mm/yyyy. */
  styles?: string;
  workbookPr?: string;
  definedNames?: string;
  /** Where the workbook part lives and how its relationships name the sheets. */
  workbookPath?: string;
  sheetTarget?: (n: number) => string;
  sheetPath?: (n: number) => string;
  states?: Record<string, string>;
}

/** ExcelJS needs fonts, fills and borders for a styled cell; Excel does too. */
const FONTS_FILLS_BORDERS = `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>`;
const DEFAULT_STYLES = `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\/mm\\/yyyy"/></numFmts>${FONTS_FILLS_BORDERS}<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>`;

async function packageOf(spec: PackageSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const workbookPath = spec.workbookPath ?? "xl/workbook.xml";
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf("/"));
  const sheetPath = spec.sheetPath ?? ((n: number) => `${folder}/worksheets/sheet${n}.xml`);
  const sheetTarget = spec.sheetTarget ?? ((n: number) => `worksheets/sheet${n}.xml`);
  const names = Object.keys(spec.sheets);
  const overrides = names.map((_, i) => `<Override PartName="/${sheetPath(i + 1)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${workbookPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/${folder}/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/${folder}/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${workbookPath}"/></Relationships>`);
  const sheets = names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}"${spec.states?.[name] ? ` state="${spec.states[name]}"` : ""} r:id="rId${i + 1}"/>`).join("");
  zip.file(
    workbookPath,
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.workbookPr ?? ""}<sheets>${sheets}</sheets>${spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : ""}</workbook>`,
  );
  const n = names.length;
  const rels = names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${sheetTarget(i + 1)}"/>`).join("");
  zip.file(
    `${folder}/_rels/${workbookPath.slice(folder.length + 1)}.rels`,
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file(`${folder}/styles.xml`, `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${spec.styles ?? DEFAULT_STYLES}</styleSheet>`);
  const strings = spec.sharedStrings ?? [];
  zip.file(`${folder}/sharedStrings.xml`, `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.join("")}</sst>`);
  names.forEach((name, i) => zip.file(sheetPath(i + 1), `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${spec.sheets[name]}</worksheet>`));
  return zip.generateAsync({ type: "uint8array" });
}

async function streamed(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const zip = await JSZip.loadAsync(bytes);
  return readPackageSnapshot(zip, await readPackageWorkbook(zip));
}

async function fileDoor(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return (await XlsxDoor.open(bytes, "hand-written.xlsx")).read();
}

/** The first sheet's values, read by the streaming reader. */
async function values(spec: PackageSpec): Promise<unknown[][]> {
  return (await streamed(await packageOf(spec))).sheets[0]!.values;
}

async function expectAsFileDoor(spec: PackageSpec): Promise<WorkbookSnapshot> {
  const bytes = await packageOf(spec);
  const snapshot = await streamed(bytes);
  expect(snapshot).toEqual(await fileDoor(bytes));
  return snapshot;
}

describe("cells ExcelJS reads as Excel does: the file door is the oracle", () => {
  it("a shared formula's other cells without saved results get the formula moved to them", async () => {
    const snapshot = await expectAsFileDoor({
      sheets: {
        Plan: `<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2+$C$1</f><v>4</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>8</v></c></row></sheetData>`,
      },
    });
    expect(snapshot.sheets[0]!.values).toEqual([[4, 2], [{ formula: "B2*2+$C$1" }], [8]]);
  });

  it("inline rich text joins its runs, an inline string in <v> reads too; booleans, errors and numbers keep their types", async () => {
    const snapshot = await expectAsFileDoor({
      sheets: {
        Plan: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></is></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1"><v>12.5</v></c><c r="F1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H1" t="b"><f>TRUE()</f><v>1</v></c><c r="I1" t="inlineStr"><v>in v</v></c></row></sheetData>`,
      },
    });
    expect(snapshot.sheets[0]!.values).toEqual([["Bold and plain", true, false, { error: "#N/A" }, 12.5, "ab", { error: "#DIV/0!" }, true, "in v"]]);
  });

  it("shared strings: runs joined, phonetic guides left out, _xHHHH_ escapes decoded, empty text read as empty", async () => {
    const snapshot = await expectAsFileDoor({
      sharedStrings: [
        `<si><t>Plain</t></si>`,
        `<si><r><t>Ri</t></r><r><rPr><i/></rPr><t>ch</t></r></si>`,
        `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>`,
        `<si><t>Line_x000D_break and _x005F_x000D_ kept</t></si>`,
        `<si><t/></si>`,
      ],
      sheets: { Plan: `<sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c><c r="E2" t="s"><v>3</v></c><c r="F2" t="s"><v>4</v></c></row></sheetData>` },
    });
    expect(snapshot.sheets[0]!).toMatchObject({ firstRow: 2, firstColumn: 2, values: [["Plain", "Rich", "東京", "Line\rbreak and _x000D_ kept"]] });
  });

  it("a merge empties the cells it covers, even one that holds a value, and trims the area to what is left", async () => {
    const snapshot = await expectAsFileDoor({
      sheets: {
        Plan: `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="C2"><v>5</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="C2:C3"/></mergeCells>`,
      },
    });
    expect(snapshot.sheets[0]!.values).toEqual([[1], [null, null, 5]]);
    expect(snapshot.sheets[0]!.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 2, left: 3, bottom: 3, right: 3 }]);
  });

  it("dates by the cell's number format, in the 1904 date system too; a custom format's backslashes kept as the workbook has them", async () => {
    const sheet = `<sheetData><row r="1"><c r="A1" s="1"><v>44390</v></c><c r="B1"><v>44390</v></c><c r="C1" s="1"><f>A1</f><v>44390.5</v></c></row></sheetData>`;
    const in1900 = await expectAsFileDoor({ sheets: { Plan: sheet } });
    expect(in1900.sheets[0]!.values).toEqual([[new Date("2021-07-13T00:00:00Z"), 44390, new Date("2021-07-13T12:00:00Z")]]);
    expect(in1900.sheets[0]!.numberFormats).toEqual([["dd\\/mm\\/yyyy", "General", "dd\\/mm\\/yyyy"]]);
    const in1904 = await expectAsFileDoor({ sheets: { Plan: sheet }, workbookPr: `<workbookPr date1904="1"/>` });
    expect(in1904.sheets[0]!.values[0]![0]).toEqual(new Date("2025-07-14T00:00:00Z"));
    // "true" is as valid a spelling as "1", which alone ExcelJS reads: the file door reads it too.
    const spelledTrue = await expectAsFileDoor({ sheets: { Plan: sheet }, workbookPr: `<workbookPr date1904="true"/>` });
    expect(spelledTrue).toEqual(in1904);
    expect(spelledTrue.date1904).toBe(true);
    // And its copy keeps the 1904 system, so the workbook's own dates stay where they were.
    const saved = await (await XlsxDoor.open(await packageOf({ sheets: { Plan: sheet }, workbookPr: `<workbookPr date1904="true"/>` }), "true.xlsx")).save();
    expect((await streamed(saved)).sheets[0]!.values).toEqual(in1904.sheets[0]!.values);
  });

  it("text typed into a time format, which Excel escapes with backslashes, is no day: the number and the format as the workbook has them, in both doors and in the copy saved", async () => {
    const styles = `<numFmts count="1"><numFmt numFmtId="164" formatCode="\\d\\u\\e\\ h:mm"/></numFmts>${FONTS_FILLS_BORDERS}<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>`;
    const spec = { sheets: { Plan: `<sheetData><row r="1"><c r="A1" s="1"><v>46100.5</v></c></row></sheetData>` }, styles };
    const snapshot = await expectAsFileDoor(spec);
    expect(snapshot.sheets[0]!.values).toEqual([[46100.5]]);
    expect(snapshot.sheets[0]!.numberFormats).toEqual([["\\d\\u\\e\\ h:mm"]]);
    // ExcelJS alone would save "due h:mm", which Excel shows as "19ue 12:00".
    const saved = await (await XlsxDoor.open(await packageOf(spec), "due.xlsx")).save();
    expect((await streamed(saved)).sheets[0]!.numberFormats).toEqual([["\\d\\u\\e\\ h:mm"]]);
  });

  it("an indented package (whitespace between elements) reads the same", async () => {
    const snapshot = await expectAsFileDoor({
      sharedStrings: [`<si>\n  <r>\n    <t xml:space="preserve"> two </t>\n  </r>\n  <r><t>runs</t></r>\n</si>`],
      sheets: { Plan: `\n<sheetData>\n  <row r="1">\n    <c r="A1" t="s">\n      <v>0</v>\n    </c>\n    <c r="B1">\n      <f>1+1</f>\n      <v>2</v>\n    </c>\n    <c r="C1" t="inlineStr">\n      <is>\n        <t>x</t>\n      </is>\n    </c>\n  </row>\n</sheetData>\n` },
    });
    expect(snapshot.sheets[0]!.values).toEqual([[" two runs", 2, "x"]]);
  });

  it("rows and cells written out of order or twice: in order, the later kept; rows starting right of the area or emptied on their left by a merge trimmed alike", async () => {
    const snapshot = await expectAsFileDoor({
      sheets: {
        Plan: `<sheetData><row r="3"><c r="D3"><v>4</v></c><c r="B3"><v>2</v></c><c r="C3"><v>3</v></c><c r="B3"><v>22</v></c></row><row r="2"><c r="B2"><v>1</v></c></row><row r="4"><c r="A4"><v>9</v></c><c r="C4"><v>5</v></c></row><row r="4"><c r="C4"><v>6</v></c></row><row r="6"><c r="B6"><v>7</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A5:A6"/></mergeCells>`,
        Left: `<sheetData><row r="1"><c r="C1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="D2"><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>`,
      },
    });
    expect(snapshot.sheets[0]!).toMatchObject({ firstRow: 2, firstColumn: 2, values: [[1], [22, 3, 4], [null, 6], [], [7]] });
    expect(snapshot.sheets[1]!).toMatchObject({ firstRow: 1, firstColumn: 3, values: [[1], [null, 3]] });
  });

  it("a cell without r follows the cell before it in its row", async () => {
    const snapshot = await expectAsFileDoor({ sheets: { Plan: `<sheetData><row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row></sheetData>` } });
    expect(snapshot.sheets[0]!).toMatchObject({ firstRow: 3, firstColumn: 2, values: [[1, 2, 3]] });
  });

  it("a formula without result on a cell linked to a web address reads empty, as ExcelJS reads it", async () => {
    const bytes = await packageOf({
      sheets: { Plan: `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>HYPERLINK("x")</f></c><c r="C1"><f>A1</f></c></row></sheetData><hyperlinks><hyperlink ref="B1" r:id="rId1"/></hyperlinks>` },
    });
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/worksheets/_rels/sheet1.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>`);
    const linked = await zip.generateAsync({ type: "uint8array" });
    const snapshot = await streamed(linked);
    expect(snapshot).toEqual(await fileDoor(linked));
    expect(snapshot.sheets[0]!.values).toEqual([[1, null, { formula: "A1" }]]);
  });

  it("sheet parts named by absolute targets (/xl/…); hidden sheets read, very hidden and the store left out; markers matched whatever their case", async () => {
    const snapshot = await expectAsFileDoor({
      sheets: {
        Plan: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row></sheetData>`,
        Summary: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Sum</t></is></c></row></sheetData>`,
        Secret: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`,
        Macro: `<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>`,
        RAGTracker_Data: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>settings</t></is></c><c r="C1" t="inlineStr"><is><t>{}</t></is></c></row><row r="3"><c r="B3"><v>7</v></c></row></sheetData>`,
      },
      states: { Secret: "hidden", Macro: "veryHidden", RAGTracker_Data: "veryHidden" },
      sheetTarget: (n) => `/xl/worksheets/sheet${n}.xml`,
      definedNames: `<definedName name="RAGTracker_summary" hidden="1">'summary'!$A$1</definedName><definedName name="RAGTracker_stale">'Gone'!$A$1</definedName>`,
    });
    expect(snapshot.sheets.map((s) => [s.name, s.generatedKey])).toEqual([["Plan", undefined], ["Summary", "summary"], ["Secret", undefined]]);
    const bytes = await packageOf({ sheets: { RAGTracker_Data: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>settings</t></is></c><c r="C1" t="inlineStr"><is><t>{}</t></is></c></row><row r="3"><c r="B3"><v>7</v></c></row></sheetData>` } });
    const zip = await JSZip.loadAsync(bytes);
    const rows = await readStoreRowsStreaming(zip, await readPackageWorkbook(zip));
    expect(rows).toEqual([["settings", null, "{}"], [], [null, 7]]);
    expect(rows).toEqual(readStoreRows((await XlsxDoor.open(bytes, "store.xlsx") as unknown as { workbook: Parameters<typeof readStoreRows>[0] }).workbook));
  });
});

it("store rows count a cell holding empty text, a styled empty cell not, and a merge's covered cells as empty places", async () => {
  const bytes = await packageOf({
    sharedStrings: [`<si><t/></si>`, `<si><t>x</t></si>`],
    sheets: {
      RAGTracker_Data: `<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" s="1"/></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:B4"/></mergeCells>`,
    },
    states: { RAGTracker_Data: "veryHidden" },
  });
  const zip = await JSZip.loadAsync(bytes);
  const rows = await readStoreRowsStreaming(zip, await readPackageWorkbook(zip));
  expect(rows).toEqual([["x", null], ["x", null], [null, null], [null, null]]);
  expect(rows).toEqual(readStoreRows(((await XlsxDoor.open(bytes, "store.xlsx")) as unknown as { workbook: Parameters<typeof readStoreRows>[0] }).workbook));
});

describe("cells ExcelJS reads differently from Excel: the streaming reader follows Excel", () => {
  it("a row without r follows the row before it (ExcelJS refuses the file, and the workbench names the command line, not a damaged file)", async () => {
    const spec = { sheets: { Plan: `<sheetData><row r="2"><c r="A2"><v>1</v></c></row><row><c r="A3"><v>2</v></c></row><row><c><v>3</v></c></row></sheetData>` } };
    expect(await values(spec)).toEqual([[1], [2], [3]]);
    await expect(fileDoor(await packageOf(spec))).rejects.toThrow(
      `"hand-written.xlsx" writes its parts in a way the workbench's spreadsheet library cannot read, so it was not opened; RAG Tracker's command line, or RAG Tracker inside Excel, reads it, or open it in Excel and save it again.`,
    );
  });

  it("a cell of type d (an ISO date) is a date where its format shows one and its serial number elsewhere (ExcelJS reads the year, 2021)", async () => {
    expect(await values({ sheets: { Plan: `<sheetData><row r="1"><c r="A1" t="d" s="1"><v>2021-07-13T00:00:00</v></c><c r="B1" t="d"><v>2021-07-13T12:00:00Z</v></c></row></sheetData>` } })).toEqual([
      [new Date("2021-07-13T00:00:00Z"), 44390.5],
    ]);
  });

  it("a cell of type d is given to ExcelJS as Excel saves it, so the workbench reads the date and saves it in the user's cell, not the year", async () => {
    const bytes = await packageOf({
      sheets: { Plan: `<sheetData><row r="1"><c r="A1" t="d" s="1"><v>2021-07-13T00:00:00</v></c><c r='B1' t='d'><v>2021-07-13T12:00:00Z</v></c><c r="C1" t="d" s="1"><f>A1+1</f><v>2021-07-14</v></c><c r="D1" t="d"><v>not a date</v></c><c r="E1" t="d" s="1"><v>2021-07-13T00:00:00+01:00</v></c></row></sheetData>` },
    });
    // A time with an offset at UTC, as LibreOffice reads it: midnight in summer time is 23:00 the day before.
    const dates = [new Date("2021-07-13T00:00:00Z"), 44390.5, new Date("2021-07-14T00:00:00Z"), new Date("2021-07-12T23:00:00Z")];
    const read = (values: unknown[]) => [0, 1, 2, 4].map((i) => values[i]);
    expect(read((await fileDoor(bytes)).sheets[0]!.values[0]!)).toEqual(dates);
    expect(read((await streamed(bytes)).sheets[0]!.values[0]!)).toEqual(dates);
    const saved = await JSZip.loadAsync(await (await XlsxDoor.open(bytes, "iso.xlsx")).save());
    const sheet = (await saved.file("xl/worksheets/sheet1.xml")!.async("string")).replace(/<c r="D1"[^]*?<\/c>/, "");
    // Each a number under its own date style, as Excel writes one; none holds the year alone.
    expect(sheet).toMatch(/<c r="A1" s="\d+"><v>44390<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="B1"><v>44390\.5<\/v><\/c>/);
    expect(sheet).not.toContain("<v>2021</v>");
  });

  it("a formula whose text result was saved empty is an empty cell (ExcelJS: a formula without result, which the workbench finds in the package)", async () => {
    const cells = `<c r="A1"><v>1</v></c><c r="B1" t="str"><f>IF(A1=1,"","x")</f><v></v></c><c r="C1" t="str"><f>"y"</f></c><c r="D1" t="str"><f t="shared" ref="D1:E1" si="0">IF(A1=1,"","x")</f><v/></c><c r="E1" t="str"><f t="shared" si="0"/><v></v></c>`;
    const bytes = await packageOf({ sheets: { Plan: `<sheetData><row r="1">${cells}</row></sheetData>` } });
    const expected = { values: [[1, null, { formula: '"y"' }]], emptyFormulas: ["B1", "D1", "E1"] };
    expect(await fileDoor(bytes).then((s) => s.sheets[0])).toMatchObject(expected);
    expect(await streamed(bytes).then((s) => s.sheets[0])).toMatchObject(expected);
    // The workbench's download keeps each empty result, so the file reads the same again.
    const saved = await (await XlsxDoor.open(bytes, "empty.xlsx")).save();
    const sheet = await (await JSZip.loadAsync(saved)).file("xl/worksheets/sheet1.xml")!.async("string");
    for (const cell of ["B1", "D1", "E1"]) expect(sheet, cell).toMatch(new RegExp(`<c r="${cell}"[^>]*t="str"[^>]*><f[^]*?</f>|<c r="${cell}"[^>]*t="str"[^>]*><f[^>]*/><v></v>`));
    expect(sheet.match(/<v><\/v>/g)).toHaveLength(3);
    expect(await streamed(saved).then((s) => s.sheets[0])).toMatchObject(expected);
  });

  it("a text, boolean or error result in a date-formatted cell stays so (ExcelJS makes dates of them)", async () => {
    expect(
      await values({ sheets: { Plan: `<sheetData><row r="1"><c r="A1" s="1" t="str"><f>"TBC"</f><v>TBC</v></c><c r="B1" s="1" t="b"><f>TRUE()</f><v>1</v></c><c r="C1" s="1" t="e"><f>NA()</f><v>#N/A</v></c></row></sheetData>` } }),
    ).toEqual([["TBC", true, { error: "#N/A" }]]);
  });

  it("text taken as written: entities decoded once (ExcelJS decodes a formula's text result twice)", async () => {
    const bytes = await packageOf({ sheets: { Plan: `<sheetData><row r="1"><c r="A1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;b&amp;gt;</v></c></row></sheetData>` } });
    expect((await fileDoor(bytes)).sheets[0]!.values).toEqual([["<b>"]]);
    expect((await streamed(bytes)).sheets[0]!.values).toEqual([["&lt;b&gt;"]]);
  });

  it("an inline string's _xHHHH_ escapes decoded and phonetic runs left out, as in a shared string (ExcelJS keeps both in a plain inline string)", async () => {
    expect(await values({ sheets: { Plan: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_b</t><rPh sb="0" eb="1"><t>ア</t></rPh></is></c></row></sheetData>` } })).toEqual([["a\rb"]]);
  });

  it("the Normal style's number format applies to cells with no style (ExcelJS ignores style 0)", async () => {
    const styles = `<cellXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellXfs>`;
    const snapshot = (await streamed(await packageOf({ styles, sheets: { Plan: `<sheetData><row r="1"><c r="A1"><v>44390</v></c></row></sheetData>` } }))).sheets[0]!;
    expect(snapshot.values).toEqual([[new Date("2021-07-13T00:00:00Z")]]);
    expect(snapshot.numberFormats).toEqual([["mm-dd-yy"]]);
  });

  it("a package whose workbook part is not xl/workbook.xml, written with a namespace prefix (ExcelJS finds no sheets)", async () => {
    const bytes = await packageOf({
      workbookPath: "book/main.xml",
      sheetPath: (n) => `data/s${n}.xml`,
      sheetTarget: (n) => `../data/s${n}.xml`,
      sheets: { Plan: `<sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData>` },
      workbookPr: `<workbookPr date1904="true"/>`,
    });
    const zip = await JSZip.loadAsync(bytes);
    const prefixed = (await zip.file("data/s1.xml")!.async("string")).replace(/<(\/?)(worksheet|sheetData|row|c|v)\b/g, "<$1x:$2").replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
    zip.file("data/s1.xml", prefixed);
    const workbook = await readPackageWorkbook(zip);
    expect(workbook).toMatchObject({ part: "book/main.xml", date1904: true, stylesPart: "book/styles.xml", sharedStringsPart: "book/sharedStrings.xml" });
    expect(workbook.sheets).toEqual([{ name: "Plan", sheetId: 1, relId: "rId1", part: "data/s1.xml", state: "visible", kind: "worksheet" }]);
    expect((await readPackageSnapshot(zip, workbook)).sheets[0]!.values).toEqual([[5]]);
    // The command line's door opens it too: the file check finds the workbook through the package's relationships.
    const door = await StreamingXlsxDoor.open(await zip.generateAsync({ type: "uint8array" }), "odd.xlsx");
    expect((await door.read()).sheets[0]!.values).toEqual([[5]]);
  });
});

describe("the workbook part", () => {
  it("reads the defined names unescaped, hidden and local ones marked, and the locked structure", async () => {
    const bytes = await packageOf({
      sheets: { "RAG Summary": `<sheetData/>` },
      definedNames: `<definedName name="RAGTracker_summary" hidden="1">'RAG Summary'!$A$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">'RAG Summary'!$A$1:$D$20</definedName><definedName name="Big">"a&lt;b"</definedName>`,
    });
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace("<sheets>", `<workbookProtection lockStructure="1"/><sheets>`);
    zip.file("xl/workbook.xml", xml);
    const workbook = await readPackageWorkbook(zip);
    expect(workbook.structureLocked).toBe(true);
    expect(workbook.date1904).toBe(false);
    expect(workbook.definedNames).toEqual([
      { name: "RAGTracker_summary", hidden: true, text: "'RAG Summary'!$A$1" },
      { name: "_xlnm.Print_Area", localSheetId: 0, hidden: false, text: "'RAG Summary'!$A$1:$D$20" },
      { name: "Big", hidden: false, text: '"a<b"' },
    ]);
  });

  it("a worksheet that is not well-formed XML gives one sentence", async () => {
    const bytes = await packageOf({ sheets: { Plan: `<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>` } });
    await expect(streamed(bytes)).rejects.toThrow("The part xl/worksheets/sheet1.xml of the workbook is not well-formed XML, so the workbook is damaged.");
  });

  it("a package without a workbook gives one sentence", async () => {
    const zip = new JSZip();
    zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"></Relationships>`);
    await expect(readPackageWorkbook(zip)).rejects.toThrow(new DamagedPackageError("its package relationships name no workbook part"));
  });

  it("a sheet with no relationship to its part is damage, not a sheet to leave out unsaid", async () => {
    const zip = await JSZip.loadAsync(await packageOf({ sheets: { Plan: "<sheetData/>" } }));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbookXml.replace(/r:id="[^"]*"/, 'r:id="rIdMissing"'));
    await expect(readPackageWorkbook(zip)).rejects.toThrow(new DamagedPackageError('its sheet "Plan" has no part'));
  });
});
