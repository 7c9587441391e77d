/** A new action and a removed one told apart as two instances of one template: said once, so a reader can judge. */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { changeNotes } from "../../../src/core/history/changeSentences";
import { caseRows, caseSheet, compareBoth, copy, d, indexOf } from "../../helpers/caseReviewComparison";

const audit = (n: number, topic: string, rag: string, progress = "Not started.", due = "2026-06-30"): CellValue[] =>
  ["Frankie", n, "Quality assurance", `Multi-agency audit of ${topic} to test the pathway.`, `Conduct a multi-agency audit of ${topic} cases.`, progress, "Audit Group", d(due), d("2025-12-15"), rag];
/** A new audit, scoped, with a due date of its own (one with the rating, progress and due date of a deleted one is taken for it). */
const fresh = (n: number, topic: string, rag: string) => audit(n, topic, rag, "Scoped.", "2026-12-31");
const base = () => [...caseRows(), audit(7, "neglect", "Red"), audit(8, "domestic abuse", "Green"), audit(9, "child exploitation", "Amber")];
/** The notes of the plan as it is and of two recorded reports, which must agree, of the kind this file is about. */
const notesFor = (now: CellValue[][]) => {
  const { live, recorded } = compareBoth(caseSheet(base()), caseSheet(now));
  const said = (notes: string[]) => notes.filter((n) => n.includes("worded alike") || n.includes("both removed and new"));
  expect(said(changeNotes(recorded))).toEqual(said(changeNotes(live)));
  return said(changeNotes(live));
};

describe("a new action and a removed one told apart as two instances of one template", () => {
  it("under different numbers: says they are counted apart, and what that means if it was a rewording", () => {
    const now = copy(base());
    now.splice(indexOf(now, "Frankie", 7), 1);
    now.push(fresh(10, "online harm", "Green"));
    expect(notesFor(now)).toEqual([
      "Frankie 10 is new and Frankie 7 removed, though worded alike: both are written from one template, each with a topic of its own, so they are counted apart; if Frankie 10 is Frankie 7 reworded, its rating history starts again from its new wording.",
    ]);
  });

  it("several: one note naming each new action with its removed one", () => {
    const now = copy(base());
    now.splice(indexOf(now, "Frankie", 7), 2);
    now.push(fresh(10, "online harm", "Green"), fresh(11, "missing children", "Red"));
    expect(notesFor(now)).toEqual([
      "Frankie 10 (new) with Frankie 7 (removed) and Frankie 11 (new) with Frankie 8 (removed): each two are worded alike, written from one template with a topic each, so they are counted apart; where the new one is the removed one reworded, its rating history starts again from its new wording.",
    ]);
  });

  // A whole row written out: an audit of `what`, its recommendation its own.
  const row = (n: number, what: string, rag: string, progress = "Not started.", due = "2026-06-30"): CellValue[] =>
    ["Frankie", n, "Quality assurance", `Audit ${what}.`, `Conduct a multi-agency audit of ${what}.`, progress, "Audit Group", d(due), d("2025-12-15"), rag];
  const plan = (rows: CellValue[][]) => caseSheet(rows);
  const said = (then: CellValue[][], now: CellValue[][]) => {
    const { live } = compareBoth(plan(then), plan(now));
    return changeNotes(live).filter((n) => n.includes("worded alike"));
  };

  it("the closest pairs are named first, not the first new action met", () => {
    const then = [row(1, "neglect cases in Harlow", "Red"), row(2, "domestic abuse cases in Harlow", "Green"), row(3, "child exploitation cases", "Amber")];
    const now = [then[1]!, then[2]!, row(10, "self injury cases", "Green", "Scoped.", "2026-12-31"), row(11, "online harm cases in Harlow", "Green", "Scoped.", "2026-12-31")];
    expect(said(then, now)).toEqual([expect.stringMatching(/^Frankie 11 is new and Frankie 1 removed, though worded alike/)]);
  });

  it("a pair the row vouches for, left apart only because two removed actions are as alike, is not said to be told apart by its template", () => {
    const then = [row(7, "neglect cases", "Red"), row(8, "bruising cases", "Red"), row(9, "child exploitation cases", "Amber")];
    expect(said(then, [then[2]!, row(10, "online harm cases", "Red")])).toEqual([]);
  });

  it("a new action kept apart by a tie between closer removed actions is not named with a farther one of its template", () => {
    const then = [row(1, "online harm cases in schools", "Red"), row(2, "online harm cases in homes", "Red"), row(3, "neglect cases", "Red"), row(4, "bruising cases", "Amber")];
    expect(said(then, [then[3]!, row(10, "online harm cases", "Green", "Scoped.", "2026-12-31")])).toEqual([]);
  });

  it("a review's templated actions all replaced by new ones, each as alike to every removed one: all new and removed, no pair named", () => {
    const topics = ["neglect", "bruising", "self-harm", "missing", "housing", "fostering"];
    const then = topics.map((t, i) => row(i + 1, `${t} cases`, "Red"));
    const now = ["county lines", "radicalisation", "school exclusion", "trafficking", "gangs", "parental mental health"].map((t, i) => row(i + 11, `${t} cases`, "Green", "Scoped.", "2026-12-31"));
    const { live } = compareBoth(plan(then), plan(now));
    expect({ added: live.added.length, removed: live.removed.length, moves: live.moves.length, notes: changeNotes(live).filter((n) => n.includes("worded alike")) }).toEqual({ added: 6, removed: 6, moves: 0, notes: [] });
  });

  it("the matching pairs as it did before the note: the note's pass only reads what the matching decided", async () => {
    const { matchActions } = await import("../../../src/core/history/matching");
    const words = ["cases harm neglect", "review cases audit", "abuse training neglect audit review", "staff harm training audit neglect", "harm abuse staff staff", "harm neglect training review", "training neglect review neglect training", "staff audit training abuse abuse"];
    const later: [string, string][] = [["10", "review cases audit"], ["3", "abuse training neglect training review"], ["6", "harm neglect training review"], ["7", "training neglect review neglect cases"], ["20", "training review staff"]];
    const before = words.map((t, i) => ({ id: `R#${i + 1}`, review: "R", ref: String(i + 1), sheet: "P", row: i + 2, category: "", title: t, text: `r|${t}`, rating: "Red", complete: false, response: "x", due: null, updated: null, stale: false, overdue: false }));
    const after = later.map(([ref, t], i) => ({ review: "R", ref, sheet: "P", row: i + 2, category: "", title: t, text: `r|${t}`, rating: "Green", complete: false, response: "y", due: null, updated: null, stale: false, overdue: false }));
    expect(matchActions(before, after).pairs.map((p) => `${p.before.ref}→${p.after.ref}`)).not.toContain("8→20");
  });

  it("an action under a number both removed and new is named by that number's note alone", () => {
    const then = [...caseRows(), audit(7, "neglect", "Red"), audit(8, "online safety", "Green"), audit(9, "online grooming", "Amber"), audit(10, "bruising", "Amber")];
    const now = [...caseRows(), fresh(7, "online harm", "Green"), then.at(-2)!, then.at(-1)!];
    const { live } = compareBoth(caseSheet(then), caseSheet(now));
    expect(changeNotes(live).filter((n) => n.includes("worded alike") || n.includes("both removed and new"))).toEqual([expect.stringMatching(/^Frankie 7 is both removed and new:/)]);
  });

  it("under one number the note of both removed and new says it, once; an action not worded alike gets neither", () => {
    const inPlace = copy(base());
    inPlace[indexOf(inPlace, "Frankie", 7)] = fresh(7, "online harm", "Green");
    expect(notesFor(inPlace)).toEqual([
      "Frankie 7 is both removed and new: the new action of that number is worded like the removed one, but other actions of the review are worded alike too, so it is not taken for it, and they are counted apart; if it is that action reworded, its rating history starts again from its new wording.",
    ]);
    const unlike = copy(base());
    unlike.splice(indexOf(unlike, "Frankie", 7), 1);
    unlike.push(["Frankie", 10, "Learning", "Learning to be shared.", "Publish a 7-minute briefing on the review.", "Drafted.", "LSCP Business Team", d("2026-03-31"), d("2026-01-10"), "Green"]);
    expect(notesFor(unlike)).toEqual([]);
  });
});
