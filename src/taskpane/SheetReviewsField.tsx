/**
 * The review of a sheet with no Review column, set by hand: "the actions on Completed actions
 * belong to Frankie", where they would otherwise be counted under the sheet's name. Each is listed
 * with its own Remove button; Add checks it with the engine's schema and says in one sentence what is wrong.
 */
import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { AddRowInput } from "./AddRowInput";
import { useId, useState } from "react";
import type { Ref } from "react";
import type { SheetReviewRow } from "./sheetReviewRows";
import { newSheetReview } from "./sheetReviewRows";

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
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export interface SheetReviewsFieldProps {
  rows: SheetReviewRow[];
  sheetNames: string[];
  /** A problem the schema found on save, shown under the list. */
  error?: string;
  /** The review box, focused when a save finds a problem here. */
  reviewRef?: Ref<HTMLInputElement>;
  onChange: (rows: SheetReviewRow[]) => void;
}

export function SheetReviewsField({ rows, sheetNames, error, reviewRef, onChange }: SheetReviewsFieldProps) {
  const styles = useStyles();
  const ids = { legend: useId(), hint: useId(), error: useId() };
  const [chosen, setChosen] = useState(sheetNames[0] ?? "");
  // The names can arrive or change after the form appears: a choice no longer offered falls back to the first.
  const sheet = sheetNames.includes(chosen) ? chosen : (sheetNames[0] ?? "");
  const [review, setReview] = useState("");
  const [addError, setAddError] = useState<string>();
  const shown = addError ?? error;

  const add = () => {
    const result = newSheetReview(rows, sheet, review);
    if (!result.ok) {
      setAddError(result.message);
      return;
    }
    setAddError(undefined);
    setReview("");
    onChange(result.rows);
  };

  return (
    <fieldset className={styles.fieldset} aria-describedby={shown ? `${ids.hint} ${ids.error}` : ids.hint}>
      <legend className={styles.legend} id={ids.legend}>
        Reviews of sheets
      </legend>
      <Caption1 id={ids.hint} className={styles.hint}>
        Only for a sheet with no Review column whose actions belong to another review, such as a sheet of completed actions. Otherwise they are counted under the sheet&apos;s name.
      </Caption1>
      {rows.length > 0 && (
        <ul className={styles.list} aria-labelledby={ids.legend}>
          {rows.map((r) => (
            <li key={r.sheet} className={styles.item}>
              <span>
                {r.sheet}: counted under {r.review}
              </span>
              <Button size="small" aria-label={`Remove the review of ${r.sheet}`} onClick={() => onChange(rows.filter((o) => o !== r))}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.addRow}>
        <Field label="Sheet with no Review column" className={styles.grow}>
          <Select className={styles.control} value={sheet} onChange={(_, data) => setChosen(data.value)}>
            {sheetNames.length === 0 && <option value="">No sheets read yet</option>}
            {sheetNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Its review" className={styles.grow}>
          <AddRowInput
            inputRef={reviewRef}
            className={styles.control}
            value={review}
            onValue={(value) => {
              setReview(value);
              setAddError(undefined);
            }}
            onAdd={add}
            errorId={shown ? ids.error : undefined}
          />
        </Field>
        <Button onClick={add}>Add review</Button>
      </div>
      {shown && (
        <span id={ids.error} className={styles.error}>
          {shown}
        </span>
      )}
    </fieldset>
  );
}
