/** Turning the rows of an index (a block below a table, or a key sheet) into RAG entries. */
import type { RagEntry } from "./ragIndex";
import { makeEntry } from "./ragIndex";

/** Which entry means complete: the first whose meaning says complete or embedded without "not". */
export function markComplete(entries: RagEntry[], explicit?: boolean[]): RagEntry[] {
  if (explicit && explicit.some(Boolean)) {
    const first = explicit.indexOf(true);
    return entries.map((e, i) => ({ ...e, complete: i === first }));
  }
  const saysComplete = (meaning: string) =>
    /\b(complete|completed|embedded|achieved|closed|done)\b/i.test(meaning) && !/\b(not|but|yet|some delay)\b/i.test(meaning);
  let index = entries.findIndex((e) => saysComplete(e.meaning));
  if (index < 0) index = 0;
  return entries.map((e, i) => ({ ...e, complete: i === index }));
}

/** One entry from its name (maybe "B - Blue" or "Blue (B)"), meaning and optional code. */
export function entryFromParts(nameText: string, meaning: string, codeText?: string): RagEntry | null {
  const name = nameText.replace(/\s+/g, " ").trim();
  if (name === "" || name.length > 30) return null;
  const dashed = /^([A-Za-z]{1,2})\s*[-–:=]\s*([A-Za-z][A-Za-z ]*)$/.exec(name);
  if (dashed) return makeEntry(dashed[2]!, meaning, false, dashed[1]);
  const bracketed = /^([A-Za-z][A-Za-z ]*?)\s*\(([A-Za-z]{1,2})\)$/.exec(name);
  if (bracketed) return makeEntry(bracketed[1]!, meaning, false, bracketed[2]);
  if (!/^[A-Za-z][A-Za-z ]*$/.test(name)) return null;
  const code = codeText?.trim();
  return makeEntry(name, meaning, false, code && /^[A-Za-z0-9]{1,3}$/.test(code) ? code : undefined);
}

/** Codes must tell entries apart; where first letters clash, use the full name as the code. */
export function distinctCodes(entries: RagEntry[]): RagEntry[] {
  const seen = new Map<string, number>();
  for (const e of entries) seen.set(e.code.toLowerCase(), (seen.get(e.code.toLowerCase()) ?? 0) + 1);
  return entries.map((e) => ((seen.get(e.code.toLowerCase()) ?? 0) > 1 ? { ...e, code: e.name } : e));
}
