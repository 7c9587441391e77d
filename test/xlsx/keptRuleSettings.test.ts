/**
 * A conditional format's "Stop If True", and the text a "contains text" rule looks for with its
 * operator, come back from the workbench's download as the file had them: ExcelJS reads none of
 * them, so the rule below one that should stop it applied too, and Excel's rule manager no longer
 * showed what the rule looks for.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
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

async function planWithRules(rules = RULES): Promise<Uint8Array> {
  const built = await bytesOf((wb) => {
    const sheet = wb.addWorksheet("Peer Review");
    sheet.addRows([["Category", "Rec No", "Recommendation", "RAG"], ...PEER_REVIEW_ROWS.slice(0, 6)]);
    // A rule for its bold style (dxfId 0); the rules themselves are written below as Excel writes them.
    sheet.addConditionalFormatting({ ref: "D2:D7", rules: [{ type: "expression", priority: 1, formulae: ["FALSE"], style: { font: { bold: true } } }] });
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

  it("names a begins-with rule it cannot keep as the file opens, keeps Stop If True on the rule after it, and leaves no empty conditional format", async () => {
    const door = await XlsxDoor.open(await planWithRules(BEGINS_WITH_THEN_STOP), "plan.xlsx");
    expect(door.leftOutOnSave).toBe(
      'The workbench\'s download leaves out conditional formats for text a cell begins with, ends with or does not contain, or for duplicate or unique values on "Peer Review"; RAG Tracker inside Excel, or its command line, keeps them.',
    );
    await generateSummary(door);
    const saved = await JSZip.loadAsync(await door.save());
    const sheet = await saved.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).not.toMatch(/<conditionalFormatting\b[^>]*\/>/);
    const rules = [...sheet.matchAll(/<cfRule\b[^>]*>/g)].map((m) => m[0]);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatch(/\sstopIfTrue="1"/);
  });

  it("puts nothing on a rule that is not the same one (other cells)", () => {
    const original = '<conditionalFormatting sqref="D2:D7"><cfRule type="expression" priority="1" stopIfTrue="1"><formula>$D2="Red"</formula></cfRule></conditionalFormatting>';
    const saved = '<conditionalFormatting sqref="D2:D9"><cfRule type="expression" priority="1"><formula>$D2=&quot;Red&quot;</formula></cfRule></conditionalFormatting>';
    expect(withOriginalRuleSettings(saved, original)).toBeNull();
  });
});
