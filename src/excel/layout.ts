/**
 * The workbook's shape: its sheets in order and the defined names that mark RAG Tracker's
 * own sheets. One sync loads it; read and applyPlan share it so neither pays for it twice.
 */
import type { XlContext } from "./excelApi";
import { sheetOfAddress } from "./addresses";
import { queueDateSystem } from "./dateSystem";
import { KEPT_MARKER_PATTERN, KEPT_SHEET_KEY, MARKER_PATTERN } from "../core/writePlan";

export interface SheetInfo {
  name: string;
  position: number;
  visibility: string;
  /** Protected against edits: the door refuses to write to it rather than have Excel refuse half-way. */
  protected: boolean;
}

export interface WorkbookLayout {
  sheets: SheetInfo[];
  /** Generated-sheet key → the name of the sheet its marker points at; null once that sheet is gone. */
  markers: Map<string, string | null>;
  /** The sheets kept markers point at: generated sheets the user renamed, kept as they stand. */
  kept: Set<string>;
  /** Every workbook-level defined name, for choosing names that are free. */
  names: string[];
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
  const sheets = context.workbook.worksheets.load("items/name,items/position,items/visibility,items/protection/protected");
  const names = context.workbook.names.load("items/name,items/type,items/value");
  const protection = asked.protection ? context.workbook.protection.load("protected") : null;
  const date1904 = queueDateSystem(context, asked.dateSystem);
  return () => {
    const infos = sheets.items.map((s) => ({ name: s.name, position: s.position, visibility: s.visibility, protected: s.protection.protected }));
    const markers = new Map<string, string | null>();
    const kept = new Set<string>();
    const validationNames = new Map<string, string>();
    for (const item of names.items) {
      const value = typeof item.value === "string" ? item.value : "";
      const address = item.type === "Range" ? sheetOfAddress(value) : null;
      const sheet = address === null ? null : (infos.find((s) => s.name.toLowerCase() === address.toLowerCase())?.name ?? null);
      const marker = MARKER_PATTERN.exec(item.name);
      if (marker) markers.set(marker[1]!, sheet);
      else if (KEPT_MARKER_PATTERN.test(item.name)) {
        if (sheet !== null) kept.add(sheet);
      } else if (item.name.startsWith(VALIDATION_NAME_PREFIX)) validationNames.set(item.name, item.type === "Range" ? value : "");
    }
    return { sheets: infos, markers, kept, names: names.items.map((n) => n.name), validationNames, structureLocked: protection?.protected ?? false, date1904: date1904() };
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

/** The generated key whose marker points at this sheet, KEPT_SHEET_KEY for a kept one, or undefined. */
export function generatedKeyOf(layout: WorkbookLayout, sheet: string): string | undefined {
  for (const [key, target] of layout.markers) if (target !== null && target.toLowerCase() === sheet.toLowerCase()) return key;
  for (const kept of layout.kept) if (kept.toLowerCase() === sheet.toLowerCase()) return KEPT_SHEET_KEY;
  return undefined;
}
