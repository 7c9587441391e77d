/**
 * A name held by a sheet Office.js does not list. A chart sheet (a sheet that is only a chart)
 * is not among the worksheets, so the door cannot see that it holds "RAG Summary", and Excel
 * refuses (ItemAlreadyExists) only when the new sheet, built under its temporary name and
 * already marked as ours, is given that name at the last step. The sheets left under their
 * temporary names then take the next free name each ("RAG Summary (2)"), one try per request,
 * and are put in place as the last step would have; the chart sheet is never touched.
 */
import { freeSheetName } from "../core/sheetNames";
import { errorCode } from "./payload";
import type { XlContext } from "./excelApi";
import type { WorkbookLayout } from "./layout";
import type { SheetTarget } from "./sheetWriter";
import type { WritePlan } from "../core/writePlan";
import { ExcelDoorError } from "./errors";

/** More refusals than any workbook's chart sheets could cause: past this, the refusals have another cause. */
const MAX_TRIES = 20;

/** Whether a failed write may be one that a sheet Office.js does not list refused a name to. */
export function isNameRefused(error: unknown): boolean {
  return errorCode(error) === "ItemAlreadyExists";
}

/**
 * Finishes a write whose last step Excel refused a name in: each new sheet still under its
 * temporary name takes the next free name. Returns the name each plan sheet now has, by key;
 * rethrows `refusal` where the write stopped anywhere else (a sheet neither built nor renamed).
 */
export async function renameBesideUnlisted(context: XlContext, targets: readonly SheetTarget[], layout: WorkbookLayout, refusal: unknown): Promise<Map<string, string>> {
  const built = targets.filter((t) => !t.inPlace && t.tempName !== null);
  const { worksheets } = context.workbook;
  const found = built.map((t) => ({ temporary: worksheets.getItemOrNullObject(t.tempName!).load("name"), named: worksheets.getItemOrNullObject(t.plan.name).load("name") }));
  await context.sync();
  if (found.some((f) => f.temporary.isNullObject && f.named.isNullObject)) throw refusal;

  const names = new Map(targets.map((t) => [t.plan.key, t.plan.name]));
  const taken = new Set([...layout.sheets.map((s) => s.name), ...targets.map((t) => t.plan.name)].map((n) => n.toLowerCase()));
  const refused = new Set<string>();
  for (const [i, t] of built.entries()) {
    if (found[i]!.temporary.isNullObject) continue;
    // The plan's own name is the one Excel refused, unless a sheet before this one was refused and this one's rename never ran.
    for (let tries = 0; ; tries++) {
      const name = tries === 0 ? t.plan.name : freeSheetName(t.plan.name, (lower) => taken.has(lower) || refused.has(lower));
      if (tries >= MAX_TRIES) throw new ExcelDoorError(`Excel refused every name tried for the new "${t.plan.name}" sheet, so it was left as "${t.tempName}".`);
      worksheets.getItem(t.tempName!).name = name;
      try {
        // One rename per request: a refused one changes nothing, and the next name is tried.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (!isNameRefused(error)) throw error;
        refused.add(name.toLowerCase());
        continue;
      }
      taken.add(name.toLowerCase());
      names.set(t.plan.key, name);
      break;
    }
  }
  for (const t of [...built].filter((t) => t.position !== null).sort((a, b) => a.position! - b.position!)) {
    worksheets.getItem(names.get(t.plan.key)!).position = t.position!;
  }
  const first = targets[0];
  if (first) worksheets.getItem(names.get(first.plan.key)!).activate();
  await context.sync();
  return names;
}

/** The plan as written: a sheet that took another name is said to be beside the sheet that holds its own. */
export function besideUnlisted(plan: WritePlan, given: ReadonlyMap<string, string>): WritePlan {
  return {
    sheets: plan.sheets.map((sheet) => {
      const name = given.get(sheet.key) ?? sheet.name;
      return name === sheet.name ? sheet : { ...sheet, name, besideOwn: sheet.besideOwn ?? sheet.name };
    }),
  };
}
