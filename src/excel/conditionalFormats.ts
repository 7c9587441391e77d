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
import { byIndexes, rangeAddress, sheetOfAddress } from "./addresses";
import { quoteSheetName } from "../core/cells";
import { shiftFormula } from "./formulaShift";
import { areaGroups, areasAddress } from "./areaGroups";
import { CALL_OVERHEAD_BYTES } from "./payload";
import type { WriteStep } from "./writeSteps";
import { callStep, runSteps } from "./writeSteps";
import { STORE_SHEET_NAME } from "../core/store";
import { ExcelDoorError } from "./errors";
import { NO_HIGHLIGHTS_REMOVED, protectedSheetsMessage } from "../door/protectedSheets";


export interface FormatSupport {
  /** ExcelApi 1.9: one rule over many areas (getRanges); otherwise one rule per area. */
  multiArea: boolean;
  /** ExcelApi 1.8: data-validation lists. */
  validation: boolean;
  pauseEvents: boolean;
  budget?: number;
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

/** Removes every conditional format carrying this tag, on every sheet, and (for rating colours) the add-in's lists. */
export async function clearFormatTag(context: XlContext, layout: WorkbookLayout, tag: FormatTag, support: FormatSupport): Promise<number> {
  const sheets = layout.sheets.filter((s) => s.name !== STORE_SHEET_NAME);
  const collections = sheets.map((s) => context.workbook.worksheets.getItem(s.name).getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula"));
  await context.sync();

  // Removing highlights from a protected sheet is a change Excel refuses: refuse whole, before any is removed.
  const locked = sheets.filter((s, i) => s.protected && collections[i]!.items.some((cf) => isTagged(cf, tag))).map((s) => s.name);
  if (tag === "rating-colours" && support.validation) {
    for (const address of layout.validationNames.values()) {
      const sheet = address ? sheets.find((s) => s.name.toLowerCase() === sheetOfAddress(address)?.toLowerCase()) : undefined;
      if (sheet?.protected) locked.push(sheet.name);
    }
  }
  if (locked.length > 0) throw new ExcelDoorError(protectedSheetsMessage(locked, NO_HIGHLIGHTS_REMOVED));

  let removed = 0;
  for (const collection of collections) {
    for (const cf of collection.items) {
      if (isTagged(cf, tag)) {
        cf.delete();
        removed++;
      }
    }
  }
  const checks =
    tag === "rating-colours" && support.validation
      ? [...layout.validationNames].map(([name, address]) => ({
          name,
          address,
          validation: address ? context.workbook.names.getItem(name).getRange().dataValidation.load("type,errorAlert") : null,
        }))
      : [];
  if (removed === 0 && checks.length === 0) return 0;
  await context.sync();
  if (checks.length === 0) return removed;

  for (const check of checks) {
    // Only the list the add-in set: a list the user put there since is left as it is.
    if (check.validation && check.validation.type === "List" && check.validation.errorAlert.title === VALIDATION_TITLE) {
      context.workbook.names.getItem(check.name).getRange().dataValidation.clear();
      removed++;
    }
    context.workbook.names.getItem(check.name).delete();
  }
  await context.sync();
  return removed;
}

function isTagged(cf: XlConditionalFormat, tag: FormatTag): boolean {
  const custom = cf.customOrNullObject;
  return cf.type === "Custom" && !custom.isNullObject && hasFormatTag(custom.rule.formula, tag);
}

/** "'My Sheet'!F5:F300" for messages and names. */
export function sheetAddress(sheet: string, range: CellRange): string {
  return `${quoteSheetName(sheet)}!${rangeAddress(range)}`;
}
