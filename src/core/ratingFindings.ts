/** Findings for ratings that are missing, not in the index, or written in an unusual spelling. */
import { cellText, columnLetter } from "./cells";
import type { Finding } from "./findings";
import type { Action } from "./model";
import type { RagEntry, RagIndex } from "./ragIndex";

export function spell(entry: RagEntry, spelling: "code" | "name"): string {
  return spelling === "code" ? entry.code : entry.name;
}

function allowed(index: RagIndex): string {
  const names = index.entries.map((e) => (e.code === e.name ? e.name : `${e.name} (${e.code})`));
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names.join("");
}

export function ratingFindings(actions: Action[], ratingColumn: number, spelling: "code" | "name", index: RagIndex): Finding[] {
  const column = columnLetter(ratingColumn);
  const findings: Finding[] = [];
  for (const a of actions) {
    const where = { sheet: a.sheet, row: a.row, column };
    const value = cellText(a.ratingValue);
    const what = a.ref ? `action ${a.ref}` : "this action";
    if (a.rating.kind === "unrated") {
      findings.push({ ...where, code: "rating-unrated", severity: "warning", message: `Row ${a.row}: ${what} has no rating; enter ${allowed(index)}.` });
    } else if (a.rating.kind === "invalid") {
      const suggestion = a.rating.suggestion;
      findings.push({
        ...where,
        code: "rating-invalid",
        severity: "error",
        value,
        message: `Row ${a.row}: "${value}" is not a rating in the index; expected ${allowed(index)}${suggestion ? ` (did you mean ${suggestion.name}?)` : ""}.`,
        ...(suggestion ? { fix: spell(suggestion, spelling) } : {}),
      });
    } else if (!a.rating.canonical) {
      // Written as the sheet mostly writes ratings, so a fixed sheet reads consistently.
      const fix = spell(a.rating.entry, spelling);
      const typed = String(a.ratingValue);
      findings.push({
        ...where,
        code: "rating-not-canonical",
        severity: "info",
        value: typed,
        message: `Row ${a.row}: "${typed}" is read as ${a.rating.entry.name}; Fix ratings writes it as "${fix}".`,
        fix,
      });
    }
  }
  return findings;
}
