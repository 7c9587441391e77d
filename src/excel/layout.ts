/**
 * The workbook's shape: its sheets in order and the defined names that mark RAG Tracker's
 * own sheets. One sync loads it; read and applyPlan share it so neither pays for it twice.
 */
import type { XlContext } from "./excelApi";
import { sheetOfAddress } from "./addresses";
import { queueDateSystem } from "./dateSystem";
import { WorkbookMarkers } from "../core/markers";
import { TEMPORARY_SHEET_NAME } from "../core/sheetNames";

export interface SheetInfo {
  name: string;
  /** Excel's id of the sheet, which a rename keeps: a failed write tells an old sheet from the new one of its name by it. */
  id: string;
  position: number;
  visibility: string;
  /** Protected against edits: the door refuses to write to it rather than have Excel refuse half-way. */
  protected: boolean;
}

export interface WorkbookLayout {
  sheets: SheetInfo[];
  /** The generated sheets' marker names, and those of the sheets kept as the user renamed them. */
  markers: WorkbookMarkers;
  /** Every workbook-level defined name, for choosing names that are free. */
  names: string[];
  /**
   * The temporary sheets the door built (sheetWriter.ts), as the workbook spells them: each
   * carries a defined name of its own name, added with it, which a user's sheet of such a name lacks.
   */
  temporarySheets: string[];
  /**
   * The door's marks of temporary sheets that are gone (the user deleted a leftover, or its sheet
   * with it): hidden, of a temporary sheet's name, and referring to nothing (#REF!). The next
   * write removes them; a user's visible name of such a name is never one.
   */
  danglingMarks: string[];
  /** Defined names recording where the add-in put a data-validation list: name → "Sheet!$F$5:$F$300". */
  validationNames: Map<string, string>;
  /** Review > Protect Workbook: no sheet can be added (false where the host cannot say, before ExcelApi 1.7). */
  structureLocked: boolean;
  /** The workbook counts its dates from 1904 (dateSystem.ts). */
  date1904: boolean;
}

/** What the host can answer beyond the sheets and names: workbook protection (ExcelApi 1.7) and the date system (ExcelApi 1.2). */
export interface LayoutQuestions {
  protection: boolean;
  dateSystem: boolean;
}

export const VALIDATION_NAME_PREFIX = "RAGTracker_list_";

/** Queues the loads; call the returned function after the next sync. */
export function queueLayout(context: XlContext, asked: LayoutQuestions): () => WorkbookLayout {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/position,items/visibility,items/protection/protected");
  const names = context.workbook.names.load("items/name,items/type,items/value,items/visible");
  const protection = asked.protection ? context.workbook.protection.load("protected") : null;
  const date1904 = queueDateSystem(context, asked.dateSystem);
  return () => {
    const infos = sheets.items.map((s) => ({ name: s.name, id: s.id, position: s.position, visibility: s.visibility, protected: s.protection.protected }));
    const validationNames = new Map<string, string>();
    const pointing = names.items.map((item) => {
      const value = typeof item.value === "string" ? item.value : "";
      if (item.name.startsWith(VALIDATION_NAME_PREFIX)) validationNames.set(item.name, item.type === "Range" ? value : "");
      const address = item.type === "Range" ? sheetOfAddress(value) : null;
      const sheet = address === null ? null : (infos.find((s) => s.name.toLowerCase() === address.toLowerCase())?.name ?? null);
      // The door's mark of a temporary sheet is hidden and refers to that sheet's $A$1: a user's visible name of that name is not it.
      const mark = !item.visible && address !== null && TEMPORARY_SHEET_NAME.test(item.name) && value.slice(value.lastIndexOf("!") + 1) === "$A$1";
      const dangling = !item.visible && TEMPORARY_SHEET_NAME.test(item.name) && item.type === "Error" && value.includes("#REF!");
      return { name: item.name, sheet, mark, dangling };
    });
    const markers = new WorkbookMarkers(pointing);
    const temporarySheets = pointing.flatMap((p) => (p.mark && p.sheet !== null && p.sheet.toLowerCase() === p.name.toLowerCase() ? [p.sheet] : []));
    const danglingMarks = pointing.flatMap((p) => (p.dangling ? [p.name] : []));
    return { sheets: infos, markers, names: names.items.map((n) => n.name), temporarySheets, danglingMarks, validationNames, structureLocked: protection?.protected ?? false, date1904: date1904() };
  };
}

export async function loadLayout(context: XlContext, asked: LayoutQuestions): Promise<WorkbookLayout> {
  const read = queueLayout(context, asked);
  await context.sync();
  return read();
}

export function findSheet(layout: WorkbookLayout, name: string): SheetInfo | undefined {
  const lower = name.toLowerCase();
  return layout.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** The names of the protected sheets among these, as the workbook spells them. */
export function protectedAmong(layout: WorkbookLayout, names: string[]): string[] {
  return names.flatMap((name) => {
    const sheet = findSheet(layout, name);
    return sheet?.protected ? [sheet.name] : [];
  });
}

/** The generated key whose marker points at this sheet, keptKey(key) for a kept one, or undefined. */
export function generatedKeyOf(layout: WorkbookLayout, sheet: string): string | undefined {
  return layout.markers.keyOf(sheet);
}
