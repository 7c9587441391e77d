/**
 * Column overrides as the settings form lists them: one row per sheet and role. The engine's
 * zod schema keeps them as {sheet: {role: letters}}; the form needs a flat, ordered list.
 */
import type { ColumnRole, Settings } from "../core/settings";
import { COLUMN_ROLES, settingsSchema } from "../core/settings";
import { ROLE_LABELS } from "../core/columnRoles";

export interface ColumnOverrideRow {
  sheet: string;
  role: ColumnRole;
  /** Column letters as Excel shows them, e.g. "H". */
  column: string;
}

export function overrideRows(overrides: Settings["columnOverrides"]): ColumnOverrideRow[] {
  return Object.entries(overrides).flatMap(([sheet, roles]) =>
    COLUMN_ROLES.flatMap((role) => {
      const column = roles[role];
      return column ? [{ sheet, role, column }] : [];
    }),
  );
}

export function overrideRecord(rows: ColumnOverrideRow[]): Settings["columnOverrides"] {
  const record: Settings["columnOverrides"] = {};
  for (const row of rows) record[row.sheet] = { ...record[row.sheet], [row.role]: row.column.toUpperCase() };
  return record;
}

/** The row to add, checked by the engine's schema; a sentence when it cannot be added. */
export function newOverride(rows: ColumnOverrideRow[], sheet: string, role: ColumnRole, columnText: string): { ok: true; rows: ColumnOverrideRow[] } | { ok: false; message: string } {
  const column = columnText.trim().toUpperCase();
  if (sheet.trim() === "") return { ok: false, message: "Choose the sheet the column is on." };
  if (column === "") return { ok: false, message: "Type the column's letter, such as F." };
  const parsed = settingsSchema.shape.columnOverrides.safeParse({ [sheet]: { [role]: column } });
  if (!parsed.success) return { ok: false, message: `The column must be ${parsed.error.issues[0]?.message ?? "a column letter such as F"}, not "${columnText.trim()}".` };
  // One column per sheet and role: a second would quietly replace the first.
  const taken = rows.find((r) => r.sheet === sheet && r.role === role);
  if (taken) return { ok: false, message: `The ${ROLE_LABELS[role]} column of ${sheet} is already set to ${taken.column}; remove it first to choose another.` };
  return { ok: true, rows: [...rows, { sheet, role, column }] };
}
