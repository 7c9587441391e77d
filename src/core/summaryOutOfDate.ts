/**
 * A RAG Summary generated before the ratings last changed still reads as the plan: a team that
 * updates a rating and sends the workbook on would have the committee read the old counts. What the
 * summary says is read back (its committee sentences and its count tables) and compared with what
 * the plan gives now, as Generate would write it. The order of its rows is not compared (a re-sort
 * moves them and no count), nor the date it was made (counts made last week still hold where
 * nothing moved), nor its notes.
 */
import type { SheetSnapshot } from "./cells";
import { cellText } from "./cells";
import { withoutFindings, type Finding, type FindingCode } from "./findings";
import type { Analysis, GroupCount } from "./model";
import { SheetGrid } from "./sheetGrid";
import { isGivenName } from "./sheetNames";
import { SUMMARY_SHEET } from "./summaryPlan";
import { COMMITTEE_HEADING, COUNT_TABLES, hasLeadTable, type CountTableKey } from "./summaryHeadings";
import { continuedHeading } from "./continuedTables";
import { countNames } from "./grouping";
import { countsInWords, listInWords } from "./sentences";
import { outOfDateFinding, sentenceDifferences, sentencesByReview, splitSentence, type Difference } from "./sentenceDifferences";
import { earlierVersionNote } from "./earlierVersionSheets";

/** A count table's rows: name → count of each column by its header ("Blue", …, "Total"). */
type TableRows = Map<string, Map<string, number>>;

/** What the summary says, or the plan would: committee sentences by review, and each count table's rows by name. */
interface Said {
  sentences: Map<string, string>;
  tables: Map<CountTableKey, { names: string[]; rows: TableRows }>;
}

/** Where each thing the summary says is, to point the finding at it. */
interface Where {
  sentences: Map<string, number>;
  tables: Map<CountTableKey, { heading: number; rows: Map<string, number> }>;
  committeeHeading: number;
}

const TABLE_KEYS = Object.keys(COUNT_TABLES) as CountTableKey[];
const tableOf = (text: string) => TABLE_KEYS.find((k) => text === COUNT_TABLES[k].heading || text === continuedHeading(COUNT_TABLES[k].heading));

function readSummary(sheet: SheetSnapshot): { said: Said; where: Where } | undefined {
  const grid = new SheetGrid(sheet);
  const textAt = (row: number, column: number) => cellText(grid.original(row, column)).trim();
  const said: Said = { sentences: new Map(), tables: new Map() };
  const where: Where = { sentences: new Map(), tables: new Map(), committeeHeading: 0 };
  for (let row = grid.firstRow; row <= grid.lastRow; row++) {
    const heading = textAt(row, 1);
    if (heading === COMMITTEE_HEADING) {
      where.committeeHeading = row;
      // Down to the first table: a row the user left blank among the sentences does not end them.
      for (; row < grid.lastRow && tableOf(textAt(row + 1, 1)) === undefined; row++) {
        // Notes below the sentences (reviews named after sheets) say how, not how many.
        const split = splitSentence(textAt(row + 1, 1));
        if (!split) continue;
        said.sentences.set(split.review, split.rest);
        where.sentences.set(split.review, row + 1);
      }
      continue;
    }
    const key = tableOf(heading);
    if (key === undefined) continue;
    // Its header row names the counts, from column B to "Total"; a page's "(continued)" copy adds to the rows.
    const names: string[] = [];
    for (let column = 2; column <= grid.lastColumn && textAt(row + 1, column) !== ""; column++) names.push(textAt(row + 1, column));
    const table = said.tables.get(key) ?? { names, rows: new Map() };
    const at = where.tables.get(key) ?? { heading: row, rows: new Map() };
    said.tables.set(key, table);
    where.tables.set(key, at);
    for (row += 2; row <= grid.lastRow && textAt(row, 1) !== ""; row++) {
      // A page break inside the table: its heading again, "(continued)", and its header row.
      if (textAt(row, 1) === continuedHeading(COUNT_TABLES[key].heading)) {
        row++;
        continue;
      }
      // A Total cleared or typed over with words is no total, not 0.
      const count = (name: string, value: unknown) => (name === "Total" && typeof value !== "number" ? Number.NaN : Number(value));
      table.rows.set(textAt(row, 1), new Map(names.map((n, i) => [n, count(n, grid.original(row, i + 2))])));
      at.rows.set(textAt(row, 1), row);
    }
  }
  return where.committeeHeading === 0 ? undefined : { said, where };
}

type Counts = Pick<Analysis, "index" | "sentences" | "totals" | "byReview" | "byCategory" | "byLead" | "trackers">;

function planned(analysis: Counts): Said {
  const counted = countNames(analysis.index);
  const names = [...counted, "Total"];
  const rows = (groups: GroupCount[]): TableRows => new Map(groups.map((g) => [g.name, new Map([...counted.map((n): [string, number] => [n, g.counts[n] ?? 0]), ["Total", g.total]])]));
  const tables: Said["tables"] = new Map([
    ["totals", { names, rows: rows([analysis.totals]) }],
    ["byReview", { names, rows: rows(analysis.byReview) }],
    ["byCategory", { names, rows: rows(analysis.byCategory) }],
  ]);
  if (hasLeadTable(analysis.trackers)) tables.set("byLead", { names, rows: rows(analysis.byLead) });
  return { sentences: sentencesByReview(analysis.sentences), tables };
}

/** "10 blue, 1 green, and 3 amber", or "none" where every count is 0. */
function countsText(names: string[], counts: Map<string, number>): string {
  return countsInWords(Object.fromEntries(counts), names.filter((n) => n !== "Total")) || "none";
}

const sameCounts = (a: Map<string, number>, b: Map<string, number>) => a.size === b.size && [...a].every(([n, v]) => b.get(n) === v);

function tableDifferences(was: Said, now: Said, where: Where): Difference[] {
  const differences: Difference[] = [];
  for (const [key, table] of now.tables) {
    const { heading } = COUNT_TABLES[key];
    const old = was.tables.get(key);
    const at = where.tables.get(key);
    if (!old || !at) {
      differences.push({ row: where.committeeHeading, words: `it has no "${heading}" table, which the tracker now gives` });
      continue;
    }
    // The same ratings in another order count alike.
    if ([...old.names].sort().join("\u0001") !== [...table.names].sort().join("\u0001")) {
      differences.push({ row: at.heading + 1, words: `its "${heading}" table counts ${old.names.filter((n) => n !== "Total").join(", ")}, where the tracker's index now counts ${table.names.filter((n) => n !== "Total").join(", ")}` });
      continue;
    }
    for (const [name, counts] of table.rows) {
      const before = old.rows.get(name);
      if (!before) differences.push({ row: at.heading, words: `its "${heading}" table has no row for "${name}" (${countsText(table.names, counts)} now)` });
      else if (!sameCounts(before, counts)) {
        const ratingsAlike = countsText(table.names, before) === countsText(table.names, counts);
        // Only the Total edited: the counts beside it would read the same on both sides, so the totals are said.
        const words = ratingsAlike
          ? `its "${heading}" table gives "${name}" ${Number.isFinite(before.get("Total")) ? `a total of ${before.get("Total")}` : "no number as its total"}, where the tracker now gives ${counts.get("Total")}`
          : `its "${heading}" table counts "${name}" as ${countsText(table.names, before)}, where the tracker now gives ${countsText(table.names, counts)}`;
        differences.push({ row: at.rows.get(name)!, words });
      }
    }
    for (const name of old.rows.keys()) if (!table.rows.has(name)) differences.push({ row: at.rows.get(name)!, words: `its "${heading}" table counts "${name}", which the tracker no longer has` });
  }
  for (const key of was.tables.keys()) if (!now.tables.has(key)) differences.push({ row: where.tables.get(key)!.heading, words: `it has a "${COUNT_TABLES[key].heading}" table, which the tracker no longer gives` });
  return differences;
}

/**
 * A warning for the RAG Summary RAG Tracker generated whose counts are not those the plan gives
 * now, or nothing. A summary the user renamed to keep it (last quarter's, on purpose) is not
 * compared: its marker follows it until the next write marks it kept.
 */
export function summaryOutOfDate(sheets: readonly SheetSnapshot[], analysis: Counts): Finding | undefined {
  const summary = sheets.find((s) => s.generatedKey === "summary" && isGivenName(s.name, SUMMARY_SHEET));
  const read = summary && readSummary(summary);
  if (!summary || !read) return undefined;
  const now = planned(analysis);
  const sentencesSaid = { sentences: read.said.sentences, rows: read.where.sentences, heading: read.where.committeeHeading };
  const differences = [...sentenceDifferences(sentencesSaid, now.sentences), ...tableDifferences(read.said, now, read.where)];
  return outOfDateFinding(summary.name, differences, "summary-out-of-date", "This summary", SUMMARY_AGAIN);
}

const SUMMARY_AGAIN = "generate the RAG summary again before it goes to the committee";

/** The findings of the sheets Generate RAG summary writes (the RAG Summary and Stale Actions) that no longer match the plan. */
const SUMMARY_JOB_BEHIND: readonly FindingCode[] = ["summary-out-of-date", "stale-out-of-date"];

/**
 * The sentence that the summary sheets no longer match the tracker, for a job that leaves them as
 * they are (Check, the Committee Pack), so they are not sent on as they stand: one sentence naming
 * each, as one button writes both ("RAG Summary" and "Stale Actions" do not match …); undefined when they match.
 */
export function summaryOutOfDateNote(findings: readonly Finding[]): string | undefined {
  const sheets = SUMMARY_JOB_BEHIND.flatMap((code) => findings.filter((f) => f.code === code).map((f) => `"${f.sheet}"`));
  if (sheets.length === 0) return undefined;
  if (sheets.length === 1) return `${sheets[0]} does not match the tracker as it stands; ${SUMMARY_AGAIN}.`;
  return `${listInWords(sheets)} do not match the tracker as it stands; ${SUMMARY_AGAIN_BOTH}.`;
}

const SUMMARY_AGAIN_BOTH = "generate the RAG summary again before they go to the committee";

/**
 * The sentence for the Committee Pack, which leaves the summary sheets as they are, where they are out of date, written by an
 * earlier version, or both: both in one sentence, so "generate the RAG summary again" is said once.
 */
export function summaryNoteBesidePack(findings: readonly Finding[]): string | undefined {
  const outOfDate = summaryOutOfDateNote(findings);
  const earlier = earlierVersionNote(findings, "summary-earlier-version");
  if (!outOfDate || !earlier) return outOfDate ?? earlier;
  // The earlier-version sentence ends "; generate the RAG summary again before they are printed.": its reason is kept, its advice said once.
  const reason = earlier.slice(0, earlier.lastIndexOf("; "));
  return `${outOfDate.slice(0, outOfDate.indexOf("; "))}, and ${reason}; ${outOfDate.slice(outOfDate.indexOf("; ") + 2)}`;
}

/** The analysis once Generate has written the summary from it: the summary sheets it found out of date, or written by an earlier version, are replaced. */
export function afterGenerating<A extends { findings: Finding[] }>(analysis: A): A {
  return withoutFindings(withoutFindings(withoutFindings(analysis, "summary-out-of-date"), "stale-out-of-date"), "summary-earlier-version");
}
