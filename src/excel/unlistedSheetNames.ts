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
import { loadLayout } from "./layout";
import { listInWords } from "../core/sentences";
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
 * Excel refused to add a temporary sheet under a name a sheet Office.js does not list holds
 * ("RAGTracker_new_1" as a chart sheet's name): the write is built again under another.
 */
export class TemporaryNameHeld extends Error {
  constructor(readonly held: string) {
    super(`A sheet named "${held}" already exists.`);
  }
}

/**
 * Excel refused the hidden name that marks a temporary sheet as the door's, though no name holds
 * it (a spurious refusal, office-js#2875): the sheet was added, so it is not held by a chart sheet.
 */
export class TemporaryMarkRefused extends Error {
  constructor(readonly sheet: string) {
    super(`The name "${sheet}" already exists.`);
  }
}

/** Every name tried for a new sheet refused: the sentence names the old sheets deleted already. */
export class NamesRefused extends ExcelDoorError {}

/** Whether a sheet's marker points at the sheet of this name (the workbook spells names in any case). */
function pointsAt(marker: string | null | undefined, sheet: string | null): boolean {
  return marker != null && sheet !== null && marker.toLowerCase() === sheet.toLowerCase();
}

/**
 * Finishes a write whose last step Excel refused a name in: each new sheet still under its
 * temporary name takes the next free name. Returns the name each plan sheet now has, by key.
 * Only a refused rename is finished so: every new sheet must already carry its marker (on its
 * temporary sheet, or on the sheet renamed before the refusal) and one must still wait for its
 * name. Where none waits and a temporary sheet is missing, adding it was refused (nothing after
 * the renames can be refused a name): TemporaryNameHeld. Anything else refused (Excel also
 * refuses a defined name spuriously with the same code) rethrows `refusal`, and the write is
 * undone as any failed one.
 */
export async function renameBesideUnlisted(context: XlContext, targets: readonly SheetTarget[], refusal: unknown): Promise<Map<string, string>> {
  const built = targets.filter((t) => !t.inPlace && t.tempName !== null);
  const now = await loadLayout(context, { protection: false, dateSystem: false });
  const marker = (t: SheetTarget) => now.markers.live.get(t.plan.key);
  const waiting = built.filter((t) => pointsAt(marker(t), t.tempName));
  const renamed = built.filter((t) => pointsAt(marker(t), t.plan.name) && !now.sheets.some((s) => pointsAt(s.name, t.tempName)));
  if (waiting.length === 0) {
    // A temporary sheet added without its mark: the mark was refused, not the sheet's name.
    const unmarked = built.find((t) => now.sheets.some((s) => pointsAt(s.name, t.tempName)) && !now.temporarySheets.some((s) => pointsAt(s, t.tempName)) && !pointsAt(marker(t), t.tempName));
    if (unmarked) throw new TemporaryMarkRefused(unmarked.tempName!);
    // The sheets are added in order and the batch stopped at the refused call: the first one missing was refused its name.
    const missing = built.find((t) => !now.sheets.some((s) => pointsAt(s.name, t.tempName)));
    if (missing) throw new TemporaryNameHeld(missing.tempName!);
  }
  if (waiting.length === 0 || waiting.length + renamed.length !== built.length) throw refusal;

  const { worksheets } = context.workbook;
  const names = new Map(targets.map((t) => [t.plan.key, t.plan.name]));
  const taken = new Set([...now.sheets.map((s) => s.name), ...targets.map((t) => t.plan.name)].map((n) => n.toLowerCase()));
  // The renames run in order and the batch stopped at the refused one: the first sheet waiting was refused its own name.
  const refused = new Set([waiting[0]!.plan.name.toLowerCase()]);
  for (const [i, t] of waiting.entries()) {
    const tried: string[] = i === 0 ? [t.plan.name] : [];
    for (;;) {
      const name = tried.length === 0 ? t.plan.name : freeSheetName(t.plan.name, (lower) => taken.has(lower) || refused.has(lower));
      if (tried.length >= MAX_TRIES) throw new NamesRefused(gaveUp(waiting.slice(i), tried));
      tried.push(name);
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

/**
 * Said when every name tried for a new sheet was refused: that sheet and those after it, still
 * under temporary names, are removed with their markers (ExcelDoor.applyPlan), and the old
 * generated sheets they were to replace, named, were already deleted by the refused last step.
 */
function gaveUp(left: readonly SheetTarget[], tried: readonly string[]): string {
  const [first] = left;
  const sheets = listInWords(left.map((t) => `"${t.plan.name}"`));
  const old = left.flatMap((t) => (t.replaces !== null ? [`"${t.replaces}"`] : []));
  const replaced = old.length === 0 ? "" : `, and the old ${listInWords(old)} had already been deleted`;
  return `Excel refused every name tried for the new "${first!.plan.name}" sheet, from "${tried[0]}" to "${tried[tried.length - 1]}", so ${sheets} ${left.length === 1 ? "was" : "were"} not written${replaced}.`;
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

/**
 * Finds temporary names no unlisted sheet holds before the write is built again: each name is
 * tried by adding a bare sheet and deleting it in one small request, and a refused one is added to
 * `unlisted`, so a workbook with many chart sheets named RAGTracker_new_… costs small requests,
 * not a full write each. `names` gives the temporary names the write would use with `unlisted`.
 */
export async function probeTemporaryNames(context: XlContext, names: () => string[], unlisted: Set<string>, maxRefused: number): Promise<void> {
  const free = new Set<string>();
  for (;;) {
    const next = names().find((n) => !free.has(n.toLowerCase()));
    if (next === undefined) return;
    const sheet = context.workbook.worksheets.add(next);
    sheet.delete();
    try {
      // One name per request: a refused add stops the batch there.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      free.add(next.toLowerCase());
    } catch (error) {
      if (!isNameRefused(error)) throw error;
      unlisted.add(next.toLowerCase());
      if (unlisted.size >= maxRefused) throw new ExcelDoorError(temporaryNamesHeld([...unlisted]));
    }
  }
}

/** Said when chart sheets hold every temporary name tried: what to do about them. */
function temporaryNamesHeld(held: readonly string[]): string {
  const numbers = held.map((n) => Number(/\d+$/.exec(n)?.[0] ?? 0)).sort((a, b) => a - b);
  return `Excel refused the temporary sheet names RAGTracker_new_${numbers[0]} to RAGTracker_new_${numbers[numbers.length - 1]}, which sheets the add-in cannot see (chart sheets) hold, so nothing was written; rename or delete those chart sheets, then generate the RAG summary again.`;
}
