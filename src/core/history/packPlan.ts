/**
 * The committee pack: one print-ready sheet with the committee sentences per review, what
 * changed since the last report, the stale and overdue lists, and the index used.
 */
import { DATE_FORMAT } from "../dates";
import type { Analysis, FlaggedAction } from "../model";
import type { SheetPlan } from "../writePlan";
import type { Changes } from "./changes";
import { changeSentence } from "./changeSentences";
import { SheetBuilder, blank, date, num, refCell, text } from "../sheetBuilder";
import { formatLongDate } from "../longDate";
import { plural } from "../sentences";

export const PACK_SHEET = "Committee Pack";
const WIDTH = 7;

export function buildPackPlan(analysis: Analysis, changes: Changes | undefined): SheetPlan {
  const b = new SheetBuilder();
  const repeat = b.addSpanning(text("RAG rated action plan report", "title"), WIDTH);
  b.addSpanning(text(`As at ${formatLongDate(analysis.asOf)}: ${plural(analysis.actions.length, "action")} in ${plural(analysis.byReview.length, "review")}.`, "note"), WIDTH);
  b.gap();

  b.add(text("Summary by review", "subtitle"));
  for (const s of analysis.sentences) b.addSpanning(text(s, "wrap"), WIDTH);
  b.gap();

  b.add(text("Changes since the last report", "subtitle"));
  if (!changes) b.addSpanning(text("This is the first recorded report, so there is nothing to compare with yet.", "wrap"), WIDTH);
  else {
    b.addSpanning(text(changeSentence(changes), "wrap"), WIDTH);
    if (changes.byReview.length > 0) {
      b.add(...["Review", "Improved", "Worsened", "New", "Removed", "No progress", "Newly overdue"].map((h) => text(h, "header")));
      for (const g of changes.byReview) b.add(text(g.name, "wrap"), num(g.improved), num(g.worsened), num(g.added), num(g.removed), num(g.noProgress), num(g.newlyOverdue));
    }
    if (changes.moves.length > 0) {
      b.gap();
      b.add(...["Review", "No", "Action", "Was", "Now", "Direction"].map((h) => text(h, "header")));
      for (const m of changes.moves) b.add(text(m.after.review, "wrap"), refCell(m.after.ref), text(m.after.title, "wrap"), text(m.before.rating), text(m.after.rating), text(m.direction));
    }
  }
  b.gap();

  flaggedList(b, "Overdue actions", analysis.overdue, "Due");
  flaggedList(b, "Stale actions", analysis.stale, "Last updated");

  b.add(text("RAG index used", "subtitle"));
  for (const e of analysis.index.entries) {
    const row = b.add(text(e.name, "body", { fill: e.colour, fontColour: e.textColour }), text(`${e.meaning}${e.complete ? " (counts as complete)" : ""}`, "wrap"));
    // The meaning spans the rest of the page: column B alone is a number's width.
    b.merges.push({ top: row, bottom: row, left: 2, right: WIDTH });
  }

  return {
    key: "pack",
    name: PACK_SHEET,
    rows: b.rows,
    // B holds "No" in the lists and "Improved" in the changes table: wide enough for the header.
    columnWidths: [24, 10, 52, 12, 12, 14, 14],
    merges: b.merges,
    charts: [],
    dateFormat: DATE_FORMAT,
    freezeRows: 0,
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, repeatRows: { first: repeat, last: repeat }, header: `RAG rated action plan report – ${formatLongDate(analysis.asOf)}` },
  };
}

function flaggedList(b: SheetBuilder, heading: string, list: FlaggedAction[], dateHeading: string): void {
  b.add(text(`${heading} (${list.length})`, "subtitle"));
  if (list.length === 0) {
    b.add(text("None.", "body"));
    b.gap();
    return;
  }
  b.add(...["Review", "No", "Action", "Rating", "Lead", dateHeading, "Days"].map((h) => text(h, "header")));
  for (const { action: a, days } of list) {
    const rating = a.rating.kind === "rated" ? a.rating.entry.name : a.rating.kind === "unrated" ? "Unrated" : "Invalid";
    const when = dateHeading === "Due" ? a.due : a.updated;
    b.add(text(a.review, "wrap"), refCell(a.ref), text(a.actions || a.recommendation, "wrap"), text(rating), text(a.lead, "wrap"), when ? date(when) : text("never"), days === null ? blank() : num(days));
  }
  b.gap();
}
