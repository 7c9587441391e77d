/**
 * The settings' add rows in a task pane's usual width (320 and 350 px), where only a real browser
 * lays them out: each label sits on one line over its own field, and a sheet name as long as Excel
 * allows (31 characters) shows whole in the sheet drop-downs.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { workbookBytes } from "../helpers/workbooks";
import { STEP_TIMEOUT, sessionForThisFile } from "./workbenchSession";
import { openWorkbench, pane, pickFile } from "./workbenchPage";

const session = sessionForThisFile();

/** 31 characters, Excel's longest sheet name. */
const LONG_SHEET = "Partnership Peer Review 2021-22";

function plan(): Promise<Uint8Array> {
  const rows = [
    ["Review", "No", "Specific actions", "Response", "Lead", "RAG"],
    ["Audit 2024", 1, "Refresh the escalation policy", "Drafted", "Business manager", "Blue"],
    ["Audit 2024", 2, "Train new chairs", "Booked", "Training lead", "Green"],
  ];
  // The long-named sheet has no Review column, so Reviews of sheets offers it too.
  return workbookBytes({ [LONG_SHEET]: rows.map((r) => r.slice(1)), "Case Reviews": rows });
}

interface FieldLayout {
  label: string;
  /** The label's lines of text. */
  lines: number;
  /** The label lies within its own field's width, over it. */
  overOwnField: boolean;
  /** How far the label's top is from that of the other labels beside it on its row. */
  offsetFromRow: number;
}

/** Each labelled field of a settings group, as laid out. */
function fieldLayouts(page: Page, group: string): Promise<FieldLayout[]> {
  return pane(page)
    .getByRole("group", { name: group })
    .evaluate((root) => {
      // The labels of fields (Fluent's Field), not those beside a checkbox.
      const fields = [...root.querySelectorAll<HTMLLabelElement>("label.fui-Field__label")].flatMap((label) => {
        const control = label.htmlFor ? document.getElementById(label.htmlFor) : null;
        return control ? [{ label, box: label.getBoundingClientRect(), control: control.getBoundingClientRect() }] : [];
      });
      return fields.map(({ label, box, control }) => {
        const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
        const row = fields.filter((f) => Math.abs(f.control.top - control.top) < 2);
        return {
          label: label.textContent ?? "",
          lines: Math.round(box.height / lineHeight),
          overOwnField: box.left >= control.left - 1 && box.right <= control.right + 1 && box.bottom <= control.top + 1,
          offsetFromRow: Math.max(...row.map((f) => Math.abs(f.box.top - box.top))),
        };
      });
    });
}

/** How much of the chosen option's text a drop-down has no room for, in pixels (0 when it shows whole). */
function hiddenText(page: Page, group: string, name: string): Promise<number> {
  return pane(page)
    .getByRole("group", { name: group })
    .getByRole("combobox", { name })
    .evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(select.selectedOptions[0]?.text ?? "").width;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return Math.max(0, Math.ceil(text - room));
    });
}

describe("the settings in a narrow pane", () => {
  for (const width of [320, 350]) {
    it(
      `lays each label over its own field, and shows a 31-character sheet name whole, at ${width} px`,
      async () => {
        const { page, problems } = await openWorkbench(session.browser.context, session.url);
        await page.setViewportSize({ width, height: 800 });
        await pickFile(page, "long names.xlsx", await plan());
        await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: long names\.xlsx/);
        const overrides = pane(page).getByRole("group", { name: "Column overrides" });
        await expect.poll(() => overrides.getByRole("combobox", { name: "Sheet" }).inputValue()).toBe(LONG_SHEET);

        for (const group of ["Tracker sheets", "Column overrides", "Reviews of sheets"]) {
          for (const field of await fieldLayouts(page, group)) {
            expect(field, `${group}: ${field.label}`).toMatchObject({ lines: 1, overOwnField: true });
            expect(field.offsetFromRow, `${group}: ${field.label} beside the labels on its row`).toBeLessThan(2);
          }
        }
        expect(await hiddenText(page, "Column overrides", "Sheet")).toBe(0);
        expect(await hiddenText(page, "Reviews of sheets", "Sheet with no Review column")).toBe(0);
        // Nothing scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        expect(problems).toEqual([]);
        await page.close();
      },
      STEP_TIMEOUT,
    );
  }
});
