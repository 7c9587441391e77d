import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseTimeScaleText } from "../../src/core/timeScale";

/**
 * A time scale that mentions a month or a quarter means a date: it gives one, or a problem that is said and counts the
 * action as not checked. Passed over with neither, the action is silently never overdue.
 */
const saysSomething = (text: string): boolean => {
  const scale = parseTimeScaleText(text, "en-GB");
  return scale.due !== null || scale.problem !== undefined;
};

const MONTH = fc.constantFrom("March", "Mar", "Mar.", "Sept", "Sep", "September", "Dec", "June", "Jun");
const DAY = fc.oneof(fc.integer({ min: 1, max: 31 }).map(String), fc.constantFrom("1st", "2nd", "3rd", "30th", "31st", "01", "09"));
const JOIN = fc.constantFrom(" ", "/", "-", " - ", ".", ", ", " / ", "–");
const YEAR = fc.constantFrom("21", "22", "2021", "2022", "'22");
const BEFORE = fc.constantFrom("", "By ", "Due ", "End ", "by end of ", "Completed by ");
const AFTER = fc.constantFrom("", " (year end)", " (tbc)", " - revised", ".");

describe("a time scale mentioning a month or a quarter is never passed over in silence", () => {
  it("a month, a day and a year, however joined, give a date or a finding", () => {
    fc.assert(
      fc.property(BEFORE, MONTH, fc.constantFrom(" ", "-", "/", "."), DAY, JOIN, YEAR, AFTER, (before, month, split, day, join, year, after) => {
        const text = `${before}${month}${split}${day}${join}${year}${after}`;
        expect(saysSomething(text), text).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("a day before its month, and a month and a day with no year, give a date or a finding", () => {
    fc.assert(
      fc.property(BEFORE, DAY, fc.constantFrom(" ", "-", " of "), MONTH, fc.constantFrom("", ...[" ", "-", "/"].flatMap((j) => [`${j}21`, `${j}2022`])), AFTER, (before, day, join, month, year, after) => {
        const text = `${before}${day}${join}${month}${year}${after}`;
        expect(saysSomething(text), text).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("a quarter or a season with a year, or none, gives a date or a finding", () => {
    const period = fc.constantFrom("Q1", "Q3", "Q 3", "Q. 3", "Q.3", "Qtr 3", "Qtr. 3", "Quarter 3", "3rd quarter", "Spring", "Autumn term", "Q2 and Q4", "Q3/Q4", "Q3-Q4", "Spring 1", "Summer 2", "Autumn term 1");
    const year = fc.constantFrom("", " 2021", " 21", " 2021/22", " 21/22", "/22", "-22", " FY21/22", " (2021/22)", " '22");
    fc.assert(
      fc.property(BEFORE, period, year, AFTER, (before, p, y, after) => {
        const text = `${before}${p}${y}${after}`;
        expect(saysSomething(text), text).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("a date revised to a quarter, however the quarter is written, gives the new date or says the revision is not read", () => {
    const quarter = fc.constantFrom("Q4", "Q 4", "Q. 4", "Q.4", "Qtr 4", "Qtr. 4", "Qtr4", "Quarter 4", "quarter 4", "4th quarter", "4th Qtr");
    const revision = fc.constantFrom(
      "(revised to %s)", "- revised %s", "(now %s)", "(new date: %s)", "(extended to %s)", "(delayed until %s)", "(rescheduled for %s)", "(revised to end of %s)",
      "(to be %s)", "(moved to Board in %s)", "(now to be reported to Board in %s)", "(deferred to Board at the end of %s)",
      "(moved to the Exec team in %s)", "(deferred to the Leadership Group in %s)", "(deferred to SAB at its %s meeting)",
    );
    const year = fc.constantFrom("", " 2021/22", " 2022", " 21/22");
    fc.assert(
      fc.property(fc.constantFrom("Sept 2021", "30/09/2021", "Q2 2021/22"), revision, quarter, year, (first, words, q, y) => {
        const text = `${first} ${words.replace("%s", q + y)}`;
        const scale = parseTimeScaleText(text, "en-GB");
        const firstDue = parseTimeScaleText(first, "en-GB").due;
        expect(scale.due !== firstDue || scale.unreadRevision !== undefined, text).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("a date revised or moved to part of a month (\"mid March 2022\"), its week (\"w/c 7 March 2022\") or a quarter's months (\"Jan-Mar 2022\") is due where that time alone is", () => {
    const words = fc.constantFrom("(revised to %s)", "(to be %s)", "(now to be %s)", "(moved to Board in %s)", "(deferred to the Leadership Group in %s)", "- revised %s", "(now %s)", "(new date: %s)", "- revised to %s.");
    const time = fc.constantFrom(
      "mid March 2022",
      "Mid-March 2022",
      "early March 2022",
      "late Jan 2022",
      "Jan-Mar 2022",
      "Jan - Mar 2022",
      "January to March 2022",
      "Apr-Jun 2022",
      "Oct–Dec 2021",
      "w/c 7 March 2022",
      "w/c 7th March 2022",
      "week commencing 7 March 2022",
      "week beginning 07/03/2022",
    );
    fc.assert(
      fc.property(fc.constantFrom("Sept 2021", "30/09/2021", "Q2 2021/22", "Sept-21"), words, time, fc.constantFrom("", " (agreed at Board Jan 2022)"), (first, w, t, after) => {
        // A note after the brackets the new date closes is no part of it.
        const text = `${first} ${w.replace("%s", t)}${w.endsWith(")") ? after : ""}`;
        expect(parseTimeScaleText(text, "en-GB"), text).toEqual(parseTimeScaleText(t, "en-GB"));
      }),
      { numRuns: 500 },
    );
  });

  it("a date then a later one named as due, however each is written, is due at the later one, never the first", () => {
    const opening = fc.constantFrom("Agreed at Board in %s", "Approved %s", "Signed off %s", "Started %s", "Plan agreed %s", "%s");
    const first = fc.constantFrom("March 2021", "Jan 2021", "31/03/2021", "Q4 2020/21", "Feb-21", "1st March 2021");
    const join = fc.constantFrom(", ", " - ", "; ", " (", ". ", " and ", " – ");
    const words = fc.constantFrom("due", "Due", "due by", "due date", "due date:", "due:", "deadline", "Deadline:", "deadline of", "target date", "target", "target completion", "target completion date", "completion date", "to be completed by", "due in", "due on", "due by the end of", "with a deadline of", "the deadline is", "final deadline");
    const due = fc.constantFrom("Sept 2021", "September 2021", "December 2021", "31/12/2021", "Q3 2021/22", "Q4 2021/22", "March 2022", "Dec-21", "30th June 2021", "Autumn 2021");
    const after = fc.constantFrom("", ")", ".", " at Board", " tbc");
    fc.assert(
      fc.property(opening, first, join, words, due, after, (open, f, j, w, d, a) => {
        const text = `${open.replace("%s", f)}${j}${w} ${d}${a}`;
        expect(parseTimeScaleText(text, "en-GB").due, text).toBe(parseTimeScaleText(d, "en-GB").due);
      }),
      { numRuns: 1000 },
    );
  });

  it("a date then a later one named as due for another part (\"for phase 2\"), however each is written, is due at the first, or after the day the plan was agreed at the later", () => {
    const first = fc.constantFrom("Sept 2021", "30/09/2021", "Q2 2021/22", "Oct-21", "Autumn 2021");
    const join = fc.constantFrom(", ", " - ", "; ", " (", ". ", " and ");
    const words = fc.constantFrom("due", "Due", "due by", "due date:", "deadline", "Deadline:", "target date", "target", "Target", "target completion", "completion date", "completion by", "to be completed by", "final deadline");
    const later = fc.constantFrom("March 2022", "31/03/2022", "Q4 2021/22", "Mar-22", "Spring 2022", "Jan 2022 - March 2022");
    const whose = fc.constantFrom(" for phase 2", " for Phase 2)", " (for the review)", ", for stage 2", " for the second part", " for roll-out", " for the refresh", " for completion of phase 2");
    fc.assert(
      fc.property(first, join, words, later, whose, (f, j, w, l, o) => {
        const text = `${f}${j}${w} ${l}${o}`;
        expect(parseTimeScaleText(text, "en-GB").due, text).toBe(parseTimeScaleText(f, "en-GB").due);
        // After the day the plan was agreed or the work began, no deadline, the later date is still the one used.
        const agreed = `Agreed at Board in ${f}${j}${w} ${l}${o}`;
        expect(parseTimeScaleText(agreed, "en-GB").due, agreed).toBe(parseTimeScaleText(l, "en-GB").due);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    "March 31 22", "Mar 31/22", "Sept 30 - 2022", "March 31/2022", "Dec 1-22", "31-Mar", "Q2 and Q4", "Mid September", "Summer '22",
    "Mar 31 (year end)", "Q3 (see note 2)", "Sept (revised to Q4)", "Jun 15 22", "Sept 1-30", "Sept 30-31", "Early March", "w/c 14 June",
    // A school's year, its half-terms and its terms by number, with a year.
    "Academic year 2021", "Academic year (2021/22)", "Term 1 2021/22", "Term 2 2022", "Spring 1 (2021/22)",
    "Phase 1 - Dec 21, Phase 2 - Mar 22", "Sept 21-2022", "Early 2022", "2022 (March)",
    // "Each" here names who, not how often: one date meant.
    "Each partner by end of Q3",
  ])("%j gives a date or a finding", (text) => {
    expect(saysSomething(text)).toBe(true);
  });

  // Recurring work with its month first, a number in its words, or several months or quarters listed: silent, as "Annually July" is.
  it.each([
    "July annually", "July each year", "September and annually thereafter", "Every 6 months (March and September)", "Quarterly: Q1, Q2, Q3, Q4",
    "Jan, Apr, Jul, Oct", "Sept then quarterly", "Q1, Q2, Q3 and Q4",
  ])("%j recurs wherever its recurring word stands, so gives neither a date nor a finding", (text) => {
    for (const locale of ["en-GB", "en-US"] as const) expect(parseTimeScaleText(text, locale), locale).toEqual({ due: null });
  });

  // Said nothing of, as the plans write them: work that recurs, or starts with no end, has no date to be overdue by.
  it.each(["Annually July", "Biennial - August", "Finance (October & March)", "Annually in July", "Each September", "Q3 onwards", "From April", "Quarterly", "As per meeting cycle"])(
    "%j, a recurring or open-ended time scale, gives neither",
    (text) => {
      expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null });
    },
  );
});
