/**
 * RAG Tracker keeps its own data (settings, report snapshots) inside the workbook, on a
 * very hidden sheet both doors can read and write, so every user of a shared workbook sees
 * the same results and the data travels with the file. Each row is one record:
 * A = kind, B = id, C… = the record's JSON in chunks that fit Excel's 32,767-character cell limit.
 */
import type { SheetSnapshot } from "./cells";
import type { Settings } from "./settings";
import { parseSettings, usableSettings } from "./settings";
import { dateToIso, isPlausibleSerial, serialToIso } from "./dates";

export const STORE_SHEET_NAME = "RAGTracker_Data";
export const STORE_CHUNK = 32000;
/** Row 1 of every store sheet. It, not the name, says a sheet is a store: a store renamed or copied is still one. */
export const STORE_HEADER: readonly string[] = ["kind", "id", "json (RAG Tracker's own data: edit through the add-in, not by hand)"];
/** How much of the third header cell identifies a store: a later version may reword the rest. */
const HEADER_MARK = "json (RAG Tracker's own data";

export interface StoreRecord {
  kind: string;
  id: string;
  json: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Whether a sheet of this name is the store: Excel's sheet names ignore case, so "ragtracker_data" is the same sheet. */
export function isStoreSheetName(name: string): boolean {
  return name.toLowerCase() === STORE_SHEET_NAME.toLowerCase();
}

/** Whether a sheet's first row (from column A) is the store's header: a store under any other name. */
export function isStoreHeader(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  const [kind, id, json] = row;
  return kind === STORE_HEADER[0] && id === STORE_HEADER[1] && typeof json === "string" && json.startsWith(HEADER_MARK);
}

/** Whether a door handed over a store sheet (by its name, or its header in row 1): the engine never reads one as a tracker. */
export function isStoreSnapshot(sheet: Pick<SheetSnapshot, "name" | "firstRow" | "firstColumn" | "values">): boolean {
  return isStoreSheetName(sheet.name) || (sheet.firstRow === 1 && sheet.firstColumn === 1 && isStoreHeader(sheet.values[0]));
}

/**
 * Orders the store sheets a workbook holds: the one named exactly as RAG Tracker names it, then
 * one of that name in other letter case, then the rest (renamed or copied stores) in tab order.
 * The first is the one written to; mergeStores lets its records win.
 */
export function storeOrder<T extends { name: string }>(stores: readonly T[]): T[] {
  const rank = (s: T) => (s.name === STORE_SHEET_NAME ? 0 : isStoreSheetName(s.name) ? 1 : 2);
  return stores.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map(({ s }) => s);
}

/**
 * The records of several store sheets (in storeOrder) as one store: every record of the first,
 * then those of the others whose kind and id it does not hold. The first wins because RAG Tracker
 * only ever writes to the sheet of the store's name: once a store is renamed or copied, the copy
 * is no longer written, so where both hold a record the one under the store's name is the later.
 */
export function mergeStores(stores: readonly StoreRecord[][]): StoreRecord[] {
  const [first = [], ...rest] = stores;
  const merged = [...first];
  const held = new Set(first.map(recordKey));
  for (const records of rest) {
    for (const record of records) {
      if (held.has(recordKey(record))) continue;
      held.add(recordKey(record));
      merged.push(record);
    }
  }
  return merged;
}

function recordKey(record: StoreRecord): string {
  return `${record.kind}\u0000${record.id}`;
}

/** Rows to write to the store sheet, row 1 first. Every cell is text. */
export function encodeStore(records: StoreRecord[]): string[][] {
  return [
    [...STORE_HEADER],
    ...records.map((r) => {
      const chunks: string[] = [];
      for (let i = 0; i < r.json.length; ) {
        let end = Math.min(i + STORE_CHUNK, r.json.length);
        // Never between the two halves of a surrogate pair (an emoji): each half alone is not text a file can hold.
        if (end < r.json.length && isHighSurrogate(r.json.charCodeAt(end - 1))) end--;
        chunks.push(r.json.slice(i, end));
        i = end;
      }
      return [r.kind, r.id, ...(chunks.length > 0 ? chunks : [""])];
    }),
  ];
}

/**
 * A record's id as text. An id retyped by hand may come back as a number or a date: kept as text,
 * the record stays listed (and deletable), never dropped; a date's serial number (a report date
 * the cell now shows as a number) is that date.
 */
function storedId(written: unknown): string | null {
  if (typeof written === "string") return written;
  if (written instanceof Date) return dateToIso(written);
  if (typeof written !== "number") return null;
  return Number.isInteger(written) && isPlausibleSerial(written) ? serialToIso(written) : String(written);
}

/** Reads the store sheet's values back; rows that are not records are ignored. */
export function decodeStore(rows: unknown[][]): StoreRecord[] {
  const records: StoreRecord[] = [];
  for (const row of rows.slice(1)) {
    const [kind, written, ...chunks] = row;
    const id = storedId(written);
    if (typeof kind !== "string" || kind === "" || id === null) continue;
    records.push({ kind, id, json: chunks.map((c) => (typeof c === "string" ? c : c == null ? "" : String(c))).join("") });
  }
  return records;
}

export const SETTINGS_RECORD = { kind: "settings", id: "workbook" } as const;

/** The settings the store holds (defaults when none), or one sentence on why they cannot be used. */
export function settingsInStore(records: StoreRecord[]): { ok: true; settings: Settings } | { ok: false; message: string } {
  const record = records.find((r) => r.kind === SETTINGS_RECORD.kind && r.id === SETTINGS_RECORD.id);
  let json: unknown = {};
  if (record) {
    try {
      json = JSON.parse(record.json);
    } catch {
      return { ok: false, message: "The RAG Tracker settings saved in this workbook are damaged (their text is cut short or garbled); save the settings again in the task pane." };
    }
  }
  return parseSettings(json);
}

/** Of stored settings that cannot be used, the fields that can (usableSettings); undefined where their text cannot be read at all. */
export function usableSettingsInStore(records: StoreRecord[]): ReturnType<typeof usableSettings> | undefined {
  const record = records.find((r) => r.kind === SETTINGS_RECORD.kind && r.id === SETTINGS_RECORD.id);
  if (!record) return undefined;
  try {
    return usableSettings(JSON.parse(record.json));
  } catch {
    return undefined;
  }
}

/** The store's records with the settings record replaced (first, so a reader meets it at once). */
export function storeWithSettings(records: StoreRecord[], settings: Settings): StoreRecord[] {
  const others = records.filter((r) => !(r.kind === SETTINGS_RECORD.kind && r.id === SETTINGS_RECORD.id));
  return [{ ...SETTINGS_RECORD, json: JSON.stringify(settings) }, ...others];
}
