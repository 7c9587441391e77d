/**
 * The formats the add-in puts on a user's tracker, in the file: conditional formats whose
 * formula carries the format tag, and (for rating colours) a drop-down list of ratings whose
 * place is recorded in a hidden defined name and whose alert title is "RAG Tracker" (as the
 * Office.js door does), so removing them never touches a rule or list the user made.
 */
import type ExcelJS from "exceljs";
import type { CellRange } from "../core/cells";
import { columnLetter, columnNumber, rangesOverlap } from "../core/cells";
import type { ConditionalRule, FormatPlan, FormatTag } from "../core/formatPlan";
import { VALIDATION_TITLE, hasFormatTag } from "../core/formatPlan";
import { MAX_LIST_SOURCE } from "../core/excelLimits";
import type { XlsxValidation } from "./internals";
import { conditionalFormats, setConditionalFormats, validationMap } from "./internals";
import { isStoreSheet } from "./storeSheet";
import { LIST_NAME_PREFIX, addName, freeListName, namedPlaces, removeName } from "./definedNames";
import { argb } from "./planStyles";
import { isProtectedSheet } from "./sheetProtection";
import { NO_HIGHLIGHTS_ADDED, NO_HIGHLIGHTS_REMOVED, ProtectionError, protectedSheetsMessage } from "../door/protectedSheets";


export interface FormatOutcome {
  rules: number;
  lists: number;
  /** One sentence for each thing that was left out, and why. */
  notes: string[];
}

function address(r: CellRange): string {
  const tl = `${columnLetter(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${columnLetter(r.right)}${r.bottom}`;
}

/** "F5" or "F5:F300" (a validation map key) → range. */
function keyRange(key: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(key);
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]!);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left };
}

function isOurs(v: XlsxValidation | undefined): boolean {
  return v !== undefined && v.type === "list" && v.errorTitle === VALIDATION_TITLE;
}

/** Validation map keys that touch the range. */
function keysWithin(map: Record<string, XlsxValidation | undefined>, range: CellRange): string[] {
  return Object.keys(map).filter((key) => {
    const r = keyRange(key);
    return r !== null && map[key] !== undefined && rangesOverlap(r, range);
  });
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return workbook.worksheets.find((s) => s.name.toLowerCase() === lower);
}

function ruleStyle(rule: ConditionalRule): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const fill = argb(rule.fill);
  // A conditional format's solid fill takes its colour from bgColor.
  if (fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: fill } };
  const font: Partial<ExcelJS.Font> = {};
  const colour = rule.fontColour ? argb(rule.fontColour) : null;
  if (colour) font.color = { argb: colour };
  if (rule.bold) font.bold = true;
  if (Object.keys(font).length > 0) style.font = font;
  return style;
}

/** Our rules go first in Excel's priority order, in the plan's order; the user's keep theirs after them. */
function addRules(sheet: ExcelJS.Worksheet, rules: ConditionalRule[]): number {
  const added = rules.filter((r) => r.ranges.length > 0);
  if (added.length === 0) return 0;
  const existing = conditionalFormats(sheet).flatMap((cf) => cf.rules).sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  existing.forEach((rule, i) => (rule.priority = added.length + i + 1));
  added.forEach((rule, i) =>
    sheet.addConditionalFormatting({
      ref: rule.ranges.map(address).join(" "),
      // ExcelJS writes the formula as given; Excel's file format has no leading "=".
      rules: [{ type: "expression", priority: i + 1, formulae: [rule.formula.replace(/^=/, "")], style: ruleStyle(rule) }],
    }),
  );
  return added.length;
}

function addList(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, plan: FormatPlan, taken: Set<string>, notes: string[]): boolean {
  const v = plan.validation!;
  const where = `'${sheet.name}'!${address(v.range)}`;
  const map = validationMap(sheet);
  const touching = keysWithin(map, v.range);
  if (touching.some((key) => !isOurs(map[key]))) {
    notes.push(`The drop-down list of ratings was not added on ${where} because those cells already have data validation of their own.`);
    return false;
  }
  if (v.allowed.some((a) => a.includes(","))) {
    notes.push(`The drop-down list of ratings was not added on ${where} because a rating contains a comma, which a list cannot hold.`);
    return false;
  }
  if (v.allowed.join(",").length > MAX_LIST_SOURCE) {
    notes.push(`The drop-down list of ratings was not added on ${where} because the ratings are longer than Excel allows in a list.`);
    return false;
  }
  for (const key of touching) delete map[key];
  map[address(v.range)] = {
    type: "list",
    allowBlank: true,
    formulae: [`"${v.allowed.join(",")}"`],
    showErrorMessage: true,
    // Warning, not Stop: a rating outside the list can still be kept, and Check ratings reports it.
    errorStyle: "warning",
    errorTitle: VALIDATION_TITLE,
    error: v.message,
  };
  const name = freeListName(workbook, taken);
  taken.add(name);
  addName(workbook, name, sheet.name, v.range);
  return true;
}

/** Adds the plans' rules and lists (clear the same tags first); every plan's sheet is checked before anything changes. */
export function applyFormatPlans(workbook: ExcelJS.Workbook, plans: FormatPlan[]): FormatOutcome {
  const sheets = plans.map((plan) => {
    const sheet = findSheet(workbook, plan.sheet);
    if (!sheet || isStoreSheet(sheet)) throw new Error(`There is no sheet named "${plan.sheet}" in this workbook, so no formats were added.`);
    return sheet;
  });
  const locked = plans.filter((plan, i) => isProtectedSheet(sheets[i]!) && (plan.rules.some((r) => r.ranges.length > 0) || plan.validation));
  if (locked.length > 0) throw new ProtectionError(protectedSheetsMessage(locked.map((p) => p.sheet), NO_HIGHLIGHTS_ADDED));
  const outcome: FormatOutcome = { rules: 0, lists: 0, notes: [] };
  const taken = new Set<string>();
  plans.forEach((plan, i) => {
    const sheet = sheets[i]!;
    outcome.rules += addRules(sheet, plan.rules);
    if (plan.validation && addList(workbook, sheet, plan, taken, outcome.notes)) outcome.lists++;
  });
  return outcome;
}

/** Removes every conditional format rule carrying this tag, on every sheet, and for rating colours the add-in's lists. */
export function clearFormatTag(workbook: ExcelJS.Workbook, tag: FormatTag): number {
  refuseProtected(workbook, tag);
  let removed = 0;
  for (const sheet of workbook.worksheets) {
    if (isStoreSheet(sheet)) continue;
    const formats = conditionalFormats(sheet);
    const kept = formats.filter((cf) => {
      const before = cf.rules.length;
      cf.rules = cf.rules.filter((rule) => !isTagged(tag)(rule));
      removed += before - cf.rules.length;
      return cf.rules.length > 0;
    });
    if (kept.length !== formats.length) setConditionalFormats(sheet, kept);
  }
  if (tag !== "rating-colours") return removed;

  for (const place of namedPlaces(workbook, (n) => n.startsWith(LIST_NAME_PREFIX))) {
    const sheet = findSheet(workbook, place.sheet);
    if (sheet) {
      const map = validationMap(sheet);
      // Only the list the add-in set: a list the user put there since is left as it is.
      const ours = keysWithin(map, place.range).filter((key) => isOurs(map[key]));
      for (const key of ours) delete map[key];
      if (ours.length > 0) removed++;
    }
    removeName(workbook, place.name);
  }
  return removed;
}

const isTagged = (tag: FormatTag) => (rule: ExcelJS.ConditionalFormattingRule) => rule.type === "expression" && hasFormatTag(String(rule.formulae?.[0] ?? ""), tag);

/** Removing highlights from a protected sheet is a change to it: refused whole, before anything is removed. */
function refuseProtected(workbook: ExcelJS.Workbook, tag: FormatTag): void {
  const locked = new Set<string>();
  for (const sheet of workbook.worksheets) {
    if (!isStoreSheet(sheet) && isProtectedSheet(sheet) && conditionalFormats(sheet).some((cf) => cf.rules.some(isTagged(tag)))) locked.add(sheet.name);
  }
  if (tag === "rating-colours") {
    for (const place of namedPlaces(workbook, (n) => n.startsWith(LIST_NAME_PREFIX))) {
      const sheet = findSheet(workbook, place.sheet);
      if (sheet && isProtectedSheet(sheet) && keysWithin(validationMap(sheet), place.range).some((key) => isOurs(validationMap(sheet)[key]))) locked.add(sheet.name);
    }
  }
  if (locked.size > 0) throw new ProtectionError(protectedSheetsMessage([...locked], NO_HIGHLIGHTS_REMOVED));
}
