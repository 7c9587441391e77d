/**
 * The rows of a large action plan for benchmarks, in the composite case-review layout: n actions
 * over 20 reviews and 6 categories, with a mix of real and text dates and a few rating problems.
 * No spreadsheet library here, so the browser measurement can bundle it with the engine alone.
 */
import type { CellValue, SheetSnapshot } from "../src/core/cells";

/** The report date every benchmark uses, stored in the workbooks' settings so the doors use it too. */
export const REPORT_DATE = "2021-11-01";
/** The day the engine runs, after every date the rows hold, as for any real run of the doors (which use today's date). */
export const RUN_DATE = "2022-06-01";

export const HEADER = ["Review", "Action No", "Theme", "Recommendation", "Action", "Progress Update", "Lead Agency", "Target Date", "Last Updated", "RAG Status"];
const RATINGS = ["Blue", "Green", "Amber", "Red", "blue ", "B", "Yellow", ""];
const THEMES = ["Information sharing", "Professional curiosity", "Thresholds and escalations", "Working with resistance", "Early help", "Neglect"];
/** Text time scales, half in the short form teams type ("Dec 21"), whose two digits the engine weighs as a year or a day. */
const TEXT_DUES = [["January", " 2021"], ["Mar", " 21"], ["June", " 2021"], ["Dec", " 21"]] as const;
const LEADS = ["Police", "Health", "Children's Social Care", "Education", "LSCP Business Team"];

/**
 * Text as a reader hands it over: a parser joins what it read into flat strings, while a template
 * literal leaves a rope that the engine's first look at the text would have to flatten, a cost
 * no real workbook puts on it.
 */
const flat = (...parts: (string | number)[]): string => parts.join("");

export function syntheticRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const review = flat("Review ", String.fromCharCode(65 + (i % 20)));
    const due = i % 3 === 0 ? new Date(Date.UTC(2021, i % 12, 1 + (i % 28))) : i % 3 === 1 ? flat(...TEXT_DUES[i % 4]!) : "As per meeting cycle";
    rows.push([
      review,
      Math.floor(i / 20) + 1,
      THEMES[i % THEMES.length]!,
      flat("Recommendation ", i + 1, ": partners to strengthen ", THEMES[i % THEMES.length]!.toLowerCase(), " across the partnership."),
      flat("Action ", i + 1, ": brief practitioners, update procedures and audit the effect after six months."),
      flat("Progress ", i + 1, ": briefings delivered to ", i % 90, " staff; audit planned for the next quarter."),
      LEADS[i % LEADS.length]!,
      due,
      i % 7 === 0 ? null : new Date(Date.UTC(2021, (i * 5) % 12, 1 + (i % 27))),
      RATINGS[i % 17 === 0 ? 6 : i % 29 === 0 ? 7 : i % 4]!,
    ]);
  }
  return rows;
}

export function syntheticSnapshot(n: number): SheetSnapshot {
  return { name: "Actions", firstRow: 1, firstColumn: 1, values: [HEADER, ...syntheticRows(n)], merges: [] };
}
