/**
 * Ratings kept a round a column ("RAG Q1 21/22 | RAG Q2 21/22 | RAG Q3 21/22"): while the round read
 * is being filled in, an action with no rating in it yet may have one from an earlier round. That
 * rating is never counted (a blank is no rating yet this round, see FALLBACK_ROLES), but it is said,
 * once for the tracker and on each such action, so "9 unrated" is not taken for 9 actions nobody rated.
 */
import type { CellValue } from "./cells";
import { columnLetter, isBlank } from "./cells";
import type { Finding } from "./findings";
import type { Action, RatingStatus } from "./model";
import type { RagEntry, RagIndex } from "./ragIndex";
import type { RoundColumn } from "./roundColumns";
import { roundColumnWords } from "./roundColumns";
import type { TrackerLayout } from "./trackerLayout";
import { writtenRating } from "./ratings";
import { countText, countsInWords } from "./sentences";
import { quoted } from "./text";
import { hueFamily } from "./fillRating";

/** The rating an earlier round gave an action the round read has not rated yet; `fill`: where the cell holds nothing but this colour, read as the entry (fillRating.ts). */
export interface EarlierRating {
  round: RoundColumn;
  entry: RagEntry;
  fill?: string;
}

/** The rating a blank cell's fill means, and the fill, where the door gave one that is the cell's own (ratingFills.ts). */
export interface ColouredRating {
  entry: RagEntry;
  fill: string;
}

/** What the latest earlier round holds for such an action where that is not a rating ("Complete", a date). */
export interface EarlierNotRating {
  round: RoundColumn;
  value: CellValue;
}

/**
 * The earlier rounds' rating columns, latest first, beside the column read; none on a sheet of one
 * rating column, or where the settings name the rating column (no rounds are looked for then).
 */
export function earlierRatingRounds(layout: TrackerLayout): RoundColumn[] {
  const read = layout.columns.rating;
  // otherRounds keeps a role's rounds oldest first.
  return layout.otherRounds
    .filter((o) => o.role === "rating" && !o.later && o.read.column === read)
    .map(({ column, header }) => ({ column, header }))
    .reverse();
}

/**
 * Looks up unrated actions' earlier ratings, as the reader meets them: asked only of an action with
 * no rating in the round read, so a sheet of rated rows costs nothing. Each distinct text is judged
 * once, by the reader's own judge (its memo of ratings), and each earlier rating's words are made
 * once, however many actions they are said of.
 */
export class EarlierRatingFinder {
  /** Only actions with no rating in the round read and one in the latest earlier round that holds anything are here. */
  readonly found = new Map<Action, EarlierRating>();
  /** Actions with no rating in the round read whose latest earlier round holds something that is not a rating: they have no earlier rating. */
  readonly notRatings = new Map<Action, EarlierNotRating>();
  private readonly words = new Map<RoundColumn, Map<RagEntry, string>>();

  /**
   * `read`: the round read; `rounds`: the earlier ones, latest first (earlierRatingRounds); `offsets`:
   * where each earlier round's cell is in a row's values, as the reader places them; `judge`: a cell's
   * rating as the reader judges it, each distinct text once (trackerReader's memo, not counted for the
   * sheet's spelling); `isHidden`: whether a column is hidden in Excel; `colourOf`: the rating a blank
   * cell's fill means, where the door gave fills, as the round read's own blank cells are read.
   */
  constructor(
    readonly read: RoundColumn,
    readonly rounds: readonly RoundColumn[],
    private readonly offsets: readonly number[],
    private readonly judge: (value: CellValue) => RatingStatus,
    private readonly isHidden: (column: number) => boolean = () => false,
    private readonly colourOf?: (row: number, column: number) => ColouredRating | undefined,
  ) {}

  /** 'column J ("RAG Q2 21/22")', and ", which is hidden," after a hidden column's. */
  named(round: RoundColumn): string {
    return roundColumnWords(round, this.isHidden(round.column));
  }

  /** The round read as an action's message names it, before ", though" or ", and" (no second comma after "which is hidden,"). */
  private readNamed(): string {
    return this.named(this.read).replace(/,$/, "");
  }

  /**
   * Notes what the latest earlier round holding anything for the action holds (a row may skip a round,
   * left blank): its rating, or, where that is not a rating ("Complete", "Redd", a date), no earlier
   * rating, as an older round's would be out of date. A blank cell coloured in holds the rating its
   * colour means, as in the round read. `valueAt` reads a row's cell as the reader does. Returns the rating noted.
   */
  look(action: Action, cells: readonly CellValue[], valueAt: (cells: readonly CellValue[], row: number, offset: number) => CellValue): EarlierRating | undefined {
    for (let i = 0; i < this.rounds.length; i++) {
      const value = valueAt(cells, action.row, this.offsets[i]!);
      if (isBlank(value)) {
        const coloured = this.colourOf?.(action.row, this.rounds[i]!.column);
        if (!coloured) continue;
        const earlier = { round: this.rounds[i]!, ...coloured };
        this.found.set(action, earlier);
        return earlier;
      }
      const status = this.judge(value);
      if (status.kind !== "rated") {
        this.notRatings.set(action, { round: this.rounds[i]!, value });
        return undefined;
      }
      const earlier = { round: this.rounds[i]!, entry: status.entry };
      this.found.set(action, earlier);
      return earlier;
    }
    return undefined;
  }

  /**
   * What an unrated action's message adds: ' yet in column K ("RAG Q3 21/22"), though column J ("RAG Q2
   * 21/22") rated it amber' (as the committee's sentences write a rating), or ', and column J ("RAG Q2
   * 21/22") holds "Complete", not a rating'; "" for one no earlier round holds anything for. A rating
   * read from a cell's colour is said to be, with the colour, as the round read's own is.
   */
  wordsFor(action: Action): string {
    const earlier = this.found.get(action);
    if (!earlier) {
      const other = this.notRatings.get(action);
      return other ? ` yet in ${this.readNamed()}, and ${this.named(other.round)} holds ${quoted(writtenRating(other.value))}, not a rating` : "";
    }
    if (earlier.fill !== undefined) return ` yet in ${this.readNamed()}, though ${this.named(earlier.round)} rated it ${earlier.entry.name.toLowerCase()} by colour alone (its cell is filled ${hueFamily(earlier.fill)} (${earlier.fill}) with nothing typed in it)`;
    let byEntry = this.words.get(earlier.round);
    if (!byEntry) this.words.set(earlier.round, (byEntry = new Map()));
    let words = byEntry.get(earlier.entry);
    if (words === undefined) byEntry.set(earlier.entry, (words = ` yet in ${this.readNamed()}, though ${this.named(earlier.round)} rated it ${earlier.entry.name.toLowerCase()}`));
    return words;
  }
}

/**
 * Said once for a tracker whose round read leaves actions unrated that an earlier round rated: which
 * round is read, how many of its actions it has not rated yet, and what the earlier rounds rated them,
 * so the unrated count is understood: one sentence, as it is also a counting note (countingNotes.ts).
 * Undefined where no unrated action has an earlier rating.
 * `unrated`: the tracker's actions with no rating in the round read; `total`: all its actions.
 */
export function earlierRoundFinding(sheet: string, headerRow: number, finder: EarlierRatingFinder, unrated: number, total: number, index: RagIndex): Finding | undefined {
  if (finder.found.size === 0) return undefined;
  const { read, found } = finder;
  const letter = columnLetter(read.column);
  // Each earlier round's ratings of them, latest round first.
  const byRound = new Map<RoundColumn, Record<string, number>>(finder.rounds.map((round) => [round, {}]));
  for (const { round, entry } of found.values()) {
    const counts = byRound.get(round)!;
    counts[entry.name] = (counts[entry.name] ?? 0) + 1;
  }
  const rounds = [...byRound].filter(([, counts]) => Object.keys(counts).length > 0).map(([round, counts]) => ({ round, counts }));
  const names = index.entries.map((e) => e.name);
  const one = unrated === 1;
  const howMany = unrated === total ? (one ? "the 1 action has" : `all ${countText(total)} actions have`) : `${countText(unrated)} of the ${countText(total)} actions ${one ? "has" : "have"}`;
  const without = unrated - found.size;
  let coloured = 0;
  for (const e of found.values()) if (e.fill !== undefined) coloured++;
  let rated: string;
  if (rounds.length === 1 && without === 0) {
    // All from one round: ", though column J rated them 9 amber", or "rated it amber" of one.
    const only = rounds[0]!;
    rated = `, though ${finder.named(only.round)} rated ${one ? `it ${Object.keys(only.counts)[0]!.toLowerCase()}` : `them ${countsInWords(only.counts, names)}`}`;
  } else {
    const parts = rounds.map((r) => `${finder.named(r.round)} rated ${countsInWords(r.counts, names)}`);
    if (without > 0) parts.push(`${countText(without)} ${without === 1 ? "has" : "have"} no earlier rating`);
    // Rounds apart by semicolons, as a round's own ratings are listed with commas ("3 blue, 7 amber and 1 red").
    rated = `: of these, ${parts.slice(0, -1).join("; ")}; and ${parts.at(-1)!}`;
  }
  return {
    sheet,
    row: headerRow,
    column: letter,
    code: "rating-earlier-round",
    severity: "warning",
    value: read.header,
    message: `C${finder.named(read).slice(1)} is the latest round with ratings in it, and ${howMany} no rating in it yet, so ${one ? "is" : "are"} counted as unrated${rated}${colouredWords(coloured, found.size, one)}${notChasedWords([...found.values()].filter((e) => e.entry.complete).length, index)}.`,
  };
}

/**
 * How many of the earlier ratings said were read from a cell's colour, as the round read's own are
 * said to be: ' by colour alone' after the one action's rating ("rated it amber by colour alone"),
 * else in brackets after the list (' (2 of these earlier ratings are given by colour alone)'); "" where
 * every one is typed.
 */
function colouredWords(coloured: number, found: number, one: boolean): string {
  if (coloured === 0) return "";
  if (one) return " by colour alone";
  if (found === 1) return " (that earlier rating is given by colour alone)";
  return ` (${coloured === found ? `all ${countText(found)}` : countText(coloured)} of these earlier ratings ${coloured === 1 ? "is" : "are"} given by colour alone)`;
}

/**
 * '; the 3 rated blue when last rated are left off the overdue and not-updated lists until this round rates them':
 * the actions an earlier round closed are not chased while the new round is filled in (Action.completeLastRound).
 */
export function notChasedWords(closed: number, index: RagIndex): string {
  if (closed === 0) return "";
  const complete = index.entries.filter((e) => e.complete).map((e) => e.name.toLowerCase());
  const one = closed === 1;
  return `; the ${one ? "one" : countText(closed)} rated ${complete.join(" or ")} when last rated ${one ? "is" : "are"} left off the overdue and not-updated lists until this round rates ${one ? "it" : "them"}`;
}
