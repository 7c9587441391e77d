/** The tracker model the engine builds from a sheet snapshot, and the analysis it returns. */
import type { CellRange, CellValue } from "./cells";
import type { ColumnRole } from "./settings";
import type { Finding } from "./findings";
import type { RagEntry, RagIndex } from "./ragIndex";
import type { SheetReview } from "./sheetReviews";
import type { ReviewBand } from "./reviewBands";

/** Where each recognised column sits: role → Excel column number. */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface Tracker {
  sheet: string;
  /** Excel row number of the header row. */
  headerRow: number;
  /** Excel row numbers of the first and last action. */
  firstRow: number;
  lastRow: number;
  columns: ColumnMap;
  /** The header text of each recognised column, for messages and the JSON output. */
  headers: Partial<Record<ColumnRole, string>>;
  actions: Action[];
  /** Whether the sheet mostly writes ratings as codes ("B") or names ("Blue"); fixes follow it. */
  ratingSpelling: "code" | "name";
  /**
   * The ratings the sheet writes with words after them ("Blue - Complete"), each spelling once (as
   * Excel compares text: any case, spaces trimmed), most used first: the drop-down list offers
   * them as the team writes them.
   */
  wordedRatings: WordedRating[];
  /**
   * Empty rows straight below the last action, in the table's columns, up to ROOM_FOR_NEW_ROWS and
   * never past Excel's last row: where new actions can go, and where the rating formats may reach.
   */
  roomBelow: number;
  /** On a sheet with no review column: the review its actions are counted under, and what names it. */
  sheetReview?: SheetReview;
  /** On a sheet with no review column: the band rows naming the review of the actions below each (reviewBands.ts). */
  reviewBands?: ReviewBand[];
  /**
   * Rows read and deliberately not counted as actions: a recommendation heading its numbered actions
   * (recommendationHeadings.ts) or a note under the table (notesBelowTable.ts). A report recorded by an
   * earlier version may hold them as actions (history/noLongerCounted.ts).
   */
  rowsNotCounted?: RowNotCounted[];
  /**
   * Where the rating column is one round of several, the earlier rounds' rating columns, latest first
   * (earlierRoundRatings.ts): a blank cell there may be coloured in, which ratingFills.ts asks the door.
   */
  earlierRatingColumns?: number[];
  /**
   * Actions read from one cell of text alone below a blank row under the table ("Working Together 2018"), where the door said
   * of no link there: linked to a web address or a file, the row is a note (notesBelowTable.ts), which a door whose read gives
   * no links (Excel's) is asked (linkQuestions.ts).
   */
  loneCellsBelowGap?: { row: number; column: number }[];
  /**
   * The merged areas an action's rating cell lies in (a rating merged down beside several actions):
   * each holds its rating in its top-left cell, where Fix ratings writes it once (ratingFixes.ts).
   */
  ratingMerges?: CellRange[];
  /** Where the last-updated dates are a formula's that changes by itself (volatileDates.ts): which one, and in how many action rows. */
  updatedByFormula?: { formula: string; actions: number };
}

export interface RowNotCounted {
  row: number;
  /** A recommendation heading its numbered actions, a note, an action of a closed plan kept below the table, a section's title, or a row of a small table below it. */
  readAs: "heading" | "note" | "closedPlan" | "section" | "table";
  /** The row's recommendation and actions as read: a report that counted the row as an action holds it by them. */
  recommendation: string;
  actions: string;
}

export interface WordedRating {
  /** The entry's name ("Blue"). */
  name: string;
  /** As the sheet writes it, trimmed ("Blue - Complete"). */
  text: string;
  uses: number;
}

export type RatingStatus =
  /**
   * `fill`: the rating cell holds nothing but this fill colour (#RRGGBB), read as the entry (fillRating.ts).
   * `withWords`: the cell holds the rating with words after it ("Blue - Complete"), read as the rating it starts with (ratingWords.ts).
   * `byFormula`: with `fill`, the cell's nothing is a formula's result, which Fix ratings leaves as it is.
   */
  | { kind: "rated"; entry: RagEntry; canonical: boolean; fill?: string; withWords?: true; byFormula?: true }
  | { kind: "unrated" }
  | { kind: "invalid"; suggestion?: RagEntry };

export interface Action {
  sheet: string;
  /** Excel row number. */
  row: number;
  review: string;
  ref: string;
  category: string;
  recommendation: string;
  actions: string;
  response: string;
  lead: string;
  rating: RatingStatus;
  /** The rating cell exactly as read. */
  ratingValue: CellValue;
  /** The time scale as written ("December 2019", "As per meeting cycle"); empty where the cell holds a real date, which `due` gives. */
  dueText: string;
  /** The time scale is a date cell showing only its month ("Mar-26"), as Excel formats one typed "March 2026": due at the month's end, and `dueText` names the month. */
  dueMonth?: true;
  /** Due date as YYYY-MM-DD, when the time scale names one. */
  due: string | null;
  /** An open action whose time scale holds something that gives no date RAG Tracker reads, each warned of ("Decmber 2019", "31/02/2021"): not checked for being overdue. */
  dueUnread?: true;
  /** Last updated as YYYY-MM-DD; null when blank, unreadable, or when the sheet has no such column. */
  updated: string | null;
  /** The last-updated cell as it shows, where it holds something that gives no date ("#VALUE!", "Ongoing"): lists show it, not "never". */
  updatedWritten?: string;
  /** A Status kept beside the rating that says the action is done ("Complete"), where the rating is blank: not chased, and the finding says so. */
  statusComplete?: string;
  /**
   * Not rated yet in the round read (a sheet or a rating column per round), and rated complete when last
   * rated, by this rating ("Blue"): counted as unrated, but not chased as stale or overdue until the round rates it.
   */
  completeLastRound?: string;
  /**
   * Not rated yet in the rating column read, a column per round, and rated by the latest earlier round
   * that holds anything, by this rating ("Green"): a report that counted that rating sees the action as
   * not yet rated on the new round, not as its rating cleared.
   */
  earlierRoundRating?: string;
  /** The progress update says only a rating ("Green"), typed in the wrong column (ratingAsProgress.ts): a report takes it as no update. */
  progressIsRating?: true;
}

/** Counts per rating name plus Unrated and Invalid. */
export type RatingCounts = Record<string, number>;

export interface GroupCount {
  name: string;
  counts: RatingCounts;
  total: number;
}

export type FlagReason = "stale" | "overdue";

export interface FlaggedAction {
  action: Action;
  /** Days since last updated (stale) or since due (overdue); null when never updated. */
  days: number | null;
}

export interface Analysis {
  asOf: string;
  staleDays: number;
  /** How dates written as text were read (settings.locale); optional for analyses made by hand in tests. */
  locale?: "en-GB" | "en-US";
  /**
   * The sheets the engine reads, in the workbook's order (not those RAG Tracker generated, nor its
   * store): the list a tracker sheet named in the settings is checked against, on Add sheet as on Save.
   */
  sheets: string[];
  index: RagIndex;
  trackers: Tracker[];
  actions: Action[];
  totals: GroupCount;
  byReview: GroupCount[];
  byCategory: GroupCount[];
  byLead: GroupCount[];
  findings: Finding[];
  stale: FlaggedAction[];
  overdue: FlaggedAction[];
  /**
   * Sheets whose tracker is left out because it is hidden (hiddenTrackers.ts): a report recorded
   * before they were left out, or before they were hidden, holds their actions.
   */
  hiddenSheetsLeftOut?: string[];
  /** The actions of those trackers, as read before they were left out: a report that counted them holds them so. */
  hiddenActionsLeftOut?: Action[];
  /**
   * The workbook's sheets the settings leave unread (Settings.trackerSheets names others): never read,
   * so whatever they hold is not known, but a report that counted actions on one is compared knowing it is there.
   */
  sheetsNotRead?: string[];
  /**
   * Sheets skipped for want of a header row that still hold a column of ratings (ratingsWithoutHeader.ts):
   * a header row deleted, so a report that counted their actions is compared knowing they are still there.
   */
  sheetsWithoutHeader?: string[];
  /** The tabs left out as a counted plan's other rounds, visible or hidden (roundTrackers.ts), in the order found: a report keeps their names. */
  roundTabsLeftOut?: string[];
  /** One committee sentence per review, e.g. "Frankie – 14 actions identified (11 blue and 3 amber)". */
  sentences: string[];
}
