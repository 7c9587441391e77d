/**
 * The one interface the task pane and the commands talk to. The Office.js door and the
 * .xlsx file door both implement it; neither decides anything the engine decides.
 */
import type { CellAddress, WorkbookSnapshot } from "../core/cells";
import type { Settings } from "../core/settings";
import type { WritePlan } from "../core/writePlan";
import type { CellEdit, FormatPlan, FormatTag } from "../core/formatPlan";
import type { StoreRecord } from "../core/store";

export interface AppliedSheet {
  key: string;
  /** The name the sheet got (a user sheet of the preferred name is never replaced). */
  name: string;
  /** The earlier sheet of this key that the user had renamed, kept as it stands rather than replaced. */
  kept?: string;
  /** The user's own sheet of the name this sheet would have had, left alone. */
  besideOwn?: string;
  /** That sheet is very hidden: the user cannot see it. */
  besideOwnUnseen?: true;
}

/**
 * What reading, recording reports and generating sheets need: every door has it, and the
 * command line's streaming file door has only it (it never changes a user's cells).
 */
export type SheetsDoor = Pick<RagDoor, "label" | "read" | "readFills" | "readFormulas" | "readSettings" | "writeSettings" | "readStore" | "writeStore" | "userName" | "applyPlan">;

/**
 * What reading a workbook for the engine needs: its cells and settings, and the fills of blank
 * rating cells, the formulas of last-updated cells, the links of lone cells below the table and
 * the store's records where the door can say.
 */
export type ReadingDoor = Pick<RagDoor, "read" | "readSettings"> & Partial<Pick<RagDoor, "readFills" | "readFormulas" | "readStore">>;

/** A door's answers to readFormulas: the formulas asked, and the fills and links asked alongside. */
export interface FormulaAnswers {
  formulas: (string | null)[];
  fills: (string | null)[];
  /** The address each cell asked links to ("https://…", a file's), null where it links nowhere or the host cannot say; absent where none were asked. */
  links?: (string | null)[];
}

export interface RagDoor {
  /** Short label for the user: "Excel" or the file name. */
  readonly label: string;
  /** Reads every sheet's used range (values, number formats, merges, generated markers). */
  read(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot>;
  /**
   * The fill colour of each cell, in the order asked: "#RRGGBB" (upper case) for a solid fill as
   * Excel shows it (theme colours and tints resolved), null for no fill (or a fill that is not one
   * colour: a pattern or a gradient). Asked after a read where ratings are blank (a team may colour
   * a rating instead of typing it): of each blank rating cell, a content cell of its row, its earlier
   * rounds' blank rating cells where ratings are kept a round a column (one a round left blank on
   * the row), and a few typed rating cells of each column asked (core/ratingFills.ts).
   */
  readFills(cells: CellAddress[]): Promise<(string | null)[]>;
  /**
   * The formula of each cell, in the order asked, as Excel writes it ("=TODAY()"), or null where the
   * cell holds a value; with the fills of `fills` as readFills gives them, in the same round trip.
   * Only a door whose read gives no SheetSnapshot.formulas has it (Excel's: formulas for every cell
   * would double the read). Asked after a read, of the last-updated cells that gave a date
   * (core/updatedFormulas.ts), so never of more cells than a tracker has rows. Such a door's read
   * gives no SheetSnapshot.webLinks either: `links`, the few cells alone below a blank row read as
   * actions (core/linkQuestions.ts), are asked what they link to in the same round trip.
   */
  readFormulas?(cells: CellAddress[], fills: CellAddress[], links?: CellAddress[]): Promise<FormulaAnswers>;
  readSettings(): Promise<Settings>;
  writeSettings(settings: Settings): Promise<void>;
  /** Every record on the very hidden store sheet (settings, report snapshots); [] when there is none. */
  readStore(): Promise<StoreRecord[]>;
  /** Replaces the store sheet's records in one write (creating the sheet, very hidden, if needed). */
  writeStore(records: StoreRecord[]): Promise<void>;
  /** Who is using the workbook, where the host says (null when it does not). */
  userName(): Promise<string | null>;
  /** Writes or replaces the generated sheets; user sheets are never touched. */
  applyPlan(plan: WritePlan): Promise<AppliedSheet[]>;
  /** Replaces the add-in's formats of these plans' tags on their sheets. */
  applyFormats(plans: FormatPlan[]): Promise<void>;
  /** Removes every format the add-in added with this tag, on every sheet. */
  clearFormats(tag: FormatTag): Promise<number>;
  /** Writes values the user asked to change; each edit is checked against `from` first. */
  applyEdits(edits: CellEdit[]): Promise<number>;
  /** Shows a cell to the user (selects it in Excel; scrolls the workbench grid). */
  select(sheet: string, row: number, column: number): Promise<void>;
}
