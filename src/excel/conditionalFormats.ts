/**
 * The formats the add-in puts on a user's tracker: custom conditional formats whose formula
 * carries the format tag, and (for rating colours) a drop-down list of ratings. Removing them
 * finds the add-in's rules by that tag and its lists by a hidden defined name plus the alert
 * title, so a rule or list the user made is never removed.
 */
import type { CellRange } from "../core/cells";
import type { ConditionalRule, FormatPlan, FormatTag } from "../core/formatPlan";
import { VALIDATION_TITLE, hasFormatTag } from "../core/formatPlan";
import { MAX_LIST_SOURCE } from "../core/excelLimits";
import type { XlConditionalFormat, XlContext, XlDataValidation } from "./excelApi";
import type { WorkbookLayout } from "./layout";
import { VALIDATION_NAME_PREFIX } from "./layout";
import { byIndexes, parseArea, rangeAddress, sheetOfAddress } from "./addresses";
import { quoteSheetName } from "../core/cells";
import { shiftFormula } from "./formulaShift";
import { areaGroups, areasAddress } from "./areaGroups";
import { CALL_OVERHEAD_BYTES, DEFAULT_READ_BUDGET, DEFAULT_WRITE_BUDGET, isPayloadLimitError } from "./payload";
import type { WriteStep } from "./writeSteps";
import { callStep, runSteps } from "./writeSteps";
import { isStoreSheetName } from "../core/store";
import { ExcelDoorError } from "./errors";
import { NO_HIGHLIGHTS_REMOVED, protectedSheetsMessage } from "../door/protectedSheets";


export interface FormatSupport {
  /** ExcelApi 1.9: one rule over many areas (getRanges); otherwise one rule per area. */
  multiArea: boolean;
  /** ExcelApi 1.8: data-validation lists. */
  validation: boolean;
  pauseEvents: boolean;
  budget?: number;
  /** Bytes to aim for per read response. */
  readBudget?: number;
}

export interface FormatOutcome {
  rules: number;
  lists: number;
  /** One sentence for each thing that was left out, and why. */
  notes: string[];
}

function ruleSteps(sheetName: string, rule: ConditionalRule, multiArea: boolean): WriteStep[] {
  const origin = rule.ranges[0];
  if (!origin) return [];
  return areaGroups(rule.ranges, multiArea).map((group) => {
    const first = group[0]!;
    // The plan's formula is relative to the first range's top-left; each group reads it from its own.
    const formula = shiftFormula(rule.formula, first.top - origin.top, first.left - origin.left);
    const address = areasAddress(group);
    return callStep(CALL_OVERHEAD_BYTES * 6 + address.length + formula.length, (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const target = group.length === 1 ? byIndexes(sheet, first) : sheet.getRanges(address);
      const cf = target.conditionalFormats.add("Custom");
      cf.custom.rule.formula = formula;
      cf.custom.format.fill.color = rule.fill;
      if (rule.fontColour) cf.custom.format.font.color = rule.fontColour;
      if (rule.bold) cf.custom.format.font.bold = true;
    });
  });
}

/** Adds the plans' rules and lists; run clearFormats for the same tags first. */
export async function applyFormatPlans(context: XlContext, plans: FormatPlan[], support: FormatSupport): Promise<FormatOutcome & { lists: number }> {
  const notes: string[] = [];
  const wanted = plans.filter((p) => p.validation);
  const lists: { plan: FormatPlan; existing: XlDataValidation }[] = [];
  if (wanted.length > 0 && !support.validation) {
    notes.push("The drop-down list of ratings was not added because this version of Excel does not support data validation from add-ins.");
  } else if (wanted.length > 0) {
    // A sync to see what validation is there already: a user's own is kept, not replaced.
    const queued = wanted.map((plan) => ({ plan, existing: byIndexes(context.workbook.worksheets.getItem(plan.sheet), plan.validation!.range).dataValidation.load("type,errorAlert") }));
    await context.sync();
    for (const q of queued) {
      const v = q.plan.validation!;
      const where = sheetAddress(q.plan.sheet, v.range);
      const ours = q.existing.type === "List" && q.existing.errorAlert.title === VALIDATION_TITLE;
      if (q.existing.type !== "None" && !ours) notes.push(`The drop-down list of ratings was not added on ${where} because those cells already have data validation of their own.`);
      else if (v.allowed.some((a) => a.includes(","))) notes.push(`The drop-down list of ratings was not added on ${where} because a rating contains a comma, which a list cannot hold.`);
      else if (v.allowed.join(",").length > MAX_LIST_SOURCE) notes.push(`The drop-down list of ratings was not added on ${where} because the ratings are longer than Excel allows in a list.`);
      else lists.push(q);
    }
  }

  const steps: WriteStep[] = [];
  let rules = 0;
  for (const plan of plans) {
    // Each rule added goes to the top of Excel's priority list, so the first rule is added last.
    for (const rule of [...plan.rules].reverse()) {
      const added = ruleSteps(plan.sheet, rule, support.multiArea);
      rules += added.length;
      steps.push(...added);
    }
  }
  const stamp = Date.now().toString(36);
  lists.forEach(({ plan }, i) => {
    const v = plan.validation!;
    const name = `${VALIDATION_NAME_PREFIX}${stamp}_${i + 1}`;
    steps.push(
      callStep(CALL_OVERHEAD_BYTES * 8 + v.message.length, (context) => {
        const range = byIndexes(context.workbook.worksheets.getItem(plan.sheet), v.range);
        range.dataValidation.clear();
        range.dataValidation.rule = { list: { inCellDropDown: true, source: v.allowed.join(",") } };
        // Warning, not Stop: a rating outside the list can still be kept, and Check ratings reports it.
        range.dataValidation.errorAlert = { showAlert: true, style: "Warning", title: VALIDATION_TITLE, message: v.message };
        range.dataValidation.ignoreBlanks = true;
        context.workbook.names.add(name, range, "Where RAG Tracker added its drop-down list of ratings.").visible = false;
      }),
    );
  });
  await runSteps(context, steps, { budget: support.budget, pauseEvents: support.pauseEvents, pauseCalculation: true });
  return { rules, lists: lists.length, notes };
}

/** Response bytes of one rule besides its formula: its id, type, the null flag and the names. */
const RULE_READ_BYTES = 200;
/** Excel's longest formula, in characters: the first page of a sheet's rules assumes each is this long. */
const MAX_FORMULA = 8_192;
/** The shortest formula length a page is sized for once real ones are seen. */
const TYPICAL_FORMULA = 512;

/**
 * The ids of a sheet's rules carrying the tag. A workbook bloated by copy and paste can hold tens of
 * thousands of rules, so they are read a page at a time (getItemAt, ExcelApi 1.6), each page sized
 * under the read budget from the longest formula on the page before, and halved if Excel still refuses it.
 */
async function taggedRuleIds(context: XlContext, sheet: string, count: number, tag: FormatTag, readBudget: number, writeBudget: number): Promise<string[]> {
  const ids = new Set<string>();
  let longest = MAX_FORMULA;
  let budget = readBudget;
  for (let index = 0; index < count; ) {
    const fit = Math.min(Math.floor(budget / (RULE_READ_BYTES + 2 * longest)), Math.floor(writeBudget / (CALL_OVERHEAD_BYTES * 3)));
    const size = Math.max(1, Math.min(count - index, fit));
    const collection = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
    const page = Array.from({ length: size }, (_, i) => collection.getItemAt(index + i).load("id,type,customOrNullObject/rule/formula"));
    try {
      // Pages in turn: each is sized from what the one before returned.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || size === 1) throw error;
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    // The page read measures the formulas that size the next: a refusal's halving was for the page refused, not the rest.
    budget = readBudget;
    longest = TYPICAL_FORMULA;
    for (const cf of page) {
      if (cf.type === "Custom" && !cf.customOrNullObject.isNullObject) longest = Math.max(longest, cf.customOrNullObject.rule.formula.length);
      // By id: a rule read twice (the list shifted between pages) is deleted once.
      if (isTagged(cf, tag)) ids.add(cf.id);
    }
    index += size;
  }
  return [...ids];
}

/** Removes every conditional format carrying this tag, on every sheet, and (for rating colours) the add-in's lists. */
export async function clearFormatTag(context: XlContext, layout: WorkbookLayout, tag: FormatTag, support: FormatSupport): Promise<number> {
  const sheets = layout.sheets.filter((s) => !isStoreSheetName(s.name));
  // Counts first (one small response), then each sheet's rules in pages: never all rules in one response.
  const counts = sheets.map((s) => context.workbook.worksheets.getItem(s.name).getRange().conditionalFormats.getCount());
  await context.sync();
  const tagged: { sheet: string; ids: string[] }[] = [];
  for (const [i, s] of sheets.entries()) {
    const count = counts[i]!.value;
    // Sheet by sheet: each sheet's pages are sized on their own.
    if (count > 0) tagged.push({ sheet: s.name, ids: await taggedRuleIds(context, s.name, count, tag, support.readBudget ?? DEFAULT_READ_BUDGET, support.budget ?? DEFAULT_WRITE_BUDGET) });
  }

  // Removing highlights from a protected sheet is a change Excel refuses: refuse whole, before any is removed.
  const locked = sheets.filter((s) => s.protected && tagged.some((t) => t.sheet === s.name && t.ids.length > 0)).map((s) => s.name);
  if (tag === "rating-colours" && support.validation) {
    for (const address of layout.validationNames.values()) {
      const sheet = address ? sheets.find((s) => s.name.toLowerCase() === sheetOfAddress(address)?.toLowerCase()) : undefined;
      if (sheet?.protected && !locked.includes(sheet.name)) locked.push(sheet.name);
    }
  }
  if (locked.length > 0) throw new ExcelDoorError(protectedSheetsMessage(locked, NO_HIGHLIGHTS_REMOVED));

  const deletions = tagged.flatMap(({ sheet, ids }) =>
    ids.map((id) => callStep(CALL_OVERHEAD_BYTES * 4 + id.length, (ctx) => ctx.workbook.worksheets.getItem(sheet).getRange().conditionalFormats.getItem(id).delete())),
  );
  const removed = deletions.length;
  await runSteps(context, deletions, { budget: support.budget, pauseEvents: false, pauseCalculation: false });
  if (tag !== "rating-colours" || !support.validation || layout.validationNames.size === 0) return removed;

  const places = [...layout.validationNames].flatMap(([name, address]) => {
    const sheet = address ? sheetOfAddress(address) : null;
    const range = sheet ? parseArea(address.slice(address.lastIndexOf("!") + 1)) : null;
    return sheet && range && sheets.some((s) => s.name.toLowerCase() === sheet.toLowerCase()) ? [{ name, sheet, range }] : [];
  });
  const areas = await ourListAreas(context, places);
  for (const { sheet, range } of areas) byIndexes(context.workbook.worksheets.getItem(sheet), range).dataValidation.clear();
  // Every name goes, once its list (or what is left of it) is cleared: one whose place is gone marks nothing.
  for (const name of layout.validationNames.keys()) context.workbook.names.getItem(name).delete();
  await context.sync();
  return removed + new Set(areas.map((a) => a.name)).size;
}

interface ListPlace {
  name: string;
  sheet: string;
  range: CellRange;
}

/**
 * The parts of each recorded place that still hold the add-in's list. A place whose validation
 * reads "Inconsistent" (another list cut into it, as two trackers' ranges could overlap before,
 * or the user set their own on part of it) is halved until each part reads one way, so what is
 * left of the add-in's list is cleared and the user's own is kept.
 */
async function ourListAreas(context: XlContext, places: ListPlace[]): Promise<ListPlace[]> {
  const found: ListPlace[] = [];
  let pending = places;
  // Halving a range of one column and every row ends after about 20 rounds; this bounds the loop.
  for (let round = 0; pending.length > 0 && round < 40; round++) {
    const loaded = pending.map((place) => ({ place, validation: byIndexes(context.workbook.worksheets.getItem(place.sheet), place.range).dataValidation.load("type,errorAlert") }));
    // One round per halving: which parts to read next depends on this answer.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    pending = [];
    for (const { place, validation } of loaded) {
      if (validation.type === "List" && validation.errorAlert.title === VALIDATION_TITLE) found.push(place);
      else if (validation.type === "Inconsistent") pending.push(...halves(place));
    }
  }
  return found;
}

function halves(place: ListPlace): ListPlace[] {
  const { top, bottom, left, right } = place.range;
  if (bottom > top) {
    const middle = Math.floor((top + bottom) / 2);
    return [{ ...place, range: { top, bottom: middle, left, right } }, { ...place, range: { top: middle + 1, bottom, left, right } }];
  }
  if (right > left) {
    const middle = Math.floor((left + right) / 2);
    return [{ ...place, range: { top, bottom, left, right: middle } }, { ...place, range: { top, bottom, left: middle + 1, right } }];
  }
  return [];
}

function isTagged(cf: XlConditionalFormat, tag: FormatTag): boolean {
  const custom = cf.customOrNullObject;
  return cf.type === "Custom" && !custom.isNullObject && hasFormatTag(custom.rule.formula, tag);
}

/** "'My Sheet'!F5:F300" for messages and names. */
export function sheetAddress(sheet: string, range: CellRange): string {
  return `${quoteSheetName(sheet)}!${rangeAddress(range)}`;
}
