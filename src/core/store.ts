/**
 * RAG Tracker keeps its own data (settings, report snapshots) inside the workbook, on a
 * very hidden sheet both doors can read and write, so every user of a shared workbook sees
 * the same results and the data travels with the file. Each row is one record:
 * A = kind, B = id, C… = the record's JSON in chunks that fit Excel's 32,767-character cell limit.
 */
import type { Settings } from "./settings";
import { parseSettings } from "./settings";

export const STORE_SHEET_NAME = "RAGTracker_Data";
export const STORE_CHUNK = 32000;

export interface StoreRecord {
  kind: string;
  id: string;
  json: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Rows to write to the store sheet, row 1 first. Every cell is text. */
export function encodeStore(records: StoreRecord[]): string[][] {
  const header = ["kind", "id", "json (RAG Tracker's own data: edit through the add-in, not by hand)"];
  return [
    header,
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

/** Reads the store sheet's values back; rows that are not records are ignored. */
export function decodeStore(rows: unknown[][]): StoreRecord[] {
  const records: StoreRecord[] = [];
  for (const row of rows.slice(1)) {
    const [kind, id, ...chunks] = row;
    if (typeof kind !== "string" || kind === "" || typeof id !== "string") continue;
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
      return { ok: false, message: "The RAG Tracker settings stored in this workbook are damaged (not valid JSON); save the settings again from the task pane." };
    }
  }
  return parseSettings(json);
}

/** The store's records with the settings record replaced (first, so a reader meets it at once). */
export function storeWithSettings(records: StoreRecord[], settings: Settings): StoreRecord[] {
  const others = records.filter((r) => !(r.kind === SETTINGS_RECORD.kind && r.id === SETTINGS_RECORD.id));
  return [{ ...SETTINGS_RECORD, json: JSON.stringify(settings) }, ...others];
}
