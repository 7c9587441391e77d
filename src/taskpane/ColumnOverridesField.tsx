/**
 * Columns the header names do not reveal, set by hand per sheet: "on Plan, the RAG rating is in
 * column H". Each override is listed with its own Remove button; Add checks the letter with the
 * engine's schema and says in one sentence what is wrong.
 */
import { Field, Select, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { Ref } from "react";
import type { ColumnRole } from "../core/settings";
import { COLUMN_ROLES } from "../core/settings";
import type { ColumnOverrideRow } from "./columnOverrideRows";
import { newOverride } from "./columnOverrideRows";
import { ROLE_LABELS } from "../core/columnRoles";
import { SheetListField } from "./SheetListField";

const useStyles = makeStyles({
  // Shrinks below its usual width in a narrow or zoomed pane, as the sheet beside it does.
  grow: { flex: "1 1 8em", minWidth: 0 },
  control: { minWidth: 0, maxWidth: "100%" },
});

export interface ColumnOverridesFieldProps {
  rows: ColumnOverrideRow[];
  sheetNames: string[];
  /** A problem the schema found on save, shown under the list. */
  error?: string;
  /** The column letter box, focused when a save finds a problem here. */
  letterRef?: Ref<HTMLInputElement>;
  /** What the text box holds, not yet added. */
  typed: string;
  onTyped: (typed: string) => void;
  onChange: (rows: ColumnOverrideRow[]) => void;
}

export function ColumnOverridesField({ rows, sheetNames, error, letterRef, typed, onTyped, onChange }: ColumnOverridesFieldProps) {
  const styles = useStyles();
  const [role, setRole] = useState<ColumnRole>("rating");
  return (
    <SheetListField
      legend="Column overrides"
      hint="Only where a heading does not say what a column holds. Everything else is found from the headings."
      rows={rows}
      describe={(r) => ({
        key: `${r.sheet}\u0000${r.role}`,
        sheet: r.sheet,
        detail: `${ROLE_LABELS[r.role]} in column ${r.column}`,
        removeLabel: (sheet) => `Remove the ${ROLE_LABELS[r.role]} column of ${sheet}`,
      })}
      sheetLabel="Sheet"
      sheetNames={sheetNames}
      choices={
        <Field label="Column holds" className={styles.grow}>
          <Select className={styles.control} value={role} onChange={(_, data) => setRole(data.value as ColumnRole)}>
            {COLUMN_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
      }
      inputLabel="Column letter"
      shortInput
      addLabel="Add column"
      check={(sheet, typed) => newOverride(rows, sheet, role, typed)}
      error={error}
      inputRef={letterRef}
      typed={typed}
      onTyped={onTyped}
      onChange={onChange}
    />
  );
}
