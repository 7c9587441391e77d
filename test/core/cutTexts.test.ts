import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyse";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { LINES_A_ROW_SHOWS, isCutShort } from "../../src/core/cutTexts";
import { mostWrappedLines, wrappedLines } from "../../src/core/rowHeights";
import { settingsSchema } from "../../src/core/settings";
import { STALE_SHEET, buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";

// Two of the peer review plan's responses (recommendations 23 and 25), as a team keeps them when each quarter's update is added to the cell.
const SUMMER =
  "The summer and autumn engagement events will ascertain wishes and feelings which will be taken forward by the Practice Standards Group. Recommendations 22 & 23 are closely linked. The LSCP BM to attend C&YP coffee mornings at schools(first The Olive) in the autumn term to talk about the work of the LSCP and to engage and consult with C&YP.\nThe LSCP has worked with Public Health, HWBB and CSP to review the questions in the annual Brigher Futures School Survey 2021. Children and Young People across year groups 4 to 10 are surveyed. The survey includes questions on safety and issues of Safeguarding in addition to Health and Well Being. The four survey themes are My Experiences, My School, My Life and My Feelings. The final published report from the survey will be presented to the Strategic Group and MEB.";
const COMMUNITY =
  "Essex Police are are engaging with communty groups including Enpower Initiative, Leaders Unlocked and various vulnerable, women's and Black, Asian and Minority Ethnic groups about the work of the partnership. Essex Police also attend and share information on the partnership at the Daily Bread initiative that works to support the community with a Food Bank service. Meetings are taking place with existing faith and community groups with a view to developing outreach work.  As restrictions ease and COVID recovery is underway outreach work will continue and develop. The LSCP has worked with the Community Safety Partnership, Essex Police and agencies and distributed information about the LSCP during the 16 Days of Action. Community Forum secretaries have been contacted with a view to adding the LSCP to their agenda and to plan joint community events.";
const UPDATES = `July 2021: ${SUMMER}\n\nOctober 2021: ${COMMUNITY}`;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The Stale Actions sheet's notes above its header, for a plan of [review, number, response, rating] rows last updated long ago. */
function staleNotes(rows: [string, CellValue, string, string][]): string[] {
  const sheet: SheetSnapshot = {
    name: "Case Reviews",
    firstRow: 1,
    firstColumn: 1,
    values: [["Review", "Action No", "Action", "Progress Update", "Last updated", "RAG"], ...rows.map(([review, no, response, rating]) => [review, no, "Hold engagement events with children and young people.", response, day("2021-03-01"), rating])],
    merges: [],
  };
  const plan = buildSummaryPlan(analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ staleDays: 90 }), "2021-11-01")).sheets.find((s) => s.name === STALE_SHEET)!;
  return plan.rows.slice(0, plan.freezeRows - 1).flatMap((r) => (r[0]?.kind === "text" && r[0].style === "note" ? [r[0].value] : []));
}

describe("quoted texts longer than a row can show", () => {
  it("names, above the Stale Actions list, a response a row cuts short, by its review and number", () => {
    expect(wrappedLines(UPDATES, 31)).toBeGreaterThan(LINES_A_ROW_SHOWS);
    const notes = staleNotes([
      ["Frankie", 3, UPDATES, "Amber"],
      ["Frankie", 4, SUMMER, "Amber"],
      ["Leo", 2, COMMUNITY, "Blue"],
    ]);
    expect(notes.filter((n) => n.startsWith("Cut short"))).toEqual([
      `Cut short on screen and in print, as a row shows about 27 lines: the response of Frankie no. 3. Each cell holds the whole text (select it to read it in the formula bar), as the tracker does.`,
    ]);
  });

  it("says nothing when every quoted text fits, and names every action a row cuts short", () => {
    expect(staleNotes([["Frankie", 4, SUMMER, "Amber"]]).some((n) => n.startsWith("Cut short"))).toBe(false);
    const seven = staleNotes(Array.from({ length: 7 }, (_, i): [string, CellValue, string, string] => ["Sam and Kyle", i + 1, UPDATES, "Red"]));
    expect(seven.find((n) => n.startsWith("Cut short"))).toContain(": the responses of Sam and Kyle no. 1, Sam and Kyle no. 2, Sam and Kyle no. 3, Sam and Kyle no. 4, Sam and Kyle no. 5, Sam and Kyle no. 6 and Sam and Kyle no. 7.");
  });

  it("past twenty actions, names those whose texts run furthest past a row, in the list's order, and counts the others", () => {
    // Three responses cut by less than the other twenty: a reader's font that fits more on a line may show them whole, never the others.
    const longer = `${UPDATES}\n\nJanuary 2022: ${SUMMER}`;
    const less = new Set([2, 9, 17]);
    const many = staleNotes(Array.from({ length: 23 }, (_, i): [string, CellValue, string, string] => ["Leo", i + 1, less.has(i + 1) ? UPDATES : longer, "Red"]));
    const named = Array.from({ length: 23 }, (_, i) => i + 1).filter((n) => !less.has(n));
    expect(many.find((n) => n.startsWith("Cut short"))).toContain(`: the responses of ${named.map((n) => `Leo no. ${n}`).join(", ")} and 3 others.`);
  });

  it("names an action the Committee Pack's lists cut short, under the list", () => {
    const sheet: SheetSnapshot = {
      name: "Case Reviews",
      firstRow: 1,
      firstColumn: 1,
      values: [["Review", "Action No", "Action", "Last updated", "RAG"], ["Frankie", 3, UPDATES, day("2021-03-01"), "Amber"], ["Frankie", 4, SUMMER, day("2021-03-01"), "Amber"]],
      merges: [],
    };
    const pack = buildPackPlan(analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ staleDays: 90 }), "2021-11-01"), undefined);
    const notes = pack.rows.flatMap((r) => (r[0]?.kind === "text" && r[0].style === "note" ? [r[0].value] : []));
    expect(notes.filter((n) => n.startsWith("Cut short"))).toEqual([expect.stringContaining(": the action of Frankie no. 3.")]);
  });

  it("is told by a bound that never falls below the lines measured, so no long text is missed", () => {
    // Words of the widest character, each a little over half a line, are the case the bound is tight for.
    const piece = fc.oneof(fc.constantFrom("a", "W", " ", "\n", "\r\n", "iiii", "—", "😀", "supercalifragilistic", "1.2a"), fc.integer({ min: 1, max: 40 }).map((n) => ` ${"@".repeat(n)}`));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), fc.integer({ min: 1, max: 60 }), (parts, width) => {
        const text = parts.join("");
        expect(mostWrappedLines(text, width)).toBeGreaterThanOrEqual(wrappedLines(text, width));
        expect(isCutShort(text, width)).toBe(wrappedLines(text, width) > LINES_A_ROW_SHOWS);
      }),
      { numRuns: 500 },
    );
  });
});
