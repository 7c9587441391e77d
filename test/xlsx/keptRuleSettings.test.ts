/**
 * A conditional format's "Stop If True", and the text a "contains text" rule looks for with its
 * operator, come back from the workbench's download as the file had them: ExcelJS reads none of
 * them, so the rule below one that should stop it applied too, and Excel's rule manager no longer
 * showed what the rule looks for.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import type { SheetsDoor } from "../../src/door/RagDoor";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { colourRatings, generateSummary, highlightRatingProblems } from "../../src/door/operations";
import { withOriginalRuleSettings } from "../../src/xlsx/keptRuleSettings";
import { PEER_REVIEW_ROWS } from "../fixtures/peerReview";
import { bytesOf } from "./helpers";

/** Ratings reading "Red" stop at the first rule; a row whose action mentions "deputies" is marked by the second. */
const RULES =
  '<conditionalFormatting sqref="D2:D7"><cfRule type="expression" dxfId="0" priority="1" stopIfTrue="1"><formula>$D2="Red"</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="C2:C7"><cfRule type="containsText" dxfId="0" priority="2" operator="containsText" text="deputies"><formula>NOT(ISERROR(SEARCH("deputies",C2)))</formula></cfRule></conditionalFormatting>';

/** A rule for ratings that begin with "R" (a type ExcelJS cannot write), then one that stops at a "Red" rating. */
const BEGINS_WITH_THEN_STOP =
  '<conditionalFormatting sqref="D2:D7"><cfRule type="beginsWith" dxfId="0" priority="1" operator="beginsWith" text="R"><formula>LEFT(D2,1)="R"</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="C2:C7"><cfRule type="expression" dxfId="0" priority="2" stopIfTrue="1"><formula>$D2="Red"</formula></cfRule></conditionalFormatting>';

/** Rules for blank and error ratings, as Excel writes them: their type says it all, with no operator. */
const BLANKS_AND_ERRORS =
  '<conditionalFormatting sqref="D2:D7"><cfRule type="containsBlanks" dxfId="0" priority="1" stopIfTrue="1"><formula>LEN(TRIM(D2))=0</formula></cfRule>' +
  '<cfRule type="notContainsBlanks" dxfId="0" priority="2"><formula>LEN(TRIM(D2))&gt;0</formula></cfRule>' +
  '<cfRule type="containsErrors" dxfId="0" priority="3"><formula>ISERROR(D2)</formula></cfRule>' +
  '<cfRule type="notContainsErrors" dxfId="0" priority="4" stopIfTrue="1"><formula>NOT(ISERROR(D2))</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="C2:C7"><cfRule type="containsText" dxfId="0" priority="5" operator="containsText" text="deputies"><formula>NOT(ISERROR(SEARCH("deputies",C2)))</formula></cfRule>' +
  '<cfRule type="cellIs" dxfId="0" priority="6" operator="between"><formula>1</formula><formula>5</formula></cfRule></conditionalFormatting>';

/** ECMA-376 Part 1, CT_CfRule's attributes and the values its enumerations allow. */
const CF_RULE_ATTRIBUTES = new Set(["type", "dxfId", "priority", "stopIfTrue", "aboveAverage", "percent", "bottom", "operator", "text", "timePeriod", "rank", "stdDev", "equalAverage"]);
const CF_TYPES = new Set(["expression", "cellIs", "colorScale", "dataBar", "iconSet", "top10", "uniqueValues", "duplicateValues", "containsText", "notContainsText", "beginsWith", "endsWith", "containsBlanks", "notContainsBlanks", "containsErrors", "notContainsErrors", "timePeriod", "aboveAverage"]);
const CF_OPERATORS = new Set(["lessThan", "lessThanOrEqual", "equal", "notEqual", "greaterThanOrEqual", "greaterThan", "between", "notBetween", "containsText", "notContains", "beginsWith", "endsWith"]);

/** What in a rule's opening tag the schema does not allow, one line each; none when it is valid. */
function schemaFaults(open: string): string[] {
  return [...open.matchAll(/\s([\w:]+)\s*=\s*"([^"]*)"/g)].flatMap(([, name, value]) => {
    if (!CF_RULE_ATTRIBUTES.has(name!)) return [`${open}: no attribute ${name}`];
    if (name === "type" && !CF_TYPES.has(value!)) return [`${open}: type ${value}`];
    if (name === "operator" && !CF_OPERATORS.has(value!)) return [`${open}: operator ${value}`];
    return [];
  });
}

/**
 * A rule of each type ExcelJS reads but had no writer for, each with its own format, given by number
 * out of the order the file lists them in: the saved file numbers the formats afresh.
 */
const TEXT_AND_VALUE_RULES =
  '<conditionalFormatting sqref="D2:D7"><cfRule type="beginsWith" dxfId="2" priority="1" operator="beginsWith" text="R"><formula>LEFT(D2,LEN("R"))="R"</formula></cfRule>' +
  '<cfRule type="endsWith" dxfId="1" priority="2" operator="endsWith" text="en"><formula>RIGHT(D2,LEN("en"))="en"</formula></cfRule>' +
  '<cfRule type="duplicateValues" dxfId="3" priority="3"/></conditionalFormatting>' +
  '<conditionalFormatting sqref="C2:C7"><cfRule type="notContainsText" dxfId="0" priority="4" operator="notContains" text="GP"><formula>ISERROR(SEARCH("GP",C2))</formula></cfRule>' +
  '<cfRule type="uniqueValues" dxfId="2" priority="5" stopIfTrue="1"/></conditionalFormatting>';
/** The four formats' fills, by their number in the opened file. */
const FILLS = ["FFFFEB9C", "FFC6EFCE", "FFFFC7CE", "FFBDD7EE"];

/**
 * A user's rule for ratings beginning with "r" (pink), as in a team's file where "r" is short for Red;
 * then two rules alike (duplicate ratings) listed out of priority order, the one listed first, with
 * priority 3, stopping the rules after it, each with its own fill.
 */
const BEGINS_WITH_R_AND_DUPLICATES_OUT_OF_ORDER =
  '<conditionalFormatting sqref="D2:D7"><cfRule type="beginsWith" dxfId="2" priority="1" operator="beginsWith" text="r"><formula>LEFT(D2,LEN("r"))="r"</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="C2:C7"><cfRule type="duplicateValues" dxfId="0" priority="3" stopIfTrue="1"/><cfRule type="duplicateValues" dxfId="1" priority="2"/></conditionalFormatting>';

/**
 * Two formats on the recommendations, their priorities interleaved as a team's file may hold them: one with 1 (rated
 * Green: green) and 4 (rated Blue: pink), the other with 2 (recommendations 1 and 2: yellow) and 3 (recommendation 5: blue).
 */
const INTERLEAVED =
  '<conditionalFormatting sqref="C2:C7"><cfRule type="expression" dxfId="1" priority="1"><formula>$D2="G"</formula></cfRule>' +
  '<cfRule type="expression" dxfId="2" priority="4"><formula>$D2="B"</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="C2:C7"><cfRule type="expression" dxfId="0" priority="2"><formula>$B2&lt;=2</formula></cfRule>' +
  '<cfRule type="containsText" dxfId="3" priority="3" operator="containsText" text="SET" stopIfTrue="1"><formula>NOT(ISERROR(SEARCH("SET",C2)))</formula></cfRule></conditionalFormatting>';

async function planWithRules(rules = RULES): Promise<Uint8Array> {
  const built = await bytesOf((wb) => {
    const sheet = wb.addWorksheet("Peer Review");
    sheet.addRows([["Category", "Rec No", "Recommendation", "RAG"], ...PEER_REVIEW_ROWS.slice(0, 6)]);
    // Rules for their formats (dxfId 0 bold, then 0 to 3 with the four fills); the rules themselves are written below as Excel writes them.
    const fills = rules === TEXT_AND_VALUE_RULES || rules === BEGINS_WITH_R_AND_DUPLICATES_OUT_OF_ORDER || rules === INTERLEAVED ? FILLS : [];
    const styles = fills.length > 0 ? fills.map((argb) => ({ fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb } } })) : [{ font: { bold: true } }];
    sheet.addConditionalFormatting({ ref: "D2:D7", rules: styles.map((style, i) => ({ type: "expression" as const, priority: i + 1, formulae: ["FALSE"], style })) });
  });
  const zip = await JSZip.loadAsync(built);
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace(/(<conditionalFormatting\b[\s\S]*<\/conditionalFormatting>)/, rules));
  return zip.generateAsync({ type: "uint8array" });
}

describe("a conditional format's own settings through the workbench's download", () => {
  it("keeps Stop If True and a contains-text rule's operator and text", async () => {
    const door = await XlsxDoor.open(await planWithRules(), "plan.xlsx");
    await generateSummary(door);
    const saved = await JSZip.loadAsync(await door.save());
    const sheet = await saved.file("xl/worksheets/sheet1.xml")!.async("string");
    const rules = [...sheet.matchAll(/<cfRule\b[^>]*>/g)].map((m) => m[0]);
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatch(/\sstopIfTrue="1"/);
    expect(rules[1]).toMatch(/\soperator="containsText"/);
    expect(rules[1]).toMatch(/\stext="deputies"/);
  });

  it("keeps them after the highlight buttons have added RAG Tracker's own rules and renumbered the user's", async () => {
    const door = await XlsxDoor.open(await planWithRules(), "plan.xlsx");
    await colourRatings(door);
    await highlightRatingProblems(door);
    const saved = await JSZip.loadAsync(await door.save());
    const sheet = await saved.file("xl/worksheets/sheet1.xml")!.async("string");
    // RAG Tracker's own rules carry its mark in their formula; the user's are the others.
    const own = [...sheet.matchAll(/<cfRule\b[\s\S]*?<\/cfRule>/g)].map((m) => m[0]).filter((rule) => !rule.includes("RAGTracker:")).map((rule) => /^<cfRule\b[^>]*>/.exec(rule)![0]);
    expect(own).toHaveLength(2);
    expect(own[0]).not.toMatch(/\spriority="1"/);
    expect(own[0]).toMatch(/\sstopIfTrue="1"/);
    expect(own[1]).toMatch(/\soperator="containsText"/);
    expect(own[1]).toMatch(/\stext="deputies"/);
  });

  it("keeps a begins-with rule whole, says nothing of it as the file opens, and keeps Stop If True on the rule after it", async () => {
    const door = await XlsxDoor.open(await planWithRules(BEGINS_WITH_THEN_STOP), "plan.xlsx");
    expect(door.leftOutOnSave).toBeNull();
    await generateSummary(door);
    const saved = await JSZip.loadAsync(await door.save());
    const sheet = await saved.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).not.toMatch(/<conditionalFormatting\b[^>]*\/>/);
    const rules = [...sheet.matchAll(/<cfRule\b[^>]*>/g)].map((m) => m[0]);
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatch(/\stype="beginsWith"/);
    expect(rules[0]).toMatch(/\stext="R"/);
    expect(rules[1]).toMatch(/\sstopIfTrue="1"/);
  });

  it("puts nothing on a rule that is not the same one (other cells)", () => {
    const original = '<conditionalFormatting sqref="D2:D7"><cfRule type="expression" priority="1" stopIfTrue="1"><formula>$D2="Red"</formula></cfRule></conditionalFormatting>';
    const saved = '<conditionalFormatting sqref="D2:D9"><cfRule type="expression" priority="1"><formula>$D2=&quot;Red&quot;</formula></cfRule></conditionalFormatting>';
    expect(withOriginalRuleSettings(saved, original)).toBeNull();
  });
});

describe("every conditional format rule a door saves is valid by the schema, with its meaning kept", () => {
  const doors: [string, (bytes: Uint8Array) => Promise<SheetsDoor & { save(): Promise<Uint8Array> }>][] = [
    ["the workbench's door", (bytes) => XlsxDoor.open(bytes, "plan.xlsx")],
    ["the command line's door", (bytes) => StreamingXlsxDoor.open(bytes, "plan.xlsx")],
  ];
  for (const [name, open] of doors) {
    it(`${name}: rules for blank and error ratings keep their type, formula and Stop If True, and get no operator outside the schema's`, async () => {
      const door = await open(await planWithRules(BLANKS_AND_ERRORS));
      await generateSummary(door);
      const saved = await JSZip.loadAsync(await door.save());
      const sheet = await saved.file("xl/worksheets/sheet1.xml")!.async("string");
      const opens = [...sheet.matchAll(/<cfRule\b[^>]*>/g)].map((m) => m[0]);
      expect(opens.flatMap(schemaFaults)).toEqual([]);
      const rules = [...sheet.matchAll(/<cfRule\b([^>]*)>\s*<formula>([^<]*)<\/formula>/g)].map((m) => [/\stype="([^"]+)"/.exec(m[1]!)![1], /\sstopIfTrue="1"/.test(m[1]!), m[2]!.replace(/&quot;/g, '"').replace(/&gt;/g, ">")]);
      expect(rules).toEqual([
        ["containsBlanks", true, "LEN(TRIM(D2))=0"],
        ["notContainsBlanks", false, "LEN(TRIM(D2))>0"],
        ["containsErrors", false, "ISERROR(D2)"],
        ["notContainsErrors", true, "NOT(ISERROR(D2))"],
        ["containsText", false, 'NOT(ISERROR(SEARCH("deputies",C2)))'],
        ["cellIs", false, "1"],
      ]);
      expect(opens[4]).toMatch(/\soperator="containsText" .*text="deputies"|\stext="deputies".*operator="containsText"/);
      expect(opens[5]).toMatch(/\soperator="between"/);
    });
  }

  it("the workbench's door, after the highlight buttons: the same, beside RAG Tracker's own rules", async () => {
    const door = await XlsxDoor.open(await planWithRules(BLANKS_AND_ERRORS), "plan.xlsx");
    await colourRatings(door);
    await highlightRatingProblems(door);
    const saved = await JSZip.loadAsync(await door.save());
    const sheet = await saved.file("xl/worksheets/sheet1.xml")!.async("string");
    const opens = [...sheet.matchAll(/<cfRule\b[^>]*>/g)].map((m) => m[0]);
    expect(opens.length).toBeGreaterThan(6);
    expect(opens.flatMap(schemaFaults)).toEqual([]);
  });
});

describe("conditional formats for text a cell begins with, ends with or does not contain, or for duplicate or unique values, through the workbench's download", () => {
  for (const highlighted of [false, true]) {
    it(`keeps each whole, with its own fill${highlighted ? ", after the highlight buttons" : ""}`, async () => {
      const door = await XlsxDoor.open(await planWithRules(TEXT_AND_VALUE_RULES), "plan.xlsx");
      expect(door.leftOutOnSave).toBeNull();
      if (highlighted) {
        await colourRatings(door);
        await highlightRatingProblems(door);
      }
      await generateSummary(door);
      const saved = await JSZip.loadAsync(await door.save());
      const sheet = await saved.file("xl/worksheets/sheet1.xml")!.async("string");
      const styles = await saved.file("xl/styles.xml")!.async("string");
      const dxfs = [.../<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)![1]!.matchAll(/<dxf>[\s\S]*?<\/dxf>/g)].map((m) => /<bgColor rgb="([^"]+)"/.exec(m[0])?.[1]);
      const own = [...sheet.matchAll(/<cfRule\b([^>]*?)(?:\/>|>([\s\S]*?)<\/cfRule>)/g)].filter((m) => !(m[2] ?? "").includes("RAGTracker:"));
      expect(own.flatMap((m) => schemaFaults(`<cfRule${m[1]}>`))).toEqual([]);
      const read = own.map((m) => {
        const open = `<cfRule${m[1]}>`;
        const value = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1];
        const formula = /<formula>([^<]*)<\/formula>/.exec(m[2] ?? "")?.[1]?.replace(/&quot;/g, '"');
        return { type: value("type"), operator: value("operator"), text: value("text"), stopIfTrue: value("stopIfTrue"), formula, fill: dxfs[Number(value("dxfId"))] };
      });
      expect(read).toEqual([
        { type: "beginsWith", operator: "beginsWith", text: "R", stopIfTrue: undefined, formula: 'LEFT(D2,LEN("R"))="R"', fill: FILLS[2] },
        { type: "endsWith", operator: "endsWith", text: "en", stopIfTrue: undefined, formula: 'RIGHT(D2,LEN("en"))="en"', fill: FILLS[1] },
        { type: "duplicateValues", operator: undefined, text: undefined, stopIfTrue: undefined, formula: undefined, fill: FILLS[3] },
        { type: "notContainsText", operator: "notContains", text: "GP", stopIfTrue: undefined, formula: 'ISERROR(SEARCH("GP",C2))', fill: FILLS[0] },
        { type: "uniqueValues", operator: undefined, text: undefined, stopIfTrue: "1", formula: undefined, fill: FILLS[2] },
      ]);
    });
  }
});

describe("an above-average rule through the workbench's download", () => {
  it("keeps 'equal to or below average' and 'one standard deviation above', not plain below and above average", async () => {
    const rules =
      '<conditionalFormatting sqref="B2:B7"><cfRule type="aboveAverage" dxfId="0" priority="1" aboveAverage="0" equalAverage="1"/>' +
      '<cfRule type="aboveAverage" dxfId="0" priority="2" stdDev="1"/></conditionalFormatting>';
    const door = await XlsxDoor.open(await planWithRules(rules), "plan.xlsx");
    await generateSummary(door);
    const saved = await JSZip.loadAsync(await door.save());
    const sheet = await saved.file("xl/worksheets/sheet1.xml")!.async("string");
    const opens = [...sheet.matchAll(/<cfRule\b[^>]*>/g)].map((m) => m[0]);
    expect(opens.flatMap(schemaFaults)).toEqual([]);
    expect(opens).toHaveLength(2);
    expect(opens[0]).toMatch(/\saboveAverage="0"/);
    expect(opens[0]).toMatch(/\sequalAverage="1"/);
    expect(opens[1]).toMatch(/\sstdDev="1"/);
  });
});

describe("conditional formats in the workbench's download are listed in priority order, as LibreOffice applies them in the file's order", () => {
  it("writes RAG Tracker's rating colours (priorities 1 to 5) before a user's begins-with rule, and every rule in ascending priority, keeping each rule's own settings and fill", async () => {
    const door = await XlsxDoor.open(await planWithRules(BEGINS_WITH_R_AND_DUPLICATES_OUT_OF_ORDER), "plan.xlsx");
    await colourRatings(door);
    await highlightRatingProblems(door);
    const saved = await JSZip.loadAsync(await door.save());
    const sheet = await saved.file("xl/worksheets/sheet1.xml")!.async("string");
    const styles = await saved.file("xl/styles.xml")!.async("string");
    const dxfs = [.../<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)![1]!.matchAll(/<dxf>[\s\S]*?<\/dxf>/g)].map((m) => /<bgColor rgb="([^"]+)"/.exec(m[0])?.[1]);
    const opens = [...sheet.matchAll(/<cfRule\b[^>]*>/g)].map((m) => m[0]);
    const priorities = opens.map((open) => Number(/\spriority="(\d+)"/.exec(open)![1]));
    expect(priorities.length).toBeGreaterThan(3);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    const user = opens.filter((open) => /type="(?:beginsWith|duplicateValues)"/.test(open));
    const read = user.map((open) => ({ type: /\stype="([^"]+)"/.exec(open)![1], stopIfTrue: /\sstopIfTrue="1"/.test(open), fill: dxfs[Number(/\sdxfId="(\d+)"/.exec(open)![1])] }));
    // The duplicate rule that stops the others is the one with the first fill, as in the opened file, now listed second.
    expect(read).toEqual([
      { type: "beginsWith", stopIfTrue: false, fill: FILLS[2] },
      { type: "duplicateValues", stopIfTrue: false, fill: FILLS[1] },
      { type: "duplicateValues", stopIfTrue: true, fill: FILLS[0] },
    ]);
    expect(Number(/\spriority="(\d+)"/.exec(user[0]!)![1])).toBeGreaterThan(Math.max(...opens.filter((o) => !user.includes(o)).map((o) => Number(/\spriority="(\d+)"/.exec(o)![1]))));
  });

  it("splits two formats on the same cells whose priorities interleave (1 and 4, 2 and 3), so the file lists 1, 2, 3, 4, each rule with its fill and settings", async () => {
    const door = await XlsxDoor.open(await planWithRules(INTERLEAVED), "plan.xlsx");
    await generateSummary(door);
    const saved = await JSZip.loadAsync(await door.save());
    const sheet = await saved.file("xl/worksheets/sheet1.xml")!.async("string");
    const styles = await saved.file("xl/styles.xml")!.async("string");
    const dxfs = [.../<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)![1]!.matchAll(/<dxf>[\s\S]*?<\/dxf>/g)].map((m) => /<bgColor rgb="([^"]+)"/.exec(m[0])?.[1]);
    const blocks = [...sheet.matchAll(/<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g)].map((m) => ({
      sqref: /sqref="([^"]+)"/.exec(m[1]!)![1],
      rules: [...m[2]!.matchAll(/<cfRule\b[^>]*>/g)].map(([open]) => ({
        priority: Number(/\spriority="(\d+)"/.exec(open)![1]),
        fill: dxfs[Number(/\sdxfId="(\d+)"/.exec(open)![1])],
        stopIfTrue: /\sstopIfTrue="1"/.test(open),
        text: /\stext="([^"]*)"/.exec(open)?.[1],
      })),
    }));
    expect(blocks).toEqual([
      { sqref: "C2:C7", rules: [{ priority: 1, fill: FILLS[1], stopIfTrue: false, text: undefined }] },
      {
        sqref: "C2:C7",
        rules: [
          { priority: 2, fill: FILLS[0], stopIfTrue: false, text: undefined },
          { priority: 3, fill: FILLS[3], stopIfTrue: true, text: "SET" },
        ],
      },
      { sqref: "C2:C7", rules: [{ priority: 4, fill: FILLS[2], stopIfTrue: false, text: undefined }] },
    ]);
  });
});
