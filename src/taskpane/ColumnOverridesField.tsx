/**
 * Columns the header names do not reveal, set by hand per sheet: "on Plan, the RAG rating is in
 * column H". Each override is listed with its own Remove button; Add checks the letter with the
 * engine's schema and says in one sentence what is wrong.
 */
import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { AddRowInput } from "./AddRowInput";
import { useId, useState } from "react";
import type { Ref } from "react";
import type { ColumnRole } from "../core/settings";
import { COLUMN_ROLES } from "../core/settings";
import type { ColumnOverrideRow } from "./columnOverrideRows";
import { newOverride } from "./columnOverrideRows";
import { ROLE_LABELS } from "../core/columnRoles";

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  addRow: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Shrinks below its usual width in a narrow or zoomed pane.
  grow: { flex: "1 1 8em", minWidth: 0 },
  control: { minWidth: 0, maxWidth: "100%" },
  letters: { width: "5em" },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export interface ColumnOverridesFieldProps {
  rows: ColumnOverrideRow[];
  sheetNames: string[];
  /** A problem the schema found on save, shown under the list. */
  error?: string;
  /** The column letter box, focused when a save finds a problem here. */
  letterRef?: Ref<HTMLInputElement>;
  onChange: (rows: ColumnOverrideRow[]) => void;
}

export function ColumnOverridesField({ rows, sheetNames, error, letterRef, onChange }: ColumnOverridesFieldProps) {
  const styles = useStyles();
  const ids = { legend: useId(), hint: useId(), error: useId() };
  const [chosen, setChosen] = useState(sheetNames[0] ?? "");
  // The names can arrive or change after the form appears (a sheet added by name, a later read): a choice no longer offered falls back to the first.
  const sheet = sheetNames.includes(chosen) ? chosen : (sheetNames[0] ?? "");
  const [role, setRole] = useState<ColumnRole>("rating");
  const [column, setColumn] = useState("");
  const [addError, setAddError] = useState<string>();
  const shown = addError ?? error;

  const add = () => {
    const result = newOverride(rows, sheet, role, column);
    if (!result.ok) {
      setAddError(result.message);
      return;
    }
    setAddError(undefined);
    setColumn("");
    onChange(result.rows);
  };

  return (
    <fieldset className={styles.fieldset} aria-describedby={shown ? `${ids.hint} ${ids.error}` : ids.hint}>
      <legend className={styles.legend} id={ids.legend}>
        Column overrides
      </legend>
      <Caption1 id={ids.hint} className={styles.hint}>
        Only where a heading does not say what a column holds. Everything else is found from the headings.
      </Caption1>
      {rows.length > 0 && (
        <ul className={styles.list} aria-labelledby={ids.legend}>
          {rows.map((r) => (
            <li key={`${r.sheet}\u0000${r.role}`} className={styles.item}>
              <span>
                {r.sheet}: {ROLE_LABELS[r.role]} in column {r.column}
              </span>
              <Button size="small" aria-label={`Remove the ${ROLE_LABELS[r.role]} column of ${r.sheet}`} onClick={() => onChange(rows.filter((o) => o !== r))}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.addRow}>
        <Field label="Sheet" className={styles.grow}>
          <Select className={styles.control} value={sheet} onChange={(_, data) => setChosen(data.value)}>
            {sheetNames.length === 0 && <option value="">No sheets read yet</option>}
            {sheetNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Column holds" className={styles.grow}>
          <Select className={styles.control} value={role} onChange={(_, data) => setRole(data.value as ColumnRole)}>
            {COLUMN_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Column letter">
          <AddRowInput
            inputRef={letterRef}
            className={styles.letters}
            value={column}
            onValue={(value) => {
              setColumn(value);
              setAddError(undefined);
            }}
            onAdd={add}
            errorId={shown ? ids.error : undefined}
          />
        </Field>
        <Button onClick={add}>Add column</Button>
      </div>
      {shown && (
        <span id={ids.error} className={styles.error}>
          {shown}
        </span>
      )}
    </fieldset>
  );
}
