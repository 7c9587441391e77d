/** PlanStyles shares one style object between cells that look alike, and only between those. */
import { describe, expect, it } from "vitest";
import { PlanStyles } from "../../src/xlsx/planStyles";

describe("PlanStyles.styleOf", () => {
  it("gives alike cells the very same style object", () => {
    const styles = new PlanStyles();
    const a = styles.styleOf({ kind: "text", value: "one", style: "wrap" }, "@");
    const b = styles.styleOf({ kind: "text", value: "two", style: "wrap" }, "@");
    expect(b).toBe(a);
    expect(styles.styleOf({ kind: "text", value: "x", style: "body", fill: "#0070C0", fontColour: "#ffffff" }, "@")).toBe(
      styles.styleOf({ kind: "text", value: "y", style: "body", fill: "#0070C0", fontColour: "#FFFFFF" }, "@"),
    );
  });

  it("keeps apart cells that differ in style, fill, font colour or number format", () => {
    const styles = new PlanStyles();
    const base = styles.styleOf({ kind: "text", value: "x", style: "body" }, "@");
    expect(styles.styleOf({ kind: "text", value: "x", style: "wrap" }, "@")).not.toBe(base);
    expect(styles.styleOf({ kind: "text", value: "x", style: "body", fill: "#FFC000" }, "@")).not.toBe(base);
    expect(styles.styleOf({ kind: "text", value: "x", style: "body", fontColour: "#FFFFFF" }, "@")).not.toBe(base);
    expect(styles.styleOf({ kind: "text", value: "x", style: "body" }, "dd/mm/yyyy")).not.toBe(base);
  });

  it("an empty fill is not the header's own fill: the header keeps its blue only when no fill is given", () => {
    const styles = new PlanStyles();
    const emptyFirst = styles.styleOf({ kind: "text", value: "Rating", style: "header", fill: "" }, "@");
    const own = styles.styleOf({ kind: "text", value: "Rating", style: "header" }, "@");
    expect(emptyFirst.fill).toBeUndefined();
    expect(own.fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
  });
});
