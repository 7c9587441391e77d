/**
 * Matching actions between two reports where a plan words its actions from one template
 * ("Conduct a multi-agency audit of neglect cases." / "… of domestic abuse cases."): the ordinary
 * edits a team makes (an action split in two, a delivery-plan action shortened beside its siblings,
 * a recommendation tidied while the actions are renumbered, a new review's standard first action)
 * pair as the same action, as any change to the matching must keep them. Told apart from a
 * templated action deleted beside a new one, they are what makes that case hard (docs/reports-and-data.md,
 * "How actions are matched between reports").
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots } from "../../../src/core/history/changes";
import { ACTION, CASE_HEADER, NOW, PROGRESS, REC, RATING, THEN, type Sheet, analysisOf, caseRows, caseSheet, compare, copy, d, indexOf, meta, none, told } from "../../helpers/caseReviewComparison";

describe("actions worded from one template", () => {
  // Frankie 7 and 8: two audits worded alike, each under its own recommendation.
  const audit = (n: number, topic: string, rec: string, progress: string, due: string, rag: string): CellValue[] =>
    ["Frankie", n, "Quality assurance", rec, `Conduct a multi-agency audit of ${topic} cases.`, progress, "Audit Group", d(due), d("2025-12-15"), rag];
  const NEGLECT = audit(7, "neglect", "Multi-agency audit of neglect to test the new neglect strategy.", "Not started: no auditors available.", "2026-03-31", "Red");
  const ABUSE = audit(8, "domestic abuse", "Multi-agency audit of domestic abuse to test the DA pathway.", "Audit under way.", "2026-06-30", "Green");
  const base = () => {
    const rows = caseRows();
    rows.splice(6, 0, [...NEGLECT], [...ABUSE]);
    return rows;
  };
  const then = caseSheet(base());

  it("an audit reworded and renumbered under its own recommendation is still the same audit", () => {
    const rows = base();
    const neglect = rows[indexOf(rows, "Frankie", 7)]!;
    rows.splice(indexOf(rows, "Frankie", 7), 1);
    [neglect[1], neglect[ACTION], neglect[RATING]] = [9, "Conduct a multi-agency audit of neglect cases with health partners.", "Amber"];
    rows.splice(indexOf(rows, "Frankie", 8) + 1, 0, neglect);
    expect(compare(then, caseSheet(rows))).toEqual({ ...none, moves: ["Frankie 7→9 Red→Amber"], renumbered: ["Frankie 7→9"] });
  });

  // Three cases, each once said as a rating moved that never moved.
  it("the Red neglect audit deleted and a Green exploitation audit added: one removed, one new, no move", () => {
    const rows = base();
    rows.splice(indexOf(rows, "Frankie", 8) + 1, 0, ["Frankie", 9, "Quality assurance", "Multi-agency audit of child exploitation to test the MACE arrangements.", "Conduct a multi-agency audit of child exploitation cases.", "Audit scoped; case sample agreed.", "Audit Group", d("2026-09-30"), d("2026-01-18"), "Green"]);
    rows.splice(indexOf(rows, "Frankie", 7), 1);
    expect(compare(then, caseSheet(rows))).toEqual({ ...none, added: ["Frankie 9 Green"], removed: ["Frankie 7 Red"] });
  });

  it("the neglect audit deleted and the domestic abuse audit renumbered into its place, its wording tidied: the neglect audit is the one removed", () => {
    const rows = base();
    const abuse = rows[indexOf(rows, "Frankie", 8)]!;
    [abuse[1], abuse[ACTION]] = [7, "Conduct a multi-agency audit of domestic abuse cases, including the voice of the child."];
    rows.splice(indexOf(rows, "Frankie", 7), 1);
    expect(compare(then, caseSheet(rows))).toEqual({ ...none, removed: ["Frankie 7 Red"], renumbered: ["Frankie 8→7"] });
  });

  it("the two audits swapped and renumbered, both wordings tidied: no rating moves", () => {
    const rows = base();
    const [neglect, abuse] = [[...NEGLECT], [...ABUSE]];
    [abuse[1], abuse[ACTION]] = [7, "Conduct a multi-agency audit of domestic abuse cases (DA pathway)."];
    [neglect[1], neglect[ACTION]] = [8, "Conduct a multi-agency audit of neglect cases (neglect strategy)."];
    rows.splice(indexOf(rows, "Frankie", 7), 2, abuse, neglect);
    expect(compare(then, caseSheet(rows))).toEqual({ ...none, renumbered: ["Frankie 8→7", "Frankie 7→8"] });
  });

  it("a new audit put in the deleted audit's place, under its number and rated afresh, is new", () => {
    const rows = base();
    rows[indexOf(rows, "Frankie", 7)] = ["Frankie", 7, "Quality assurance", "Multi-agency audit of missing children to test the return interview offer.", "Conduct a multi-agency audit of missing children cases.", "Audit scoped.", "Audit Group", d("2026-09-30"), d("2026-01-18"), "Green"];
    expect(compare(then, caseSheet(rows))).toEqual({ ...none, added: ["Frankie 7 Green"], removed: ["Frankie 7 Red"] });
  });

  it("an audit's verb changed beside another neglect action, its recommendation rewritten, is the same audit", () => {
    const rows = base();
    rows.splice(indexOf(rows, "Frankie", 8) + 1, 0, ["Frankie", 9, "Neglect", "Schools to recognise neglect.", "Deliver briefings on neglect to school staff.", "Dates agreed.", "Education", d("2026-06-30"), d("2025-12-15"), "Green"]);
    const now = copy(rows);
    const neglect = now[indexOf(now, "Frankie", 7)]!;
    [neglect[REC], neglect[ACTION], neglect[RATING]] = ["Rec 7: audit neglect cases to test how the neglect strategy is used.", "Carry out a multi-agency audit of child neglect cases.", "Amber"];
    expect(compare(caseSheet(rows), caseSheet(now))).toEqual({ ...none, moves: ["Frankie 7→7 Red→Amber"] });
  });
});

describe("what vouches for two instances of one template being one action reworded", () => {
  const audit = (n: number, topic: string, rec: string, rag: string): CellValue[] =>
    ["Frankie", n, "Quality assurance", rec, `Conduct a multi-agency audit of ${topic} cases.`, "Not started.", "Audit Group", d("2026-06-30"), d("2025-12-15"), rag];
  const audits = (neglect: string): CellValue[][] => [
    ...caseRows(),
    audit(7, neglect, "Multi-agency audit of neglect to test the new neglect strategy.", "Red"),
    audit(8, "domestic abuse", "Multi-agency audit of domestic abuse to test the DA pathway.", "Green"),
    audit(9, "child exploitation", "Multi-agency audit of exploitation to test the MACE arrangements.", "Amber"),
  ];

  it("its own recommendation: the topic's typo fixed, renumbered, with the rating and progress updated, is the same audit", () => {
    const rows = audits("neglcet");
    const now = copy(rows);
    const [neglect] = now.splice(indexOf(now, "Frankie", 7), 1);
    [neglect![1], neglect![ACTION], neglect![PROGRESS], neglect![RATING]] = [10, "Conduct a multi-agency audit of neglect cases.", "Audit under way.", "Amber"];
    now.push(neglect!);
    expect(compare(caseSheet(rows), caseSheet(now))).toEqual({ ...none, moves: ["Frankie 7→10 Red→Amber"], renumbered: ["Frankie 7→10"] });
  });

  it("no recommendation: the topic's typo put right with the rating changed is the same audit, a typo being no topic", () => {
    const rows = audits("neglcet").map((r) => (r[0] === "Frankie" && (r[1] as number) >= 7 ? [...r.slice(0, REC), "", ...r.slice(REC + 1)] : r));
    const now = copy(rows);
    const neglect = now[indexOf(now, "Frankie", 7)]!;
    [neglect[ACTION], neglect[RATING]] = ["Conduct a multi-agency audit of neglect cases.", "Amber"];
    expect(compare(caseSheet(rows), caseSheet(now))).toEqual({ ...none, moves: ["Frankie 7→7 Red→Amber"] });
  });

  describe("an objective shared by several actions, which vouches for none of them", () => {
    const OBJECTIVE = "Objective 1: a workforce confident in recognising neglect.";
    const training = (n: number, who: string, progress: string, rag: string): CellValue[] =>
      ["Delivery Plan", n, "Neglect", OBJECTIVE, `Deliver neglect training to ${who}.`, progress, "Learning Group", d("2026-06-30"), d("2025-12-15"), rag];
    const plan = (): CellValue[][] => [training(1, "GPs", "Two sessions held.", "Amber"), training(2, "schools", "Done.", "Green"), training(3, "police", "Not started.", "Red"), training(4, "housing officers", "Planned.", "Amber")];

    const insertAbove = (rows: CellValue[][]) => {
      for (const r of rows) r[1] = (r[1] as number) + 1;
      rows.unshift(["Delivery Plan", 1, "Neglect", OBJECTIVE, "Publish a neglect practice guide.", "Drafted.", "Learning Group", d("2026-03-31"), d("2025-12-15"), "Green"]);
    };
    const RENUMBERED = ["Delivery Plan 1→2", "Delivery Plan 2→3", "Delivery Plan 3→4", "Delivery Plan 4→5"];

    it("the same number, rating and due date: the police made the constabulary, with the progress updated, is the same action", () => {
      const rows = plan();
      [rows[2]![ACTION], rows[2]![PROGRESS]] = ["Deliver neglect training to the constabulary.", "Dates offered."];
      expect(compare(caseSheet(plan()), caseSheet(rows))).toEqual(none);
    });

    it("the rest of the row as it was: the police made the constabulary and renumbered by a row inserted above is the same action", () => {
      const rows = plan();
      rows[2]![ACTION] = "Deliver neglect training to the constabulary.";
      insertAbove(rows);
      expect(compare(caseSheet(plan()), caseSheet(rows))).toEqual({ ...none, added: ["Delivery Plan 1 Green"], renumbered: RENUMBERED });
    });

    // The price of never taking a new action for a deleted one: a rating alone vouches for nothing, as it would carry the deleted one's history on.
    it("a topic reworded while renumbered, its progress updated, with nothing else to vouch for it, is removed and new", () => {
      const rows = plan();
      [rows[0]![ACTION], rows[0]![PROGRESS]] = ["Deliver neglect training to general practitioners.", "Three sessions held."];
      insertAbove(rows);
      expect(compare(caseSheet(plan()), caseSheet(rows))).toEqual({
        ...none,
        added: ["Delivery Plan 1 Green", "Delivery Plan 2 Amber"],
        removed: ["Delivery Plan 1 Amber"],
        renumbered: RENUMBERED.slice(1),
      });
    });

    it("an identity carried by the pairing holds across reports: the constabulary's rating moved a quarter later is a move from the first report", () => {
      const [q2, q3] = [plan(), plan()];
      for (const rows of [q2, q3]) [rows[2]![ACTION], rows[2]![PROGRESS]] = ["Deliver neglect training to the constabulary.", "Dates offered."];
      q3[2]![RATING] = "Green";
      const first = recordSnapshot(analysisOf(caseSheet(plan()), THEN), meta(THEN));
      const second = recordSnapshot(analysisOf(caseSheet(q2), NOW), meta(NOW), first);
      const third = recordSnapshot(analysisOf(caseSheet(q3), "2026-07-15"), meta("2026-07-15"), second);
      expect(told(first, compareSnapshots(first, third))).toEqual({ ...none, moves: ["Delivery Plan 3→3 Red→Green"] });
    });

    it("nothing: training for GPs (Amber) deleted and training for the general public (Green) added is one removed and one new", () => {
      const rows = plan();
      rows.splice(0, 1);
      rows.push(training(5, "the general public", "Dates agreed.", "Green"));
      expect(compare(caseSheet(plan()), caseSheet(rows))).toEqual({ ...none, added: ["Delivery Plan 5 Green"], removed: ["Delivery Plan 1 Amber"] });
    });

    it("nothing: the police training (Red) deleted and training for social workers (Green) added is one removed and one new", () => {
      const rows = plan();
      rows.splice(2, 1);
      rows.push(training(5, "social workers", "Dates agreed.", "Green"));
      expect(compare(caseSheet(plan()), caseSheet(rows))).toEqual({ ...none, added: ["Delivery Plan 5 Green"], removed: ["Delivery Plan 3 Red"] });
    });
  });
});

describe("the review of the vouches", () => {
  const audit = (n: number, topic: string, rag: string, progress = "Not started."): CellValue[] =>
    ["Frankie", n, "Quality assurance", `Audit ${topic} practice.`, `Conduct a multi-agency audit of ${topic} cases.`, progress, "Audit Group", d("2026-06-30"), d("2025-12-15"), rag];
  const withoutRecommendations = (rows: CellValue[][]) => rows.map((r) => [...r.slice(0, REC), "", ...r.slice(REC + 1)]);

  it("a report recorded before recommendations were kept apart cannot say they changed: a topic reworded with the rating changed is matched as before", () => {
    const rows = [...caseRows(), audit(7, "neglect", "Red"), audit(8, "domestic abuse", "Amber"), audit(9, "child exploitation", "Green")];
    const now = copy(rows);
    [now[indexOf(now, "Frankie", 8)]![ACTION], now[indexOf(now, "Frankie", 8)]![RATING]] = ["Conduct a multi-agency audit of intimate partner violence cases.", "Green"];
    const recorded = recordSnapshot(analysisOf(caseSheet(rows), THEN), meta(THEN));
    const older = { ...recorded, actions: recorded.actions.map(({ recommendation: _, ...a }) => a) };
    expect(told(older, compareSnapshots(older, liveSnapshot(analysisOf(caseSheet(now), NOW), older)))).toEqual({ ...none, moves: ["Frankie 8→8 Amber→Green"] });
  });

  it("one letter more is another word: hostels for hotels is another topic, so a Red audit deleted beside a new Green one is removed and new", () => {
    const rows = [audit(1, "hotels", "Red"), audit(2, "domestic abuse", "Amber"), audit(3, "child exploitation", "Amber")];
    const now = [audit(2, "domestic abuse", "Amber"), audit(3, "child exploitation", "Amber"), audit(4, "hostels", "Green")];
    expect(compare(caseSheet(rows), caseSheet(now))).toEqual({ ...none, added: ["Frankie 4 Green"], removed: ["Frankie 1 Red"] });
  });

  // The neglect audit (1, Red) deleted; the domestic abuse audit (2, Amber) renumbered 1, its wording added to, rated Green; a new online harm audit at 2, Amber.
  const renumberedInto = (rows: CellValue[][]) => {
    const abuse = audit(1, "domestic abuse", "Green", "Audit completed.");
    abuse[ACTION] = "Conduct a multi-agency audit of domestic abuse cases, including the voice of the child.";
    return [abuse, audit(2, "online harm", "Amber", "Scoped."), rows[2]!];
  };
  const THREE = [audit(1, "neglect", "Red"), audit(2, "domestic abuse", "Amber"), audit(3, "child exploitation", "Amber")];
  const TRUE = { ...none, moves: ["Frankie 2→1 Amber→Green"], added: ["Frankie 2 Amber"], removed: ["Frankie 1 Red"], renumbered: ["Frankie 2→1"] };

  it("only a whole report without recommendations leaves them unknown: a new audit written with none, beside a deleted one with its own, is new", () => {
    const fresh = audit(4, "online harm", "Green");
    fresh[REC] = "";
    expect(compare(caseSheet(THREE), caseSheet([THREE[1]!, THREE[2]!, fresh]))).toEqual({ ...none, added: ["Frankie 4 Green"], removed: ["Frankie 1 Red"] });
  });

  it("its own recommendation outweighs a number and a rating: the renumbered audit keeps its history, the new one in its place is new", () => {
    expect(compare(caseSheet(THREE), caseSheet(renumberedInto(THREE)))).toEqual(TRUE);
  });

  it("a rating alone vouches for nothing: a new audit rated as a deleted one was, re-rated a quarter later, is no move of that audit", () => {
    const rows = withoutRecommendations(THREE);
    const fresh = (rag: string) => withoutRecommendations([audit(4, "online harm", rag, "Scoped.")])[0]!.map((v, i) => (i === 7 ? d("2026-12-31") : v));
    const first = recordSnapshot(analysisOf(caseSheet(rows), THEN), meta(THEN));
    // The neglect audit (Red) deleted; an online harm audit added, Red too, with a due date of its own.
    const second = recordSnapshot(analysisOf(caseSheet([rows[1]!, rows[2]!, fresh("Red")]), NOW), meta(NOW), first);
    const third = recordSnapshot(analysisOf(caseSheet([rows[1]!, rows[2]!, fresh("Green")]), "2026-07-15"), meta("2026-07-15"), second);
    expect(told(first, compareSnapshots(first, third))).toEqual({ ...none, added: ["Frankie 4 Green"], removed: ["Frankie 1 Red"] });
  });

  it("on a sheet with no progress or time-scale column the rest of the row is the rating alone, and vouches for nothing", () => {
    const header = ["Objective", "Action No", "Action", "RAG"];
    const sheet = (rows: CellValue[][]): Sheet[] => [{ name: "Delivery Plan", header, rows }];
    const audit = (n: string, topic: string, rag: string): CellValue[] => ["Objective 1", n, `Conduct a multi-agency audit of ${topic} cases.`, rag];
    const q1 = [audit("1.1", "neglect", "Amber"), audit("1.2", "domestic abuse", "Red"), audit("1.3", "child exploitation", "Green")];
    const first = recordSnapshot(analysisOf(sheet(q1), THEN), meta(THEN));
    const second = recordSnapshot(analysisOf(sheet([q1[1]!, q1[2]!, audit("1.4", "online harm", "Amber")]), NOW), meta(NOW), first);
    const third = recordSnapshot(analysisOf(sheet([q1[1]!, q1[2]!, audit("1.4", "online harm", "Green")]), "2026-07-15"), meta("2026-07-15"), second);
    expect(told(first, compareSnapshots(first, third))).toEqual({ ...none, added: ["Delivery Plan 1.4 Green"], removed: ["Delivery Plan 1.1 Amber"] });
  });

  it("recommendations moved between two rows, the actions and ratings as they were: no rating moves", () => {
    const now = copy(THREE);
    [now[0]![REC], now[1]![REC]] = [THREE[1]![REC]!, THREE[0]![REC]!];
    expect(compare(caseSheet(THREE), caseSheet(now))).toEqual(none);
  });

  it("an audit renamed in place with its rating kept, beside a new audit extending its old wording: the renamed one keeps its history", () => {
    const rows = withoutRecommendations([audit(1, "CSE", "Amber"), audit(2, "domestic abuse", "Amber"), audit(3, "child exploitation", "Amber")]);
    const now = copy(rows);
    [now[0]![ACTION], now[0]![PROGRESS]] = ["Conduct a multi-agency audit of sexual exploitation cases.", "Under way."];
    now.push(withoutRecommendations([audit(4, "CSE", "Green")])[0]!);
    now[3]![ACTION] = "Conduct a multi-agency audit of CSE cases in schools.";
    expect(compare(caseSheet(rows), caseSheet(now))).toEqual({ ...none, added: ["Frankie 4 Green"] });
  });

  it("a sheet gaining its first recommendations leaves another sheet's templated actions told apart", () => {
    const plan = [audit(1, "police", "Red"), audit(2, "schools", "Amber"), audit(3, "housing officers", "Amber")].map((r) => ["Delivery Plan", ...r.slice(1)]);
    const sheets = (cases: CellValue[][], delivery: CellValue[][]): Sheet[] => [
      { name: "Case Reviews", header: CASE_HEADER, rows: cases },
      { name: "Delivery Plan", header: CASE_HEADER, rows: withoutRecommendations(delivery) },
    ];
    const faith = ["Delivery Plan", ...audit(4, "faith groups", "Green").slice(1)];
    const c = compare(sheets(withoutRecommendations(caseRows()), plan), sheets(caseRows(), [plan[1]!, plan[2]!, faith]));
    expect({ moves: c.moves, added: c.added, removed: c.removed }).toEqual({ moves: [], added: ["Delivery Plan 4 Green"], removed: ["Delivery Plan 1 Red"] });
  });
});

describe("ordinary edits that pair as before (the review of the backed-out attempt)", () => {
  it("an action split in two keeps its rating under its number; the new half is new", () => {
    // Frankie 4 (Blue) keeps the social workers' briefings; a new Frankie 7, same recommendation, takes health staff (Red).
    const rows = caseRows();
    const f4 = rows[indexOf(rows, "Frankie", 4)]!;
    f4[ACTION] = "Deliver professional curiosity briefings to frontline social workers.";
    rows.splice(indexOf(rows, "Frankie", 6) + 1, 0, ["Frankie", 7, f4[2]!, f4[REC]!, "Deliver professional curiosity briefings to frontline health staff.", "Not started: dates to be agreed with Health.", "Health", d("2026-09-30"), d("2026-04-01"), "Red"]);
    expect(compare(caseSheet(caseRows()), caseSheet(rows))).toEqual({ ...none, added: ["Frankie 7 Red"] });
  });

  it("an action split in two under one recommendation, the new half numbered next", () => {
    const REC7 = "Neglect to be recognised early using the Graded Care Profile 2.";
    const base = caseRows();
    base.splice(6, 0, ["Frankie", 7, "Neglect", REC7, "Deliver Graded Care Profile 2 training to schools and health visitors.", "Schools sessions booked.", "LSCP Business Team", d("2026-06-30"), d("2026-01-05"), "Amber"]);
    const rows = copy(base);
    rows[6]![ACTION] = "Deliver Graded Care Profile 2 training to schools.";
    rows.splice(7, 0, ["Frankie", 8, "Neglect", REC7, "Deliver Graded Care Profile 2 training to health visitors.", "Not started: trainer needed.", "Health", d("2026-09-30"), d("2026-04-01"), "Red"]);
    expect(compare(caseSheet(base), caseSheet(rows))).toEqual({ ...none, added: ["Frankie 8 Red"] });
  });

  it("an action renumbered while its recommendation is tidied is the same action", () => {
    // A new Frankie 3 inserted (3–6 renumbered 4–7), and old Frankie 5's recommendation tidied in the same quarter.
    const rows = caseRows();
    const f5 = rows[indexOf(rows, "Frankie", 5)]!;
    for (const r of rows) if (r[0] === "Frankie" && (r[1] as number) >= 3) r[1] = (r[1] as number) + 1;
    f5[REC] = "Home visits to include seeing where the child sleeps, and the visit record to say so.";
    rows.splice(indexOf(rows, "Frankie", 4), 0, ["Frankie", 3, "Information sharing", "GPs to be told the outcome of strategy discussions.", "Send the outcome of every strategy discussion to the child's GP.", "Not started.", "Health", d("2026-09-30"), d("2026-04-01"), "Amber"]);
    expect(compare(caseSheet(caseRows()), caseSheet(rows))).toEqual({ ...none, added: ["Frankie 3 Amber"], renumbered: ["Frankie 3→4", "Frankie 4→5", "Frankie 5→6", "Frankie 6→7"] });
  });

  it("an action renumbered while both its recommendation and its wording are tidied is the same action", () => {
    const rows = caseRows();
    const f5 = rows[indexOf(rows, "Frankie", 5)]!;
    for (const r of rows) if (r[0] === "Frankie" && (r[1] as number) >= 3) r[1] = (r[1] as number) + 1;
    f5[REC] = "Home visits to include seeing where the child sleeps (the child's bedroom).";
    f5[ACTION] = "Add the child's sleeping arrangements to the home visit checklist by June.";
    f5[RATING] = "Green";
    rows.splice(indexOf(rows, "Frankie", 4), 0, ["Frankie", 3, "Information sharing", "GPs to be told the outcome of strategy discussions.", "Send the outcome of every strategy discussion to the child's GP.", "Not started.", "Health", d("2026-09-30"), d("2026-04-01"), "Amber"]);
    expect(compare(caseSheet(caseRows()), caseSheet(rows))).toEqual({
      ...none,
      moves: ["Frankie 5→6 Amber→Green"],
      added: ["Frankie 3 Amber"],
      renumbered: ["Frankie 3→4", "Frankie 4→5", "Frankie 5→6", "Frankie 6→7"],
    });
  });

  it("a new review's standard first action never takes a deleted review action's rating", () => {
    const REC1 = "Learning from the review to be shared across the partnership.";
    const ACT1 = "Publish a 7-minute briefing on the review and circulate it to all partner agencies.";
    const brief = (review: string, rag: string, progress: string): CellValue[] => [review, 1, "Learning", REC1, ACT1, progress, "LSCP Business Team", d("2026-03-31"), d("2026-01-05"), rag];
    const other = (review: string, n: number, text: string, rag: string): CellValue[] => [review, n, "Information sharing", `Recommendation ${n} of ${review}.`, text, "Under way.", "Health", d("2026-06-30"), d("2026-01-05"), rag];
    const thenRows = [brief("Frankie", "Blue", "Briefing published in December."), other("Frankie", 2, "Add a prompt on household members to the MASH referral form.", "Green"), brief("Leo", "Blue", "Briefing published and circulated."), other("Leo", 2, "Add exploitation indicators to the MASH referral form.", "Amber")];
    // Leo's completed briefing tidied away; a new review, Mia, added with the standard first action, not started.
    const nowRows = [thenRows[0]!, thenRows[1]!, thenRows[3]!, brief("Mia", "Red", "Not started."), other("Mia", 2, "Review the health visiting pathway for new birth visits.", "Amber")];
    expect(compare(caseSheet(thenRows), caseSheet(nowRows))).toEqual({ ...none, added: ["Mia 1 Red", "Mia 2 Amber"], removed: ["Leo 1 Blue"] });
  });

  it("a review's name tidied on its own sheet is the same review", () => {
    const rows = caseRows();
    const frankie = rows.filter((r) => r[0] === "Frankie");
    const leo = (name: string) => rows.filter((r) => r[0] === "Leo").map((r) => [name, ...r.slice(1)]);
    const sheets = (leoName: string): Sheet[] => [
      { name: "Frankie", header: CASE_HEADER, rows: frankie },
      { name: "Leo", header: CASE_HEADER, rows: leo(leoName) },
    ];
    expect(compare(sheets("Child Leo"), sheets("Leo"))).toEqual({ ...none, renamed: [{ from: "Child Leo", to: "Leo" }] });
  });

  it("a review split in two by name keeps every action", () => {
    const rows = caseRows();
    for (const r of rows) if (r[0] === "Sam and Kyle") r[0] = (r[1] as number) <= 3 ? "Sam" : "Kyle";
    const c = compare(caseSheet(caseRows()), caseSheet(rows));
    expect({ moves: c.moves, added: c.added, removed: c.removed }).toEqual({ moves: [], added: [], removed: [] });
  });

  describe("a delivery plan's actions under one objective", () => {
    const HEADER = ["Objective", "No", "Action", "Measure", "Time Scale", "Lead Group", "RAG"];
    const O2 = "Effective strategic arrangements are in place for the LSCP in Thurrock which promote safeguarding";
    const plan = (): CellValue[][] => [
      [O2, "2.1", "Produce the LSCP Annual Report", "Annual Report published", "Annually July", "Strategic Group", "G"],
      [O2, "2.2", "LSCP Management Executive Board undertake themed multi-agency audits supporting our scrutiny of improving outcomes for children", "Learning outcomes", "As per meeting cycle", "Management Executive Board", "A"],
      [O2, "2.3", "Circulate and review Section 11 and school 157/175 audits which include a Prevent audit.", "Compliance and action plans", "Biennial - August", "Audit Group", "G"],
      [O2, "2.4", "Receive and review Annual Report from LADO, including allegations management data and themes", "Report and learning opportunities", "October 2019", "Management Executive Board", "G"],
      [O2, "2.5", "Receive and review Annual Report from IRO", "Report and learning opportunities", "October 2019", "Management Executive Board", "R"],
      [O2, "2.6", "Receive and review Annual Report from Private Fostering", "Report and learning opportunities", "October 2019", "Management Executive Board", "A"],
    ];
    const sheet = (rows: CellValue[][]): Sheet[] => [{ name: "Delivery Plan", header: HEADER, rows }];

    it("2.4 shortened beside its templated siblings and 2.5 reworded: both keep their pairing", () => {
      const rows = plan();
      rows[3]![2] = "Receive and review Annual Report from LADO";
      rows[4]![2] = "Receive and review the IRO Annual Report 2019-20 with the Corporate Parenting Committee";
      expect(compare(sheet(plan()), sheet(rows))).toEqual(none);
    });

    it("an annual report's source put for another under its number, the rest of its row as it was, is the same action", () => {
      const rows = plan();
      rows[3]![2] = "Receive and review Annual Report from the Designated Officer";
      expect(compare(sheet(plan()), sheet(rows))).toEqual(none);
    });

    it("2.5 (Red) deleted and a new annual report added: 2.5 removed, the new one new", () => {
      const rows = plan();
      rows.splice(4, 1);
      rows.push([O2, "2.7", "Receive and review Annual Report from the Virtual School", "Report and learning opportunities", "October 2019", "Management Executive Board", "G"]);
      expect(compare(sheet(plan()), sheet(rows))).toEqual({ ...none, added: ["Delivery Plan 2.7 Green"], removed: ["Delivery Plan 2.5 Red"] });
    });

    it("the emotional and sexual abuse reviews swapped, both reworded, keep their ratings (wordings cut at 120 characters)", () => {
      const review = (objective: string, n: string, topic: string, rag: string): CellValue[] => [
        `Reduce the number of children affected by ${objective}`,
        n,
        `Review the multi-agency response for children at risk of ${topic} making recommendations for any additional processes`,
        "Outcome report",
        "March 2020",
        "Strategic Group",
        rag,
      ];
      const reviews = [review("neglect", "4.1", "neglect", "A"), review("physical abuse", "8.1", "Physical abuse", "A"), review("emotional abuse", "9.1", "emotional abuse", "G"), review("sexual abuse", "10.1", "sexual abuse", "B")];
      const rows = copy(reviews);
      const [emotional, sexual] = [rows[2]!, rows[3]!];
      [emotional[1], sexual[1]] = ["10.1", "9.1"];
      for (const r of [emotional, sexual]) r[2] = String(r[2]).replace("Review", "Undertake a review of");
      [rows[2], rows[3]] = [sexual, emotional];
      expect(compare(sheet(reviews), sheet(rows))).toEqual({ ...none, renumbered: ["Delivery Plan 10.1→9.1", "Delivery Plan 9.1→10.1"] });
    });

    it("2.4 shortened and 2.5 (Red) deleted: 2.5 removed, 2.4 kept", () => {
      const rows = plan();
      rows[3]![2] = "Receive and review Annual Report from LADO";
      rows.splice(4, 1);
      expect(compare(sheet(plan()), sheet(rows))).toEqual({ ...none, removed: ["Delivery Plan 2.5 Red"] });
    });
  });
});
