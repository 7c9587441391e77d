/**
 * A conditional format's "Stop If True", and the text a "contains text" rule looks for with its
 * operator, come back from the workbench's download as the file had them: ExcelJS reads none of
 * them, so the rule below one that should stop it applied too, and Excel's rule manager no longer
 * showed what the rule looks for.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { generateSummary } from "../../src/door/operations";
import { withOriginalRuleSettings } from "../../src/xlsx/keptRuleSettings";
import { PEER_REVIEW_ROWS } from "../fixtures/peerReview";
import { bytesOf } from "./helpers";

/** Ratings reading "Red" stop at the first rule; a row whose action mentions "deputies" is marked by the second. */
const RULES =
  '<conditionalFormatting sqref="D2:D7"><cfRule type="expression" dxfId="0" priority="1" stopIfTrue="1"><formula>$D2="Red"</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="C2:C7"><cfRule type="containsText" dxfId="0" priority="2" operator="containsText" text="deputies"><formula>NOT(ISERROR(SEARCH("deputies",C2)))</formula></cfRule></conditionalFormatting>';

async function planWithRules(): Promise<Uint8Array> {
  const built = await bytesOf((wb) => {
    const sheet = wb.addWorksheet("Peer Review");
    sheet.addRows([["Category", "Rec No", "Recommendation", "RAG"], ...PEER_REVIEW_ROWS.slice(0, 6)]);
    // A rule for its bold style (dxfId 0); the rules themselves are written below as Excel writes them.
    sheet.addConditionalFormatting({ ref: "D2:D7", rules: [{ type: "expression", priority: 1, formulae: ["FALSE"], style: { font: { bold: true } } }] });
  });
  const zip = await JSZip.loadAsync(built);
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace(/(<conditionalFormatting\b[\s\S]*<\/conditionalFormatting>)/, RULES));
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

  it("puts nothing on a rule that is not the same one (other cells)", () => {
    const original = '<conditionalFormatting sqref="D2:D7"><cfRule type="expression" priority="1" stopIfTrue="1"><formula>$D2="Red"</formula></cfRule></conditionalFormatting>';
    const saved = '<conditionalFormatting sqref="D2:D9"><cfRule type="expression" priority="1"><formula>$D2=&quot;Red&quot;</formula></cfRule></conditionalFormatting>';
    expect(withOriginalRuleSettings(saved, original)).toBeNull();
  });
});
