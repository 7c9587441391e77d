/**
 * A settings list of things set by hand per sheet (a column override, the review of a sheet): the
 * rows, each with its own Remove button, and an add row of a sheet, any further choices, a text
 * box and an Add button. Adding is checked by the caller (with the engine's schema), whose one
 * sentence on what is wrong shows under the row.
 */
import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { AddRowInput } from "./AddRowInput";
import { sheetNameLabel, type SheetNameLabel } from "./sheetNameLabel";
import { SpacedName } from "./SpacedName";
import { useVisuallyHiddenStyles } from "./visuallyHidden";
import { useEffect, useId, useRef, useState } from "react";
import type { ReactNode, Ref } from "react";

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  addRow: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Shrinks below its usual width in a narrow or zoomed pane.
  grow: { flex: "1 1 8em", minWidth: 0 },
  // A sheet name runs to 31 characters: in a task pane's width the sheet takes a row of its own, so the
  // name shows whole and its label, on one line, is not read with the next field's; in a wide pane it shares the row.
  sheet: { flex: "1 1 100%", maxWidth: "24em", minWidth: 0 },
  control: { minWidth: 0, maxWidth: "100%" },
  // At least as wide as its label ("Column letter"), which would otherwise stick out over the next field.
  short: { width: "7em" },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export type AddResult<Row> = { ok: true; rows: Row[] } | { ok: false; message: string };

export interface SheetListFieldProps<Row> {
  legend: string;
  hint: string;
  rows: Row[];
  /**
   * What a row says in the list ("sheet: detail") and the name of its Remove button, given the
   * sheet's name as said aloud (sheetNameLabel's spoken name, the name itself unless it looks like another).
   */
  describe: (row: Row) => { key: string; sheet: string; detail: string; removeLabel: (spokenSheet: string) => string };
  sheetLabel: string;
  sheetNames: string[];
  /** What the sheet list says when it has no sheet to offer. */
  noSheets?: string;
  /** Choices between the sheet and the text box, such as what the column holds. */
  choices?: ReactNode;
  inputLabel: string;
  /** A text box a few characters wide, for a column letter. */
  shortInput?: boolean;
  addLabel: string;
  /** The row to add for the chosen sheet and the text typed, or a sentence saying why it cannot be added. */
  check: (sheet: string, typed: string) => AddResult<Row>;
  /** A problem the schema found on save, shown under the list. */
  error?: string;
  /** The text box, focused when a save finds a problem here. */
  inputRef?: Ref<HTMLInputElement>;
  /** What the text box holds: the form asks about it on save, as typed text not yet added would be lost. */
  typed: string;
  onTyped: (typed: string) => void;
  onChange: (rows: Row[]) => void;
}

/** "Leo␣ (ends with a space)" beside "Leo": two tabs differing only by end spaces are two options told apart (sheetNameLabel). */
function optionText({ shown, note }: SheetNameLabel): string {
  return note ? `${shown} ${note}` : shown;
}

export function SheetListField<Row>({ legend, hint, rows, describe, sheetLabel, sheetNames, noSheets = "No sheets read yet", choices, inputLabel, shortInput, addLabel, check, error, inputRef, typed, onTyped, onChange }: SheetListFieldProps<Row>) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles().hidden;
  const ids = { legend: useId(), hint: useId(), error: useId() };
  // What the last Add or Remove did, said politely: the row's coming or going is not told by a screen reader.
  const [said, setSaid] = useState("");
  // The same sentence again (Enter pressed twice on one refusal) changes nothing a screen reader hears of: a no-break space makes it new.
  const say = (sentence: string) => setSaid((before) => (sentence !== "" && before === sentence ? `${sentence}\u00a0` : sentence));
  const removeButtons = useRef(new Map<string, HTMLElement>());
  const sheetSelect = useRef<HTMLSelectElement>(null);
  // Where the focus goes once a removed row has left the list: the next row's Remove, else the one before, else the sheet of the add row.
  // `key`: that row's key, or null for the sheet.
  const focusAfterRemove = useRef<{ key: string | null } | null>(null);
  useEffect(() => {
    const after = focusAfterRemove.current;
    if (!after) return;
    focusAfterRemove.current = null;
    ((after.key !== null && removeButtons.current.get(after.key)) || sheetSelect.current)?.focus();
  }, [rows]);
  const [chosen, setChosen] = useState(sheetNames[0] ?? "");
  // The names can arrive or change after the form appears (a sheet added by name, a later read): a choice no longer offered falls back to the first.
  const sheet = sheetNames.includes(chosen) ? chosen : (sheetNames[0] ?? "");
  const [addError, setAddError] = useState<string>();
  const shown = addError ?? error;
  // A row's sheet looks like another where the two differ only by end spaces, among the tabs offered and the rows listed alike.
  const listed = [...sheetNames, ...rows.map((row) => describe(row).sheet)];

  const input = useRef<HTMLInputElement | null>(null);
  const inputRefs = (element: HTMLInputElement | null) => {
    input.current = element;
    if (typeof inputRef === "function") inputRef(element);
    else if (inputRef) inputRef.current = element;
  };
  // The field a refusal speaks of, focused once the refusal describes it: its name, "invalid" and the sentence are read together.
  const focusOnRefusal = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const field = focusOnRefusal.current;
    focusOnRefusal.current = null;
    field?.focus();
  });

  const add = () => {
    const result = check(sheet, typed);
    if (!result.ok) {
      setAddError(result.message);
      const field = sheet === "" ? sheetSelect.current : input.current;
      // Already in the field (Enter in the text box), where focusing it again says nothing: the sentence is said instead.
      if (field && field !== document.activeElement) {
        focusOnRefusal.current = field;
        say("");
      } else say(result.message);
      return;
    }
    setAddError(undefined);
    onTyped("");
    onChange(result.rows);
    const added = result.rows.at(-1);
    if (added) {
      const { sheet: addedSheet, detail } = describe(added);
      say(`Added ${sheetNameLabel(addedSheet, [...listed, addedSheet]).spoken}: ${detail}.`);
    }
  };

  return (
    <fieldset className={styles.fieldset} aria-describedby={shown ? `${ids.hint} ${ids.error}` : ids.hint}>
      <legend className={styles.legend} id={ids.legend}>
        {legend}
      </legend>
      <Caption1 id={ids.hint} className={styles.hint}>
        {hint}
      </Caption1>
      {rows.length > 0 && (
        <ul className={styles.list} aria-labelledby={ids.legend}>
          {rows.map((row) => {
            const { key, sheet, detail, removeLabel } = describe(row);
            const label = sheetNameLabel(sheet, listed);
            return (
              <li key={key} className={styles.item}>
                <span>
                  {label.note ? (
                    <>
                      <SpacedName label={label} />: {detail}
                    </>
                  ) : (
                    `${sheet}: ${detail}`
                  )}
                </span>
                <Button
                  size="small"
                  aria-label={removeLabel(label.spoken)}
                  ref={(button) => {
                    if (button) removeButtons.current.set(key, button);
                    else removeButtons.current.delete(key);
                  }}
                  onClick={() => {
                    const index = rows.indexOf(row);
                    const stays = rows[index + 1] ?? rows[index - 1];
                    focusAfterRemove.current = { key: stays === undefined ? null : describe(stays).key };
                    say(`Removed ${label.spoken}: ${detail}.`);
                    onChange(rows.filter((r) => r !== row));
                  }}
                >
                  Remove
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div className={styles.addRow}>
        <Field label={sheetLabel} className={styles.sheet}>
          <Select ref={sheetSelect} className={styles.control} value={sheet} onChange={(_, data) => setChosen(data.value)}>
            {sheetNames.length === 0 && <option value="">{noSheets}</option>}
            {sheetNames.map((name) => (
              <option key={name} value={name}>
                {optionText(sheetNameLabel(name, sheetNames))}
              </option>
            ))}
          </Select>
        </Field>
        {choices}
        <Field label={inputLabel} className={shortInput ? undefined : styles.grow}>
          <AddRowInput
            inputRef={inputRefs}
            className={shortInput ? styles.short : styles.control}
            value={typed}
            onValue={(value) => {
              onTyped(value);
              setAddError(undefined);
            }}
            onAdd={add}
            errorId={shown ? ids.error : undefined}
          />
        </Field>
        <Button onClick={add}>{addLabel}</Button>
      </div>
      {shown && (
        <span id={ids.error} className={styles.error}>
          {shown}
        </span>
      )}
      <span aria-live="polite" className={hidden}>
        {said}
      </span>
    </fieldset>
  );
}
