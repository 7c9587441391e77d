/**
 * Settings saved from a form opened on one reading, where the stored ones have changed since (a
 * co-author saved theirs, or the pane's own other window): what the user changed is written over the
 * settings as stored now, and every other field keeps what is stored now, so a change made elsewhere
 * is never undone by a save that did not touch it.
 */
import type { Settings } from "../core/settings";
import { listInWords } from "../core/sentences";
import { FIELD_LABELS } from "./settingsValidation";

type Field = keyof Settings;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `saved` as the form built it from `base`, laid over `stored`; with the fields kept as stored that differ from the form's. */
export function mergedSettings(saved: Settings, base: Settings, stored: Settings): { settings: Settings; keptFromElsewhere: Field[] } {
  const merged: Partial<Record<Field, unknown>> = { ...stored };
  const kept: Field[] = [];
  // An optional field (the complete rating, the report date) may be absent from any of the three.
  for (const field of new Set([...Object.keys(saved), ...Object.keys(base), ...Object.keys(stored)]) as Set<Field>) {
    if (!same(saved[field], base[field])) {
      if (saved[field] === undefined) delete merged[field];
      else merged[field] = saved[field];
    } else if (!same(stored[field], saved[field])) kept.push(field);
  }
  return { settings: merged as Settings, keptFromElsewhere: kept };
}

/** "Date order was changed elsewhere since the form was read, and keeps its new value.", or "" where none was. */
export function keptFromElsewhereSentence(fields: readonly Field[]): string {
  if (fields.length === 0) return "";
  const one = fields.length === 1;
  return `${listInWords(fields.map((f) => FIELD_LABELS[f]))} ${one ? "was" : "were"} changed elsewhere since the form was read, and ${one ? "keeps its new value" : "keep their new values"}.`;
}
