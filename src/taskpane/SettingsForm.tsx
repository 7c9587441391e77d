/**
 * The workbook's RAG Tracker settings: which sheets are trackers, columns and reviews of sheets
 * set by hand, the stale threshold, which rating means complete, how dates are read, and the
 * report date. Validated with the engine's zod schema on save; a problem is shown as one sentence
 * next to its field.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { FormEvent, KeyboardEvent, ReactNode } from "react";
import type { RagIndex } from "../core/ragIndex";
import { completeNames } from "../core/ragIndex";
import type { Settings } from "../core/settings";
import type { SettingsErrors, SettingsField, SettingsFormValues } from "./settingsValidation";
import { differs, formValues, rebased, validateSettings } from "./settingsValidation";
import { Message } from "./Message";
import { ColumnOverridesField } from "./ColumnOverridesField";
import { SheetReviewsField } from "./SheetReviewsField";
import { DateInWords } from "./DateInWords";
import { isIsoDate } from "../core/dates";
import { sheetToAdd } from "./sheetToAdd";
import { sameSheetName, sheetNameKey } from "../core/sheetMatch";
import { settingsOnSheets } from "../core/settingsSheets";
import { sheetNameLabel } from "./sheetNameLabel";
import { SpacedName } from "./SpacedName";
import { useBusyDescribedBy } from "./busyReason";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  hint: { color: tokens.colorNeutralForeground3 },
  sheets: { display: "flex", flexDirection: "column" },
  addRow: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Shrinks below its usual width in a narrow or zoomed pane (a 350 px pane at 200% is 175 px).
  addField: { flex: "1 1 10em", minWidth: 0 },
  control: { minWidth: 0, maxWidth: "100%" },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  unsaved: { fontWeight: tokens.fontWeightSemibold },
});

export interface SettingsFormProps {
  settings: Settings;
  /** Sheet names the pane knows of, offered as tracker sheets. */
  sheetNames: string[];
  /** The trackers read with no Review column, and those left out, offered for a review set by hand; undefined before the workbook is read. */
  sheetsWithoutReviewColumn?: string[];
  /** The workbook's sheets as last read, which a sheet added by name must be one of; null before the workbook is read. */
  workbookSheets: readonly string[] | null;
  /** The workbook's RAG index, for the complete rating; null before the workbook is read. */
  index: RagIndex | null;
  busy: boolean;
  /** Shown above the form, e.g. when the stored settings could not be read. */
  note?: string;
  onSave: (settings: Settings) => void;
  /** Told whether the form holds changes not yet saved (typed text not yet added counts), so the pane can say the actions use the saved settings. */
  onDirtyChange?: (dirty: boolean) => void;
  /** The save's progress and outcome, shown under the Save button. */
  status?: ReactNode;
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = sheetNameKey(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a list's add row holds when Save is pressed: refused in one sentence, since the list above is what is saved. */
function notAdded(what: string, addLabel: string): string {
  return `${what} is typed but not added; press ${addLabel} to add it, or clear the box, then save the settings.`;
}

/** The index entry a stored complete rating names (by code or name), as the select's value. */
function completeValue(stored: string, index: RagIndex | null): string {
  if (stored === "" || !index) return stored;
  const wanted = stored.toLowerCase();
  return index.entries.find((e) => e.code.toLowerCase() === wanted || e.name.toLowerCase() === wanted)?.name ?? stored;
}

export function SettingsForm({ settings, sheetNames, sheetsWithoutReviewColumn, workbookSheets, index, busy, note, onSave, onDirtyChange, status }: SettingsFormProps) {
  const styles = useStyles();
  const tabs = workbookSheets ?? sheetNames;
  /** The stored settings as the form shows them: each sheet spelled as its tab (of `among`) is, so a name without the spaces its tab's name ends in is that tab's. */
  const shownAmong = (stored: Settings, among: readonly string[]): SettingsFormValues => {
    const v = formValues(settingsOnSheets(stored, among));
    return { ...v, completeRating: completeValue(v.completeRating, index) };
  };
  const shown = (stored: Settings) => shownAmong(stored, tabs);
  const [values, setValues] = useState<SettingsFormValues>(() => shown(settings));
  // The stored settings can change under the form (Count as at today, a save from here), and the sheets their
  // names are spelled by (the workbook read again): what changed there is shown, and every other field
  // keeps what the user has typed and not yet saved.
  const [storedBefore, setStoredBefore] = useState({ settings, tabs, tabsKey: tabs.join("\u0001") });
  if (storedBefore.settings !== settings || storedBefore.tabsKey !== tabs.join("\u0001")) {
    setStoredBefore({ settings, tabs, tabsKey: tabs.join("\u0001") });
    setValues((v) => rebased(v, shownAmong(storedBefore.settings, storedBefore.tabs), shown(settings)));
  }
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [newSheet, setNewSheet] = useState("");
  const [added, setAdded] = useState<string[]>([]);
  // The text boxes of the column override and sheet review add rows: text there is not saved until added.
  const [typedLetter, setTypedLetter] = useState("");
  const [typedReview, setTypedReview] = useState("");
  // The complete rating is compared as the current index names it: a stored "B" shown before the index was known is Blue once it is.
  const dirty = differs({ ...values, completeRating: completeValue(values.completeRating, index) }, shown(settings)) || [newSheet, typedLetter, typedReview].some((t) => t.trim() !== "");
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);
  const ids = { legend: useId(), sheetsHint: useId(), sheetsError: useId(), asOfWords: useId(), unsaved: useId() };
  const saveDescribedBy = useBusyDescribedBy(busy, dirty ? ids.unsaved : undefined);
  const refs = {
    trackerSheets: useRef<HTMLInputElement>(null),
    columnOverrides: useRef<HTMLInputElement>(null),
    sheetReviews: useRef<HTMLInputElement>(null),
    staleDays: useRef<HTMLInputElement>(null),
    completeRating: useRef<HTMLSelectElement>(null),
    locale: useRef<HTMLDivElement>(null),
    asOf: useRef<HTMLInputElement>(null),
  };

  const known = uniqueNames([...sheetNames, ...shown(settings).trackerSheets, ...added]);
  const isChosen = (name: string) => values.trackerSheets.some((s) => sameSheetName(s, name));

  const update = <K extends SettingsField>(field: K, value: SettingsFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const toggleSheet = (name: string, checked: boolean) =>
    update("trackerSheets", checked ? [...values.trackerSheets, name] : values.trackerSheets.filter((s) => !sameSheetName(s, name)));

  const addSheet = () => {
    // Spaces at either end are kept: a tab may have them, beside another without (sheetToAdd matches without them where no tab has them).
    const found = newSheet.trim() === "" ? { ok: false as const, message: "Type a sheet name before adding it." } : sheetToAdd(newSheet, workbookSheets, known);
    if (!found.ok) {
      setErrors((e) => ({ ...e, trackerSheets: found.message }));
      refs.trackerSheets.current?.focus();
      return;
    }
    const { name } = found;
    if (!known.some((k) => sameSheetName(k, name))) setAdded((a) => [...a, name]);
    if (!isChosen(name)) update("trackerSheets", [...values.trackerSheets, name]);
    else setErrors((e) => ({ ...e, trackerSheets: undefined }));
    setNewSheet("");
  };

  const onAddKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    addSheet();
  };

  /** What typing in a list's add box does: keeps the text, and clears the list's problem, as the text may be what was refused. */
  const typedInto = (keep: (typed: string) => void, field: SettingsField) => (typed: string) => {
    keep(typed);
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  /** A typed entry not yet added, as a problem of its list: Save would otherwise drop it without a word. */
  const pendingErrors = (): SettingsErrors => {
    const found: SettingsErrors = {};
    if (newSheet.trim() !== "") found.trackerSheets = notAdded(`The sheet "${newSheet.trim()}"`, "Add sheet");
    if (typedLetter.trim() !== "") found.columnOverrides = notAdded(`Column ${typedLetter.trim().toUpperCase()}`, "Add column");
    if (typedReview.trim() !== "") found.sheetReviews = notAdded(`The review "${typedReview.trim()}"`, "Add review");
    return found;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const result = validateSettings(values, settings);
    const pending = pendingErrors();
    if (!result.ok || Object.keys(pending).length > 0) {
      const found = { ...(result.ok ? {} : result.errors), ...pending };
      setErrors(found);
      const first = (Object.keys(refs) as SettingsField[]).find((f) => found[f]);
      if (first) refs[first].current?.focus();
      return;
    }
    setErrors({});
    onSave(result.settings);
  };

  const fieldState = (field: SettingsField) => (errors[field] ? "error" : "none");
  const indexDefault = index ? completeNames(index) : undefined;
  const extraComplete = values.completeRating !== "" && !index?.entries.some((e) => e.name === values.completeRating);

  return (
    <form noValidate onSubmit={submit} className={styles.form} aria-label="RAG Tracker settings">
      {note && <Message intent="warning" text={note} />}
      <fieldset className={styles.fieldset} aria-describedby={errors.trackerSheets ? `${ids.sheetsHint} ${ids.sheetsError}` : ids.sheetsHint}>
        <legend className={styles.legend} id={ids.legend}>
          Tracker sheets
        </legend>
        <Caption1 id={ids.sheetsHint} className={styles.hint}>
          Tick the sheets to read as trackers. Leave them all unticked to read every sheet that holds a tracker.
        </Caption1>
        <div className={styles.sheets}>
          {known.map((name) => {
            // Two tabs differing only by end spaces would be two checkboxes alike: their spaces are shown, and said.
            const label = sheetNameLabel(name, known);
            return (
              <Checkbox
                key={name}
                label={label.note ? <SpacedName label={label} /> : name}
                aria-label={label.note ? label.spoken : undefined}
                checked={isChosen(name)}
                onChange={(_, data) => toggleSheet(name, data.checked === true)}
              />
            );
          })}
        </div>
        <div className={styles.addRow}>
          <Field label="Another sheet, by name" className={styles.addField}>
            <Input
              className={styles.control}
              ref={refs.trackerSheets}
              value={newSheet}
              onChange={(_, data) => typedInto(setNewSheet, "trackerSheets")(data.value)}
              onKeyDown={onAddKey}
              aria-invalid={errors.trackerSheets ? true : undefined}
              aria-describedby={errors.trackerSheets ? ids.sheetsError : undefined}
            />
          </Field>
          <Button onClick={addSheet}>Add sheet</Button>
        </div>
        {errors.trackerSheets && (
          <span id={ids.sheetsError} className={styles.error}>
            {errors.trackerSheets}
          </span>
        )}
      </fieldset>

      <ColumnOverridesField
        rows={values.columnOverrides}
        sheetNames={known}
        error={errors.columnOverrides}
        letterRef={refs.columnOverrides}
        typed={typedLetter}
        onTyped={typedInto(setTypedLetter, "columnOverrides")}
        onChange={(rows) => update("columnOverrides", rows)}
      />

      <SheetReviewsField
        rows={values.sheetReviews}
        sheetNames={sheetsWithoutReviewColumn ? uniqueNames(sheetsWithoutReviewColumn) : known}
        read={sheetsWithoutReviewColumn !== undefined}
        error={errors.sheetReviews}
        reviewRef={refs.sheetReviews}
        typed={typedReview}
        onTyped={typedInto(setTypedReview, "sheetReviews")}
        onChange={(rows) => update("sheetReviews", rows)}
      />

      <Field
        label="Stale threshold (days)"
        hint="An action that is not complete and not updated for longer than this is stale."
        validationState={fieldState("staleDays")}
        validationMessage={errors.staleDays}
      >
        <Input className={styles.control} ref={refs.staleDays} type="number" inputMode="numeric" min={1} max={3650} step={1} value={values.staleDays} onChange={(_, data) => update("staleDays", data.value)} />
      </Field>

      <Field
        label="Complete rating"
        hint="The rating that means an action is done; done actions are never stale or overdue."
        validationState={fieldState("completeRating")}
        validationMessage={errors.completeRating}
      >
        <Select className={styles.control} ref={refs.completeRating} value={values.completeRating} onChange={(_, data) => update("completeRating", data.value)}>
          <option value="">{indexDefault ? `${indexDefault}, as the index says` : "As the index says"}</option>
          {index?.entries.map((e) => (
            <option key={e.name} value={e.name}>
              {e.name} ({e.code})
            </option>
          ))}
          {extraComplete && <option value={values.completeRating}>{values.completeRating}</option>}
        </Select>
      </Field>

      <Field label="Date order" hint="How dates typed as text, such as 04/06/2021, are read." validationState={fieldState("locale")} validationMessage={errors.locale}>
        <RadioGroup ref={refs.locale} value={values.locale} onChange={(_, data) => update("locale", data.value === "en-US" ? "en-US" : "en-GB")}>
          <Radio value="en-GB" label="UK (en-GB): 04/06/2021 is 4 June 2021" />
          <Radio value="en-US" label="US (en-US): 04/06/2021 is 6 April 2021" />
        </RadioGroup>
      </Field>

      <Field label="Report date (optional)" hint="Counts stale and overdue actions as at this date; leave it blank for today." validationState={fieldState("asOf")} validationMessage={errors.asOf}>
        <Input
          className={styles.control}
          ref={refs.asOf}
          type="date"
          value={values.asOf}
          onChange={(_, data) => update("asOf", data.value)}
          // The browser shows the date in its own locale's order; the words under it cannot be misread.
          aria-describedby={isIsoDate(values.asOf) ? ids.asOfWords : undefined}
        />
        <DateInWords iso={values.asOf} id={ids.asOfWords} />
      </Field>

      {errors.general && <Message intent="error" text={errors.general} />}

      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={busy} aria-describedby={saveDescribedBy}>
          Save settings
        </Button>
        {/* Polite, and in the page before the note: it is announced as it appears, not at each keystroke after. */}
        <span aria-live="polite">
          {dirty && (
            <Caption1 id={ids.unsaved} className={styles.unsaved}>
              Changes not saved
            </Caption1>
          )}
        </span>
      </div>
      {status}
    </form>
  );
}
