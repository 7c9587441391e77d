import { describe, expect, it } from "vitest";
import { wrappedLines, wrappedRowHeights, LINE_HEIGHT } from "../../src/core/rowHeights";
import { SheetBuilder, text } from "../../src/core/sheetBuilder";
import type { SheetPlan } from "../../src/core/writePlan";
import { MAX_ROW_HEIGHT } from "../../src/core/excelLimits";
import { openDoor, partText, sheetXml, userBytes } from "./helpers";

function plan(b: SheetBuilder, columnWidths: number[]): SheetPlan {
  return {
    key: "pack",
    name: "Committee Pack",
    rows: b.rows,
    columnWidths,
    merges: b.merges,
    charts: [],
    dateFormat: "dd/mm/yyyy",
    freezeRows: 0,
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, header: "Committee Pack" },
  };
}

describe("wrappedLines (Calibri 11)", () => {
  it("wraps at word boundaries as Calibri's widths need", () => {
    expect(wrappedLines("Police", 12)).toBe(1);
    expect(wrappedLines("LSCP Business Team", 12)).toBe(2);
    expect(wrappedLines("LSCP Business Team", 30)).toBe(1);
    // Narrow letters take less room than wide ones.
    expect(wrappedLines("illicit lilies", 12)).toBe(1);
    expect(wrappedLines("MMMMMMMMMMMMMM", 12)).toBe(3);
  });

  it("counts each line break, and breaks a word longer than the cell", () => {
    expect(wrappedLines("one\ntwo\r\nthree", 40)).toBe(3);
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("https://example.invalid/a/very/long/address/without/any/spaces/in/it", 10)).toBeGreaterThanOrEqual(5);
  });

  it("gives bold text a little more room", () => {
    expect(wrappedLines("Newly overdue", 13)).toBe(1);
    expect(wrappedLines("Newly overdue", 13, true)).toBe(2);
  });
});

describe("wrappedRowHeights", () => {
  it("sets a height for rows whose wrapped text needs more lines, merged or not, and leaves the rest", () => {
    const b = new SheetBuilder();
    const long = "Give social workers access to youth offending risk assessments and record the outcome.";
    b.add(text("Short", "wrap"), text("Also short", "wrap"));
    b.add(text("Leo", "wrap"), text(long, "wrap"));
    b.add(text(long, "body"));
    b.addSpanning(text(`${long} ${long} ${long}`, "note"), 2);
    b.add(text("Review", "header"), text("Improved", "header"));
    const heights = wrappedRowHeights(plan(b, [10, 30]));
    expect(heights.get(1)).toBeUndefined();
    expect(heights.get(2)).toBe(wrappedLines(long, 30) * LINE_HEIGHT);
    expect(heights.get(2)).toBeGreaterThan(LINE_HEIGHT);
    // Text that does not wrap is clipped or overflows as the user's application draws it.
    expect(heights.get(3)).toBeUndefined();
    expect(heights.get(4)).toBe(wrappedLines(`${long} ${long} ${long}`, 40) * LINE_HEIGHT);
    expect(heights.get(5)).toBeUndefined();
  });

  it("never sets a row taller than Excel allows (409 points), however long the text", () => {
    const b = new SheetBuilder();
    // A response pasted whole from a report: thousands of characters in a 30-wide column.
    b.add(text("Leo", "wrap"), text("Briefings delivered to all social work teams; audit planned. ".repeat(300), "wrap"));
    expect(wrappedRowHeights(plan(b, [10, 30])).get(1)).toBe(MAX_ROW_HEIGHT);
  });

  it("leaves a text merged over several rows alone", () => {
    const b = new SheetBuilder();
    b.add(text("A long note over two rows that would need many lines in one narrow column", "wrap"));
    b.add();
    b.merges.push({ top: 1, bottom: 2, left: 1, right: 1 });
    expect(wrappedRowHeights(plan(b, [8])).size).toBe(0);
  });

  it("is written into the file as a custom row height, with every generated cell in Calibri 11", async () => {
    const b = new SheetBuilder();
    b.add(text("Review", "header"), text("Action", "header"));
    const action = "Agree a transition pathway for young people at risk of exploitation.";
    b.add(text("Leo", "wrap"), text(action, "wrap"));
    const door = await openDoor(await userBytes());
    await door.applyPlan({ sheets: [plan(b, [10, 20])] });
    const bytes = await door.save();
    const xml = await sheetXml(bytes, "Committee Pack");
    expect(wrappedLines(action, 20)).toBeGreaterThan(1);
    expect(xml).toMatch(new RegExp(`<row r="2"[^>]*ht="${wrappedLines(action, 20) * LINE_HEIGHT}"[^>]*customHeight="1"`));
    expect(/<row r="1"[^>]*>/.exec(xml)![0]).not.toContain("customHeight");
    const styles = await partText(bytes, "xl/styles.xml");
    const boldFonts = [...styles.matchAll(/<font>(?:(?!<\/font>).)*<b\/>(?:(?!<\/font>).)*<\/font>/g)].map((m) => m[0]);
    expect(boldFonts.length).toBeGreaterThan(0);
    for (const font of boldFonts) expect(font).toContain('<name val="Calibri"/>');
  });
});
