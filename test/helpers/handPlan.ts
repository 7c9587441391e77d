/** A generated sheet written by hand, for both doors' applyPlan tests (the engine's plan builder is tested on its own). */
import type { SheetPlan } from "../../src/core/writePlan";
import { SheetBuilder, blank, date, num, text } from "../../src/core/sheetBuilder";

/** Text a spreadsheet could mistake for a formula or a number. */
export const FORMULA_LIKE = ["=SUM(A1:A9)", "+44 7700 900123", "-5 days late", "@risk register", "007", "2.3"];

/** A summary sheet written by hand (the engine's plan builder is tested on its own). */
export function handPlan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  const b = new SheetBuilder();
  b.addSpanning(text("RAG Summary", "title"), 4);
  b.add(text("As at 1 November 2021", "note"));
  b.gap();
  b.add(text("Review", "header"), text("Blue", "header", { fill: "#0070C0", fontColour: "#FFFFFF" }), text("Green", "header", { fill: "#00B050" }), text("Total", "header"));
  b.add(text("Peer Review", "wrap"), num(23), num(3), num(26, "total"));
  b.add(text("Leo"), num(1), num(4), num(5, "total"));
  b.add(...FORMULA_LIKE.map((t) => text(t)));
  b.add(date("2021-09-01"), blank(), text("Stale", "body", { fill: "#FCE4D6" }));
  return {
    key: "summary",
    name: "RAG Summary",
    rows: b.rows,
    columnWidths: [30, 10, 10, 8],
    merges: b.merges,
    charts: [
      {
        title: "Ratings by review",
        kind: "stackedBar",
        categories: { top: 5, bottom: 6, left: 1, right: 1 },
        series: [
          { name: "Blue", values: { top: 5, bottom: 6, left: 2, right: 2 }, colour: "#0070C0", labelColour: "#FFFFFF" },
          { name: "Green", values: { top: 5, bottom: 6, left: 3, right: 3 }, colour: "#00B050", labelColour: "#000000" },
        ],
        anchor: { top: 4, left: 8, bottom: 18, right: 14 },
        labelFormat: "[>=1]0;\"\"",
      },
    ],
    dateFormat: "dd/mm/yyyy",
    freezeRows: 4,
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, repeatRows: { first: 4, last: 4 }, header: "RAG Summary & Stale Actions" },
    ...overrides,
  };
}
