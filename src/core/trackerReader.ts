/** Reading a tracker's rows into actions, with a finding for every rating or date problem. */
import type { CellValue } from "./cells";
import { isVolatileDateFormula, stampedUpdates } from "./volatileDates";
import { cellText, columnLetter, fixedDecimalsText, isBlank, isCellError, isUncalculatedFormula, repeatedCellText, trimmed } from "./cells";
import type { Finding } from "./findings";
import type { Action, RatingStatus, Tracker, WordedRating } from "./model";
import type { RagIndex } from "./ragIndex";
import { ACTION_TEXT_ROLES, type Settings } from "./settings";
import type { SheetGrid } from "./sheetGrid";
import type { FallbackRole, TrackerLayout } from "./trackerLayout";
import { headerBelow, rowTexts } from "./trackerLayout";
import { looksLikeRating, normaliseRating } from "./ratings";
import { headerYear, readInHeaderYear, type HeaderYear } from "./headerYear";
import { NAMES_NO_YEAR, NAMES_ONE_FINANCIAL_YEAR, NAMES_REPLACED_DATE, SERIAL_TEXT, digitRunDate, isYearAlone, mentionsTimeOfYear, parseTimeScaleText, type TimeScale } from "./timeScale";
import { DATE_1904_OFFSET, cellDate, dateToSerial, isDateFormat, isMonthFormat, isPlausibleSerial, isTimeFormat, isoToSerial, monthEndOf, serialToIso } from "./dates";
import { formatLongDate, formatMonth } from "./longDate";
import { farYearOrDayMessage, planFirstYear } from "./yearOrDay";
import { capitalised } from "./text";
import { choicesInWords, rowsInWords } from "./sentences";
import { ratingFindings } from "./ratingFindings";
import { entryForFill } from "./fillRating";
import { ROOM_FOR_NEW_ROWS } from "./formats";
import { MAX_ROWS } from "./excelLimits";
import { isNoRatingAtAll, isNoteInRatingCell, isNoteRow, isNotesHeading, isNoteUnderHeading, isWrittenNote, loneCellBelowGap, notesFinding } from "./notesBelowTable";
import { type MergedNoteRow, beginsWithCodeAsWord, mergedNoteArea, mergedNotesFinding } from "./mergedNoteRows";
import { CategoryBlocks } from "./categoryBlocks";
import type { ReviewBand } from "./reviewBands";
import { reviewOfBand } from "./reviewBands";
import { RecommendationHeadings, headingNumber } from "./recommendationHeadings";
import { rowsNotCounted } from "./rowsNotCounted";
import { keyAboveOtherTable } from "./keyAboveOtherTable";
import { headsTableRunningPast, rowsDownToBlank, type PlanAbove } from "./tableRunningPast";
import { isDateAlone, smallTableInsidePlan } from "./tableInsidePlan";
import { smallTableFinding } from "./smallTableFinding";
import { isMeetingDate } from "./datedActionLog";
import { ratedRowsBelow } from "./emptyAboveOtherTable";
import { rowsBelowKeyFinding, tableBelowKeyFinding } from "./rowsBelowKey";
import { closedPlanFinding, closedPlanRows, headerRowUnder, isClosedPlanTitle } from "./closedPlanBelow";
import { isCompleteRating, saysComplete } from "./completeWords";
import { dateErrorFinding } from "./errorValues";
import { isCountLabel, isCountValue } from "./countTables";
import { isCountText, isRatingCodeLabel } from "./countLabels";
import type { ColouredRating } from "./earlierRoundRatings";
import { EarlierRatingFinder, earlierRatingRounds, earlierRoundFinding } from "./earlierRoundRatings";
import { type NumberUse, tenthAsNumberClause } from "./tenthAsNumber";

/** Columns whose own value makes a row an action; a ref or a category alone does not. */
const CONTENT_ROLES = ["recommendation", "actions", "response", "measure", "rating"] as const;
/** Columns that name, number, group, date or rate an action, but do not say what it is. */
const LABEL_ROLES = ["review", "ref", "category", "lead", "due", "updated", "rating"] as const;

export interface TrackerRead {
  tracker: Tracker;
  findings: Finding[];
}

/** A formula not yet calculated or one giving an error (#REF!): warned of as a due date not read, so counted as one. */
const isUnreadDueCell = (value: CellValue): boolean => isUncalculatedFormula(value) || isCellError(value);
/** A step read as a week's, quarter's or half-term's number ("Wk 2", "Qtr 1", "Q 1", "Summer term 1"), not a stage of the work's ("Stage 1"). */
const PERIOD_STEP = /^(?:week|wks?|quarter|qtr|q|autumn|spring|summer)(?![a-z])/i;

/** `today`: the real date, which no last update can be after (the report date may be earlier, for a past report). */
export function readTracker(grid: SheetGrid, layout: TrackerLayout, lastRow: number, index: RagIndex, settings: Settings, today: string): TrackerRead {
  const { columns } = layout;
  const { locale } = settings;
  // Each role's place in a row's values, found once: the loop below reads the row's own array
  // instead of asking the grid for every cell (-1: no such column, or left of the snapshot).
  const at = (column: number | undefined) => (column === undefined || column < grid.firstColumn ? -1 : column - grid.firstColumn);
  const reviewAt = at(columns.review);
  const refAt = at(columns.ref);
  const categoryAt = at(columns.category);
  const recommendationAt = at(columns.recommendation);
  const actionsAt = at(columns.actions);
  const responseAt = at(columns.response);
  const leadAt = at(columns.lead);
  const ratingAt = at(columns.rating);
  const statusAt = at(layout.statusBeside);
  const dueAt = at(columns.due);
  const earlier = (role: FallbackRole) => layout.earlierRounds[role].map(at).filter((o) => o >= 0);
  const earlierDueAt = earlier("due");
  const earlierResponseAt = earlier("response");
  const earlierLeadAt = earlier("lead");
  const updatedAt = at(columns.updated);
  const contentAt = CONTENT_ROLES.map((role) => at(columns[role])).filter((o) => o >= 0);
  const contentBesideRatingAt = CONTENT_ROLES.filter((role) => role !== "rating")
    .map((role) => at(columns[role]))
    .filter((o) => o >= 0);
  const fillsMerges = grid.fillsMerges;
  const hasFills = grid.hasFills && ratingAt >= 0;
  /** The rating a blank rating cell's fill means, where the door gave its fill (ratingFills.ts keeps only a cell's own). */
  const colourAt = (row: number, column: number): ColouredRating | undefined => {
    const fill = grid.fill(row, column);
    const entry = fill === undefined ? undefined : entryForFill(fill, index);
    return entry && { entry, fill: fill! };
  };
  /** The value as the user sees it (merged areas filled), as grid.get gives it. */
  const valueAt = (cells: readonly CellValue[], row: number, offset: number): CellValue => {
    if (offset < 0) return null;
    const own = cells[offset] ?? null;
    return fillsMerges && isBlank(own) ? grid.get(row, offset + grid.firstColumn) : own;
  };
  /** A date from a cell meant to hold one; the number format is looked up only for a number, the one kind it decides. */
  const dateAt = (value: CellValue, row: number, offset: number): string | null =>
    typeof value === "number" ? cellDate(value, grid.numberFormat(row, offset + grid.firstColumn), grid.date1904) : value instanceof Date ? cellDate(value, null) : null;

  /** An action's number as the sheet shows it: "2.10" where a fixed-decimals format shows Excel's 2.1 so. */
  const refText = (value: CellValue, row: number): string =>
    (typeof value === "number" && fixedDecimalsText(value, grid.numberFormat(row, refAt + grid.firstColumn))) || cellText(value);

  const headerTexts = rowTexts(grid, layout.headerRow, layout);
  const headerFirst = grid.original(layout.headerRow, layout.firstColumn);
  const headerFirstFolded = String(headerFirst).trim().toLowerCase();
  const actions: Action[] = [];
  const findings: Finding[] = [];
  let section = sectionAboveHeader(grid, layout);
  // A review's name written once, above its block of rows (not merged), names the rows below it too.
  let lastReview = "";
  // On a sheet with no Review column, a band row may name the review of the rows below it instead (reviewBands.ts).
  const reviewBands: ReviewBand[] = [];
  // The first review's band often sits above the header, as each later one sits above its block.
  const bandAbove = reviewAt < 0 ? reviewBandAboveHeader(grid, layout) : undefined;
  if (bandAbove) reviewBands.push(bandAbove);
  // A category written once, above its block of rows (not merged), names the rows below it where the column is laid out so.
  const categoryBlocks = categoryAt < 0 ? undefined : new CategoryBlocks();
  // A recommendation numbered 1 on its own row heads its actions 1a, 1b below it (recommendationHeadings.ts).
  const headings = new RecommendationHeadings();
  // Trackers repeat the same few rating spellings on every row: each is judged once, and counted for the sheet's spelling.
  const ratings = new Map<string, RatingUse>();
  // `counted`: a use of the round read, counted for its spelling; an earlier round's cell is judged through the same memo but not counted.
  const judge = (value: CellValue, counted: boolean): RatingStatus => {
    if (typeof value !== "string") return normaliseRating(value, index);
    let use = ratings.get(value);
    if (!use) ratings.set(value, (use = { status: normaliseRating(value, index), uses: 0 }));
    if (counted) use.uses++;
    return use.status;
  };
  const rate = (value: CellValue): RatingStatus => judge(value, true);
  /** What the plan tells of its own rows, where a small table below it may run past its columns (tableRunningPast.ts). */
  const tablePlan: PlanAbove = {
    lastColumn: layout.lastColumn,
    wordsColumns: ACTION_TEXT_ROLES.map((role) => columns[role]).filter((c) => c !== undefined),
    ratingColumn: columns.rating,
    isRated: (r) => columns.rating !== undefined && rate(grid.get(r, columns.rating)).kind === "rated",
    isDateAlone: (r, c) => isDateAlone(grid, r, c, locale),
  };
  // Reviews, categories, leads and time scales repeat too: each distinct text is tidied once.
  const repeatedText = repeatedCellText();
  // Gathered as the rows are read, so no later pass over every action is needed.
  const ratingProblems: Action[] = [];
  // Where the rating column is one round of several, an action it has not rated yet is looked up in the earlier rounds (earlierRoundRatings.ts).
  const ratingRounds = ratingAt < 0 ? [] : earlierRatingRounds(layout);
  const earlierRatings =
    ratingRounds.length === 0 ? undefined : new EarlierRatingFinder({ column: columns.rating!, header: layout.headers.rating ?? "" }, ratingRounds, ratingRounds.map((r) => at(r.column)), (value) => judge(value, false), (column) => grid.isColumnHidden(column), hasFills ? colourAt : undefined);
  const refs = refAt < 0 ? undefined : new RefRegister();
  // Each action whose number an earlier one of its review has, with whether its cell holds a number: said once every row is read.
  const duplicateRefs: { action: Action; first: Action; isNumber: boolean }[] = [];
  const ratedAlone: number[] = [];
  const updatedErrors: { row: number; value: CellValue }[] = [];
  // Below a blank row under the actions read so far, a row may be a note rather than an action (notesBelowTable.ts).
  let belowGap = false;
  // Actions of one cell of text below a blank row, which a link would make notes (Tracker.loneCellsBelowGap).
  const loneCells: { row: number; column: number }[] = [];
  // Below a blank row once the lone cells read since it are links: two linked titles in a row are both asked, as the first's link keeps the second below the gap.
  let belowGapIfLinked = false;
  // Whether the last action read has a number: under numbered actions, an unnumbered linked title is a note (notesBelowTable.ts).
  let numberedAbove = false;
  // The notes met since the last action, said in one finding when the next action comes or the table ends.
  let notes: number[] = [];
  // Every note row, kept for the tracker: a report an earlier version recorded may hold them as actions.
  const noteRows: number[] = [];
  // Titles read as sections since an earlier version counted them as actions with no rating: kept so its reports can tell them from removed actions.
  const sectionRows: number[] = [];
  // The rows of a small table of the team's own below the plan (tableRunningPast.ts, tableInsidePlan.ts), which an earlier version counted as actions.
  const tableRows: number[] = [];
  // A row's text at a column's offset, as a report holds an action by it.
  const textAt = (row: number, at: number): string => (at < 0 ? "" : exactText(grid.get(row, at + grid.firstColumn)));
  const saysAction = (row: number) => textAt(row, recommendationAt) !== "" || textAt(row, actionsAt) !== "";
  // The rows of a closed plan kept above or below the table, kept alike (closedPlanAbove.ts, closedPlanBelow.ts).
  const above = layout.closedPlanAbove;
  const closedRows = above ? closedPlanRows(above.headerRow, above.lastRow, saysAction) : [];
  // Under a "Notes" heading below the actions: its rows are notes, numbered or not, down to the first a rating, a date or a section ends.
  let underNotesHeading = false;
  // Rows of one text merged from the action's column through the rating's (mergedNoteRows.ts), said in one finding.
  const mergedNotes: MergedNoteRow[] = [];
  // Time scales read with a month's two digits as the year, not said as far from the report date: weighed against the plan's other years once all are read.
  const yearOrDayDues: { row: number; column: number; text: string; digits: string; due: string }[] = [];
  // Rows whose due year is a month's two digits, which do not vouch for one another as the plan's years ("Dec 16" and "Sept 17").
  const twoDigitYearRows = new Set<number>();
  const mergedNoteEnd = columns.rating ?? columns.due;
  // A tracker kept one row per review, with no column for what the action is, rates the review itself.
  const saysWhatActionIs = columns.recommendation !== undefined || columns.actions !== undefined || columns.measure !== undefined;
  // Columns that label or date an action without saying what it is: a row with no text anywhere else has no action
  // (a number there is a share done or a count of days, worked out by a formula on every row).
  const labelColumns = new Set([
    ...LABEL_ROLES.map((role) => columns[role]).filter((c) => c !== undefined),
    ...layout.earlierRounds.due,
    ...layout.earlierRounds.lead,
    ...layout.otherRounds.filter((o) => o.role === "rating").map((o) => o.column),
  ]);
  const onlyLabelsFilled = (row: number): boolean => grid.filledColumns(row).every((c) => labelColumns.has(c) || typeof grid.original(row, c) !== "string");
  /**
   * Where an update or a lead is read round by round, the place of the latest round whose cell says
   * something on the row (see saysNothing), else the read round's: a new update or lead stands where given.
   */
  const latestSayingAt = (cells: readonly CellValue[], row: number, offset: number, earlierAt: number[]): number => {
    if (earlierAt.length === 0 || !saysNothing(valueAt(cells, row, offset))) return offset;
    for (const before of earlierAt) if (!saysNothing(valueAt(cells, row, before))) return before;
    return offset;
  };
  /**
   * The one year the time-scale column's own header names ("Timescale 2021/22"). Only where it is the sheet's one
   * time-scale column: beside a revised date or a second column headed alike, its year may be the first plan's alone.
   */
  const soleDueColumn = earlierDueAt.length === 0 && !layout.duplicates.some((d) => d.role === "due");
  const dueHeaderYear = soleDueColumn && layout.headers.due !== undefined ? headerYear(layout.headers.due) : undefined;
  /** The time scales read in the header's year ("Q3" under "Timescale 2021/22"), said once for the sheet. */
  const readInYear = { rows: 0, texts: new Set<string>() };
  /** A date's text; a serial number kept as text ("44361") counted from 1904 where the workbook counts its dates so, as the number is. */
  const readText = (text: string): TimeScale => {
    const serial = grid.date1904 ? SERIAL_TEXT.exec(text)?.[1] : undefined;
    const date = serial === undefined ? null : cellDate(Number(serial), null, true);
    return date ? { due: date } : parseTimeScaleText(text, locale);
  };
  /**
   * The latest revision after the round read, `readAt`, that means a date but gives none RAG Tracker reads ("Spring",
   * "Extended to Q4"), and where it is: "Not revised", "TBC" or "N/A" mention no time and say nothing to warn of.
   */
  const unreadRevision = (cells: readonly CellValue[], row: number, readAt: number): { at: number; text: string; noYear: boolean } | undefined => {
    for (const offset of [dueAt, ...earlierDueAt]) {
      if (offset === readAt) return undefined;
      const value = valueAt(cells, row, offset);
      if (typeof value !== "string" || NO_REVISION.test(value)) continue;
      const scale = parseTimeScaleText(repeatedText(value), locale);
      if (scale.noYear || (scale.due === null && mentionsTimeOfYear(value))) return { at: offset, text: value.trim(), noYear: scale.noYear === true };
    }
    return undefined;
  };
  /**
   * The round a revised date is read from: the latest whose cell gives a date, or a date that cannot be
   * right, so "Not revised", "See original", "TBC" or "Spring" (a time of year with no year) leave the date first set standing; else the latest.
   */
  const datedRoundAt = (cells: readonly CellValue[], row: number): number => {
    for (const offset of [dueAt, ...earlierDueAt]) {
      const value = valueAt(cells, row, offset);
      if (dateAt(value, row, offset) !== null) return offset;
      if (typeof value === "string" && !isBlank(value)) {
        // "As above" down a column means the date above it, not the first date: it stands, with no date.
        if (AS_ABOVE.test(value)) return offset;
        const scale = parseTimeScaleText(repeatedText(value), locale);
        if (scale.due !== null || (scale.problem !== undefined && !scale.noYear && !scale.unread)) return offset;
      }
    }
    return dueAt;
  };
  /**
   * A heading merged across the row from the action's column through the rating's, with no number and nothing else on the
   * row ("Strategic Aim 2 – Early help" over B:F): the section it is, as the same heading merged from the first column is.
   * A note so merged ("Action 1.2 withdrawn – see 1.1") is said as a note, not made a category (isMergedHeading).
   */
  const isMergedSectionRow = (row: number, only: number): boolean => {
    if (!fillsMerges) return false;
    const text = grid.original(row, only);
    if (typeof text !== "string" || !isMergedHeading(text) || readsAsMergedRating(text)) return false;
    const merge = mergedNoteArea(grid, row, columns);
    return merge !== undefined && merge.top === row && merge.left === only;
  };
  // A rating the index reads, or a word it suggests one for ("Complete": did you mean Blue?): what a rating cell says, not a note.
  // Merged across the row, a code counts only as the whole text: "A review found this duplicated 1.2" is a sentence, no Amber.
  const readsAsMergedRating = (text: CellValue): boolean => {
    const status = judge(text, false);
    return status.kind === "rated" || (status.kind === "invalid" && status.suggestion !== undefined && !(typeof text === "string" && beginsWithCodeAsWord(text, status.suggestion)));
  };
  const anyMergedValue = (cells: readonly CellValue[], row: number, offsets: number[]): boolean => offsets.some((offset) => !isBlank(valueAt(cells, row, offset)));

  for (let row = layout.headerRow + 1; row <= lastRow; row++) {
    const cells = grid.rowValues(row);
    // Counted up to three: one cell can be a section, and only a row of one or two can be a labelled count.
    const filledCount = cells ? grid.filledCount(row, 3) : 0;
    if (!cells || filledCount === 0) {
      if (actions.length > 0) belowGap = belowGapIfLinked = true;
      continue;
    }
    if (repeatsHeader(grid, row, layout, headerFirst, headerFirstFolded, headerTexts)) continue; // a header repeated after a page break
    if (filledCount === 1) {
      const only = grid.filledColumns(row)[0]!;
      const text = grid.original(row, only);
      // Last year's plan kept below this one, under a title saying it is closed and a header of its own: the table ends at the title (closedPlanBelow.ts).
      const closedHeader = belowGap && actions.length > 0 && typeof text === "string" && isClosedPlanTitle(text) ? headerRowUnder(grid, row, (below) => headerBelow(grid, below, layout, settings) !== null) : undefined;
      if (closedHeader !== undefined) {
        findings.push(closedPlanFinding(grid, row, String(text).trim(), layout.headerRow, index, lastRow));
        closedRows.push(...closedPlanRows(closedHeader, lastRow, saysAction));
        break;
      }
      // A note written in one cell ("NB: the audit…"), alone in the first column or merged across the row, is no section: it names no category.
      if (typeof text === "string" && isWrittenNote(text)) {
        notes.push(row);
        noteRows.push(row);
        continue;
      }
      // "Notes" alone on its row under the actions heads notes, not a category; a line alone under it is one of them, unless it numbers a new section.
      // In the rating column, as a plan rated first has it in its first column, only where no rating is read or suggested for it.
      if (actions.length > 0 && typeof text === "string" && (only !== columns.rating || isNoRatingAtAll(judge(text, false))) && (isNotesHeading(text) || (underNotesHeading && !startsWithSectionLabel(text)))) {
        underNotesHeading = true;
        notes.push(row);
        noteRows.push(row);
        continue;
      }
      const sectionCell = isSectionRow(grid, row, only, layout) || isMergedSectionRow(row, only);
      const titleCell = !sectionCell && isLabelledTitleCell(text, only, layout);
      if (sectionCell || titleCell) {
        const band = reviewAt < 0 ? reviewOfBand(cellText(grid.original(row, only))) : null;
        if (band !== null) {
          reviewBands.push({ row, review: band });
          continue;
        }
        section = cellText(grid.original(row, only));
        if (titleCell) sectionRows.push(row);
        categoryBlocks?.newSection();
        underNotesHeading = false;
        continue;
      }
    } else if (startsWithSectionLabel(cells[layout.firstColumn - grid.firstColumn]) || isBareSectionLabel(cells[layout.firstColumn - grid.firstColumn])) {
      const labelled = labelledSection(grid, row, layout);
      if (labelled) {
        section = labelled;
        if (isBareSectionLabel(cells[layout.firstColumn - grid.firstColumn])) sectionRows.push(row);
        categoryBlocks?.newSection();
        underNotesHeading = false;
        continue;
      }
    }
    if (!anyFilled(cells, contentAt)) {
      // "Key:" in the number column and the key beside it under a column that says nothing of what an action is (a theme, a lead):
      // a note, said as the others are, not a row passed over unsaid.
      if (filledCount === 2 && (belowGap || actions.length > 0) && isNoteRow(grid, row, columns, { belowGap, saysWhatActionIs, numberedAbove })) {
        notes.push(row);
        noteRows.push(row);
      }
      continue;
    }
    // Only a row whose last cell of the merge shows text it does not hold can be such a note: one look at the merges for few rows.
    if (fillsMerges && mergedNoteEnd !== undefined && isBlank(grid.original(row, mergedNoteEnd)) && !isBlank(grid.get(row, mergedNoteEnd))) {
      const merge = mergedNoteArea(grid, row, columns);
      // "Blue" (or "Complete", did you mean Blue?) merged across a numbered row is that action's rating, read and warned of as merged into the rating column.
      if (merge && !readsAsMergedRating(grid.original(merge.top, merge.left))) {
        mergedNotes.push({ row, merge });
        noteRows.push(row);
        continue;
      }
    }

    const ratingValue = valueAt(cells, row, ratingAt);
    let rating = rate(ratingValue);
    // A rating given by colour alone, where the door was asked for the fills of blank rating cells.
    if (rating.kind === "unrated" && hasFills) {
      const coloured = colourAt(row, columns.rating!);
      if (coloured) {
        rating = { kind: "rated", entry: coloured.entry, canonical: false, fill: coloured.fill, ...(grid.holdsEmptyFormula(row, columns.rating!) && { byFormula: true as const }) };
      }
    }
    // A header row holds no rating: only a row without one can be this table's header reworded, or another table's.
    if (rating.kind !== "rated") {
      const header = headerBelow(grid, row, layout, settings);
      if (header === "same") continue;
      if (header === "other") {
        const kindAt = (r: number) => headerBelow(grid, r, layout, settings);
        const key = keyAboveOtherTable(grid, row, index, kindAt);
        // The plan's own header under the key: the plan goes on there, no other table (rowsBelowKey.ts).
        const belowKey = key && (key.kind === "same" ? rowsBelowKeyFinding(grid, key, layout.headerRow, index, kindAt) : tableBelowKeyFinding(grid.name, key, key.header, layout.headerRow));
        findings.push(belowKey ?? anotherTableFinding(grid.name, row, layout.headerRow));
        break;
      }
      // Below a blank row, a small table running past the plan's columns ("Lead | Meeting | Date" under "RAG | Action"): another
      // table, though its headings name few roles. Left out, warned of as another table where some of its rows are rated, else
      // said as rows not counted, as actions taken for it by mistake would vanish from the count. An action added there with a
      // comment beside it is no such table (tableRunningPast.ts).
      if (header === null && belowGap && headsTableRunningPast(grid, row, tablePlan, actions.at(-1)?.row)) {
        const rows = rowsDownToBlank(grid, row, lastRow);
        findings.push(ratedRowsBelow(grid, row, index, lastRow).length > 0 ? anotherTableFinding(grid.name, row, layout.headerRow) : smallTableFinding(grid.name, rows, grid));
        tableRows.push(...rows);
        break;
      }
      // Typed inside a wider plan's columns, the same table is told by its dates where the plan keeps none ("12 October 2021"
      // under "Action"): left out too, and said, as none of its rows is rated; the rows below it are read on.
      const tableEnd = header === null && belowGap ? smallTableInsidePlan(grid, row, lastRow, columns, (value) => looksLikeRating(value, index), locale) : undefined;
      if (tableEnd !== undefined) {
        const rows: number[] = [];
        for (let r = row; r <= tableEnd; r++) rows.push(r);
        findings.push(smallTableFinding(grid.name, rows, grid));
        tableRows.push(...rows);
        row = tableEnd;
        continue;
      }
    }
    // A count is never a rating: only a row whose rating is invalid can be one, which spares most rows the look.
    if (rating.kind === "invalid" && isCountBesideTable(cells, ratingValue, contentBesideRatingAt, index)) continue;
    if (rating.kind !== "rated" && filledCount <= 3 && (isLabelledCount(cells, index) || isCountHeader(cells))) continue;
    // "1 | Action 1.4 was withdrawn by the Strategic Group…" under "Notes": a note the team numbered, not an action to rate.
    // In a plan of two columns the note's number, or its words, fill the rating column: neither is a rating.
    const noteInRating = underNotesHeading && isNoteInRatingCell(ratingValue, rating);
    if (underNotesHeading && (rating.kind === "unrated" || noteInRating) && isNoteUnderHeading(grid, row, columns, noteInRating)) {
      notes.push(row);
      noteRows.push(row);
      continue;
    }
    const heading = rating.kind === "unrated" && refAt >= 0 ? headingNumber(grid, row, lastRow, columns, refText) : undefined;
    if (heading !== undefined) {
      const headingCategory = categoryAt < 0 ? "" : repeatedText(valueAt(cells, row, categoryAt));
      headings.start(row, heading, recommendationAt < 0 ? "" : exactText(valueAt(cells, row, recommendationAt)), headingCategory);
      if (reviewAt >= 0) lastReview = repeatedText(valueAt(cells, row, reviewAt)) || lastReview;
      categoryBlocks?.heading(lastReview || reviewBands.at(-1)?.review || grid.name, headingCategory, !isBlank(cells[categoryAt]));
      continue;
    }
    // Straight under an action only a note in one cell or a label and its text can be one: a cheap first look for the rows of the table.
    if (rating.kind === "unrated" && (belowGap || (filledCount <= 2 && actions.length > 0)) && isNoteRow(grid, row, columns, { belowGap, saysWhatActionIs, numberedAbove })) {
      notes.push(row);
      noteRows.push(row);
      continue;
    }
    // One cell of text alone below a blank row is a note where it links to a web address or a file: the door that read no links is asked of it.
    const lone: number | undefined = rating.kind === "unrated" && belowGapIfLinked ? loneCellBelowGap(grid, row, columns) : undefined;
    if (lone !== undefined) loneCells.push({ row, column: lone });
    // A rating with nothing beside it to say what is rated: a row made ready by a formula (=IF(H7="","Red",…)), or rated before its action was typed.
    // A value that is no rating stays an action with an invalid rating, so a stray entry is seen.
    if (rating.kind === "rated" && saysWhatActionIs && !anyFilled(cells, contentBesideRatingAt) && !(fillsMerges && anyMergedValue(cells, row, contentBesideRatingAt)) && onlyLabelsFilled(row)) {
      ratedAlone.push(row);
      // A review named on the row (its overall rating, say) still names the rows below it.
      if (reviewAt >= 0) lastReview = repeatedText(valueAt(cells, row, reviewAt)) || lastReview;
      continue;
    }

    // A blank rating beside a Status that says the action is done: not chased, and the finding says why.
    const statusValue = rating.kind === "unrated" && statusAt >= 0 ? valueAt(cells, row, statusAt) : null;
    const statusComplete = statusValue !== null && saysComplete(statusValue) ? cellText(statusValue).trim() : undefined;
    // A complete action is neither stale nor overdue, so a date it does not give is not worth a word.
    const open = !isCompleteRating(rating, ratingValue) && statusComplete === undefined;
    let due: string | null = null;
    let dueProblem: string | undefined;
    let dueMeant: string | undefined;
    let unreadRevisionWords: string | undefined;
    let dueStepOrDay: TimeScale["stepOrDay"];
    /** A month's two digits read as its year ("Sept 28"), which may have been meant as its day. */
    let dueYearOrDay: string | undefined;
    let dueText = "";
    let dueShown: string | undefined;
    let dueMonth = false;
    const dueColumnAt = earlierDueAt.length === 0 ? dueAt : datedRoundAt(cells, row);
    // A revision that means a date but gives none ("Spring", "Extended to Q4") leaves the date set before it standing: said, as that date is still judged.
    const revision = open && dueColumnAt !== dueAt ? unreadRevision(cells, row, dueColumnAt) : undefined;
    if (dueAt >= 0) {
      const value = valueAt(cells, row, dueColumnAt);
      const shown = dateAt(value, row, dueColumnAt);
      const typed = digitsShownAsDate(value, shown, locale);
      const date = typed === undefined ? shown : null;
      // A real date is its own due date, with no time-scale text beside it.
      if (date !== null) {
        // A due date after 2099 (a mistyped year) would keep the action from ever being overdue.
        const implausible = date > LAST_PLAUSIBLE_DATE ? lateDateProblem(date) : earlyDateProblem(date);
        if (!implausible && isMonthFormat(grid.numberFormat(row, dueColumnAt + grid.firstColumn))) {
          // Typed "March 2026", the cell holds the 1st and shows "Mar-26": the month, due at its end, as the words typed as text are.
          due = monthEndOf(date);
          dueText = formatMonth(date);
          dueMonth = true;
        } else if (!implausible) due = date;
        else if (open) {
          dueProblem = implausible;
          // Said as the date the cell shows in every door: the add-in is given its serial, the file door a date.
          dueShown = date;
        }
      } else dueText = typed ?? repeatedText(value);
      const timeOnly = date === null ? timeOnlyProblem(value, grid.numberFormat(row, dueColumnAt + grid.firstColumn), grid.date1904) : undefined;
      if (timeOnly !== undefined) {
        if (open) dueProblem = timeOnly;
      }
      // A year typed into a cell is a number (2021), read as the text it shows; so is a date typed without separators (31032022), to be said, even where the cell's date format shows it as a date centuries away.
      // So is any number in a cell not formatted as a date, which shows as that number (80000, a date of 2119 pasted as a value).
      else if (date === null && (typed !== undefined || typeof value === "string" || typeof value === "number")) {
        let parsed = readText(dueText);
        // "Q3" under "Timescale 2021/22": read in the year the column's header names, and said once for the sheet.
        const inYear = parsed.noYear && dueHeaderYear ? readInHeaderYear(dueText, dueHeaderYear, locale) : undefined;
        if (inYear) {
          parsed = inYear;
          readInYear.rows++;
          readInYear.texts.add(dueText.trim());
        }
        // A year mistyped (2202 for 2022) would keep the action from ever being overdue, as a date cell's would.
        const implausible = parsed.due === null ? undefined : parsed.due > LAST_PLAUSIBLE_DATE ? `"${dueText.trim()}" is after 2099, a date no action plan means` : earlyDateProblem(parsed.due, dueText);
        due = implausible ? null : parsed.due;
        // Digits typed with no separators or a date that is not real are said, like every other date problem, only of an open action.
        if (open) dueProblem = typed !== undefined ? shownDigitsProblem(shown!, typed) : (parsed.problem ?? implausible);
        dueMeant = parsed.meant;
        unreadRevisionWords = parsed.unreadRevision;
        dueStepOrDay = parsed.stepOrDay;
        dueYearOrDay = parsed.yearOrDay;
      }
      // =TODAY()+30 is due a month from whenever the workbook is opened: never overdue in Excel, so not used, and said.
      const formula = grid.hasFormulas ? grid.formula(row, dueColumnAt + grid.firstColumn) : undefined;
      if (formula !== undefined && isVolatileDateFormula(formula) && due !== null) {
        due = null;
        if (open) {
          dueProblem = `is a formula (=${formula}), which gives a new date each day the workbook is opened`;
          dueText = `=${formula}`;
        }
      }
    }
    let updated: string | null = null;
    let updatedProblem: string | undefined;
    let updatedMeant: string | undefined;
    let updatedValue: CellValue = null;
    let updatedTyped: string | undefined;
    let updatedShown: string | undefined;
    /** Where the last update names a period ("Q3 2021/22"), its first day. */
    let updatedBegan: string | undefined;
    if (updatedAt >= 0) {
      updatedValue = valueAt(cells, row, updatedAt);
      const shown = dateAt(updatedValue, row, updatedAt);
      updatedTyped = digitsShownAsDate(updatedValue, shown, locale);
      const date = updatedTyped === undefined ? shown : null;
      const timeOnly = date === null ? timeOnlyProblem(updatedValue, grid.numberFormat(row, updatedAt + grid.firstColumn), grid.date1904) : undefined;
      if (date !== null) {
        const early = earlyDateProblem(date);
        // Shown only as its month ("Dec-26"), as a month typed as text is: dated at its start, and not "after today" once begun.
        if (!early && isMonthFormat(grid.numberFormat(row, updatedAt + grid.firstColumn))) {
          updated = `${date.slice(0, 8)}01`;
          updatedBegan = updated;
        } else if (!early) updated = date;
        else {
          if (open) updatedProblem = early;
          // Not empty: lists show the date the cell holds, as the warning says it, where "never" would not be true.
          updatedShown = shownDay(date, updatedValue);
        }
      } else if (timeOnly !== undefined) {
        if (open) updatedProblem = timeOnly;
      } else if (updatedTyped !== undefined || (typeof updatedValue === "string" && !isBlank(updatedValue)) || typeof updatedValue === "number") {
        const written = updatedTyped ?? String(updatedValue).trim();
        const parsed = readText(written);
        if (parsed.problem) {
          if (open) updatedProblem = updatedTyped !== undefined ? shownDigitsProblem(shown!, updatedTyped) : parsed.problem;
          updatedMeant = parsed.meant;
        }
        // A year is due at its end, but as a last update it could be twelve months out either way.
        else if (isYearAlone(written)) updatedProblem = open ? `"${written}" is only a year` : undefined;
        else if (parsed.due !== null) {
          // A month written as the last update was made at some time in it: dated at its start, never fresher than it may be.
          // A quarter or a year is too long to date by either end: its end, as a time scale's, and never "after today" once begun.
          const month = parsed.start !== undefined && parsed.start.slice(0, 7) === parsed.due.slice(0, 7);
          const date = month ? parsed.start! : parsed.due;
          if (parsed.start !== undefined) updatedBegan = parsed.start;
          const early = earlyDateProblem(date, written);
          if (!early) updated = date;
          else if (open) updatedProblem = early;
        }
        // "Ongoing" says nothing of when the row was last updated, which then reads as never; "Never" says so itself.
        else if (open && !NEVER.test(written)) updatedProblem = `"${written}" is not a date`;
      }
    }
    // A mistyped year (2030 for 2020) keeps the action from ever being stale: said, but the date is kept as written,
    // since read as "never updated" the lists would say what the cell does not. A date cell's value is said as its date,
    // which the add-in is given as a serial number and the file doors as a date.
    if (open && updated !== null && (updatedBegan ?? updated) > today) findings.push(futureUpdateFinding(grid.name, row, columns.updated!, typeof updatedValue === "string" ? cellText(updatedValue) : updated, updated, today));
    const refValue = valueAt(cells, row, refAt);
    if (reviewAt >= 0) lastReview = repeatedText(valueAt(cells, row, reviewAt)) || lastReview;
    const category = categoryAt < 0 ? "" : repeatedText(valueAt(cells, row, categoryAt));
    const action: Action = {
      sheet: grid.name,
      row,
      review: lastReview || reviewBands.at(-1)?.review || grid.name,
      ref: refAt < 0 ? "" : refText(refValue, row),
      category: category || section,
      // Long texts are kept as written, line breaks and edges too: reports quote them exactly.
      recommendation: recommendationAt < 0 ? "" : exactText(valueAt(cells, row, recommendationAt)),
      actions: actionsAt < 0 ? "" : exactText(valueAt(cells, row, actionsAt)),
      response: responseAt < 0 ? "" : exactText(valueAt(cells, row, earlierResponseAt.length === 0 ? responseAt : latestSayingAt(cells, row, responseAt, earlierResponseAt))),
      lead: leadAt < 0 ? "" : repeatedText(valueAt(cells, row, earlierLeadAt.length === 0 ? leadAt : latestSayingAt(cells, row, leadAt, earlierLeadAt))),
      rating,
      // A date typed into the rating cell is kept as the date it shows, not as Excel's serial (44494).
      ratingValue: typeof ratingValue === "number" ? shownAsDate(ratingValue, grid.numberFormat(row, ratingAt + grid.firstColumn)) : ratingValue,
      // A date the cell holds that is not used (a year typed into a date cell, 13 July 1905) is shown as the warning says it.
      dueText: dueText || (dueShown ? shownDay(dueShown, valueAt(cells, row, dueColumnAt)) : ""),
      due,
      updated,
    };
    if (due === null && (dueProblem !== undefined || (open && dueAt >= 0 && isUnreadDueCell(valueAt(cells, row, dueColumnAt))))) action.dueUnread = true;
    // A cell that gives no date but is not empty shows what it holds: "never" would not be true of it.
    if (updated === null && (updatedShown !== undefined || shownInsteadOfNever(updatedValue))) action.updatedWritten = updatedShown ?? cellText(updatedValue);
    if (statusComplete !== undefined) action.statusComplete = statusComplete;
    if (dueMonth) action.dueMonth = true;
    actions.push(action);
    belowGap = false;
    underNotesHeading = false;
    belowGapIfLinked = lone !== undefined;
    numberedAbove = refAt >= 0 && !isBlank(refValue);
    if (notes.length > 0) {
      findings.push(notesFinding(grid.name, notes, grid, columns, true));
      notes = [];
    }
    const headingCategory = headings.carryTo(action, category);
    categoryBlocks?.read(action, headingCategory || category, headingCategory === "" && !isBlank(cells[categoryAt]));
    if (action.rating.kind !== "rated" || !action.rating.canonical) ratingProblems.push(action);
    if (earlierRatings && action.rating.kind === "unrated") {
      const earlier = earlierRatings.look(action, cells, valueAt);
      if (earlier?.entry.complete) action.completeLastRound = earlier.entry.name;
      if (earlier) action.earlierRoundRating = earlier.entry.name;
    }
    // A number merged down beside several actions (one recommendation, several actions) is shared, not duplicated.
    if (refs && action.ref !== "" && !isBlank(cells[refAt])) {
      const first = refs.firstWith(action, refKey(refValue, action.ref));
      // A log numbered by the meeting's date, from its first action on, gives each action the meeting agreed the same date: no number
      // used twice (datedActionLog.ts). A date typed by mistake in a log numbered 1, 2, 3 is still one.
      const refColumn = refAt + grid.firstColumn;
      if (first && !(isMeetingDate(grid, row, refColumn, locale) && isMeetingDate(grid, actions[0]!.row, refColumn, locale))) {
        duplicateRefs.push({ action, first, isNumber: typeof refValue === "number" });
      }
    }
    if (dueProblem) findings.push(dateFinding(grid.name, row, dueColumnAt + grid.firstColumn, dueText || dueShown || cellText(valueAt(cells, row, dueColumnAt)), dueProblem, "time scale", locale, dueMeant));
    // "Week 2 - Dec 2021" is read at the month's end, which the week's end, or a day meant, may fall well before. The cell already
    // names that day, so the words that make its number a step's are what to leave out.
    if (open && dueStepOrDay && due !== null && !unreadRevisionWords) {
      const { step, weekEnd, day } = dueStepOrDay;
      const instead = [...(weekEnd ? [`if the week's end is meant, write its date, such as ${formatLongDate(weekEnd)}`] : []), ...(day ? [`if ${formatLongDate(day)} is meant, write the date alone, ${formatLongDate(day)}`] : [])];
      // "Stage 1", "Year 1": a step of the work, where a week's, quarter's or term's number is a period's.
      const numbered = PERIOD_STEP.test(step) ? "a week's, quarter's or term's number" : "the number of a stage of the work";
      findings.push(dateWarning(grid.name, row, dueColumnAt + grid.firstColumn, dueText, `Row ${row}: the time scale "${dueText.trim()}" is read as ${formatLongDate(due)}, the month's end, as "${step}" is taken for ${numbered}, not a day; ${instead.join("; ")}.`));
    }
    if (open && unreadRevisionWords && due !== null) {
      findings.push(dateWarning(grid.name, row, dueColumnAt + grid.firstColumn, dueText, `Row ${row}: the time scale "${dueText.trim()}" gives a revised date RAG Tracker does not read ("${unreadRevisionWords}"), so the date before it, ${formatLongDate(due)}, is still used; write the new date with its year, such as Q3 2021/22 or September 2021.`));
    }
    const farYear = open && due !== null && dueYearOrDay !== undefined ? farYearOrDayMessage(row, dueText.trim(), dueYearOrDay, due, settings.asOf ?? today) : undefined;
    if (farYear) findings.push(dateWarning(grid.name, row, dueColumnAt + grid.firstColumn, dueText, farYear));
    if (due !== null && dueYearOrDay !== undefined) twoDigitYearRows.add(row);
    if (!farYear && open && due !== null && dueYearOrDay !== undefined) yearOrDayDues.push({ row, column: dueColumnAt + grid.firstColumn, text: dueText, digits: dueYearOrDay, due });
    if (revision) {
      const why = revision.noYear ? NAMES_NO_YEAR : "gives no date RAG Tracker reads";
      const then = due ? `so the one set before it ("${dueText || formatLongDate(due)}") is still used` : "so it is not used";
      findings.push(dateWarning(grid.name, row, revision.at + grid.firstColumn, revision.text, `Row ${row}: the revised time scale "${revision.text}" ${why}, ${then}; write the new date with its year, such as Q3 2021/22 or September 2021.`));
    }
    if (updatedProblem && columns.updated !== undefined) findings.push(dateFinding(grid.name, row, columns.updated, updatedTyped ?? cellText(updatedValue), updatedProblem, "last-updated date", locale, updatedMeant));
    // A date a formula gives, where the file holds no result (written by a program that does not calculate): said as a rating's is.
    if (open && dueAt >= 0 && isUncalculatedFormula(valueAt(cells, row, dueColumnAt))) findings.push(uncalculatedDateFinding(grid.name, row, dueColumnAt + grid.firstColumn, valueAt(cells, row, dueColumnAt), "time scale"));
    if (open && columns.updated !== undefined && isUncalculatedFormula(updatedValue)) findings.push(uncalculatedDateFinding(grid.name, row, columns.updated, updatedValue, "last-updated date"));
    if (open && dueAt >= 0) pushDefined(findings, dateErrorFinding(grid.name, row, dueColumnAt + grid.firstColumn, valueAt(cells, row, dueColumnAt), "due"));
    // Said once the sheet is known to be judged stale or not (stampedUpdates, below).
    if (open && columns.updated !== undefined && isCellError(updatedValue)) updatedErrors.push({ row, value: updatedValue });
  }

  if (notes.length > 0) findings.push(notesFinding(grid.name, notes, grid, columns));
  if (mergedNotes.length > 0) findings.push(mergedNotesFinding(grid.name, mergedNotes, grid, columns));
  // A month's two digits read as a year more than a year before the plan's other actions are due ("Dec 16" among 2019's and
  // 2020's): said, as a year far before the report date's is. Only with two other dated actions to tell the plan's years by.
  if (yearOrDayDues.length > 0) {
    // One pass over the actions, not one per such time scale: 20,000 actions' "Dec 21"s took 19 s when each scanned the rest.
    const years = new Map<number, number>();
    let dated = 0;
    let plainFirst = Infinity;
    for (const a of actions) {
      if (a.due === null) continue;
      const y = Number(a.due.slice(0, 4));
      years.set(y, (years.get(y) ?? 0) + 1);
      dated++;
      if (!twoDigitYearRows.has(a.row)) plainFirst = Math.min(plainFirst, y);
    }
    const othersFirst = planFirstYear(years, plainFirst);
    for (const d of yearOrDayDues) {
      const message = dated - 1 >= 2 ? farYearOrDayMessage(d.row, d.text.trim(), d.digits, d.due, settings.asOf ?? today, othersFirst) : undefined;
      if (message) findings.push(dateWarning(grid.name, d.row, d.column, d.text, message));
    }
  }
  if (readInYear.rows > 0) findings.push(headerYearFinding(grid.name, dueAt + grid.firstColumn, dueHeaderYear!, readInYear.rows, [...readInYear.texts]));
  categoryBlocks?.carryDown();
  if (ratedAlone.length > 0) findings.push(ratedAloneFinding(grid.name, ratedAlone, columns.rating!, layout));
  const headingsFinding = headings.finding(grid.name, columnLetter(columns.ref ?? layout.firstColumn));
  if (headingsFinding) findings.push(headingsFinding);
  const spelling = ratingSpelling(ratings);
  // Concatenated, not spread into push: a large sheet has more findings than a call may take arguments.
  /** The end of a duplicate number's sentence where it is probably 2.10 that Excel shortened to 2.1 (tenthAsNumber.ts). */
  const tenthAsNumber = ({ action, first, isNumber }: (typeof duplicateRefs)[number]): string | undefined => {
    if (sameWording(action, first)) return undefined;
    const placed = (a: Action, number: boolean): NumberUse => {
      const i = actionIndexAtRow(actions, a.row);
      const sameReview = (b: Action | undefined) => (actions[i] === a && b && b.review.toLowerCase() === a.review.toLowerCase() ? b : undefined);
      return { action: a, isNumber: number, before: sameReview(actions[i - 1]), after: sameReview(actions[i + 1]) };
    };
    const firstIsNumber = typeof grid.original(first.row, refAt + grid.firstColumn) === "number";
    return tenthAsNumberClause(action.ref, placed(first, firstIsNumber), placed(action, isNumber), columnLetter(columns.ref!), (ref) => refs!.held(action.review, refKey(ref, ref)));
  };
  const refFindings = duplicateRefs.map((d) => duplicateRefFinding(d.action, d.first, columns.ref!, tenthAsNumber(d)));
  const allFindings = findings.concat(columns.rating !== undefined ? ratingFindings(ratingProblems, columns.rating, spelling, index, earlierRatings) : [], refFindings);
  if (earlierRatings && earlierRatings.found.size > 0) {
    const unrated = ratingProblems.filter((a) => a.rating.kind === "unrated").length;
    pushDefined(allFindings, earlierRoundFinding(grid.name, layout.headerRow, earlierRatings, unrated, actions.length, index));
  }

  const last = actions.at(-1)?.row ?? layout.headerRow;
  const tracker: Tracker = {
    sheet: grid.name,
    headerRow: layout.headerRow,
    firstRow: actions[0]?.row ?? layout.headerRow + 1,
    lastRow: last,
    columns,
    headers: layout.headers,
    actions,
    ratingSpelling: spelling,
    wordedRatings: wordedRatings(ratings),
    roomBelow: emptyRowsBelow(grid, last, Object.values(columns)),
    ...(reviewBands.length > 0 ? { reviewBands } : {}),
    ...(ratingRounds.length > 0 ? { earlierRatingColumns: ratingRounds.map((r) => r.column) } : {}),
    ...(loneCells.length > 0 ? { loneCellsBelowGap: loneCells } : {}),
    ...rowsNotCounted(headings.rows, noteRows, (row) => ({ recommendation: textAt(row, recommendationAt), actions: textAt(row, actionsAt) }), closedRows, sectionRows, tableRows),
  };
  const stamped = stampedUpdates(grid, columns.updated, actions, (a) => !isCompleteRating(a.rating, a.ratingValue));
  if (stamped.column) tracker.updatedByFormula = stamped.column;
  const staleJudged = columns.updated !== undefined && !stamped.column;
  for (const { row, value } of updatedErrors) pushDefined(allFindings, dateErrorFinding(grid.name, row, columns.updated!, value, staleJudged ? "updated" : "updatedNotJudged"));
  return { tracker, findings: allFindings.concat(stamped.findings) };
}

/**
 * Empty rows after `row` in the table's columns (a merged area reaching into them counts as filled),
 * up to the first that is not: the RAG key, notes or another table below are never formatted as new rows.
 */
function emptyRowsBelow(grid: SheetGrid, row: number, columns: number[]): number {
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  const limit = Math.min(ROOM_FOR_NEW_ROWS, MAX_ROWS - row);
  for (let n = 0; n < limit; n++) {
    // Past the snapshot's last row every row is empty.
    if (row + n + 1 > grid.lastRow) return limit;
    for (let column = left; column <= right; column++) if (!isBlank(grid.get(row + n + 1, column))) return n;
  }
  return limit;
}

/** What a later round's update or lead holds where nothing changed: its earlier round's value stands. */
const NOT_REVISED = /^\s*(n\/?a|not applicable|-+|–|—|none|no change|unchanged|same|as original)\s*\.?\s*$/i;

const AS_ABOVE = /^\s*(as above|see above|ditto)\s*\.?\s*$/i;

/** A revised date's cell that says the date was not revised, whatever follows ("Not revised (agreed at March board)", "TBC – may change"). */
const NO_REVISION = /^\s*(?:not\s+(?:revised|changed)|no\s+change|unchanged|see\s+original|as\s+original|original\s+date|tb[ca]|n\/?a)\b/i;

function saysNothing(value: CellValue): boolean {
  return isBlank(value) || (typeof value === "string" && NOT_REVISED.test(value));
}

/** A last-updated text that says the row has never been updated. */
const NEVER = /^\s*(never|not yet|none|n\/?a|-|–|—)\s*\.?\s*$/i;

/** A last-updated cell that gives no date but is not empty ("#VALUE!", "Ongoing"): lists show what it holds, where "never" would not be true. */
function shownInsteadOfNever(value: CellValue): boolean {
  return !isBlank(value) && !(typeof value === "string" && NEVER.test(value));
}

/**
 * A date a cell holds and is not used, as lists show it: in words, from 1 March 1900 (Excel counts a
 * 29 February 1900 that never was, so earlier serials are a day out) to 9999; else what the cell holds.
 */
function shownDay(iso: string, value: CellValue): string {
  return iso.charCodeAt(0) !== PLUS && iso >= "1900-03-01" && iso <= "9999-12-31" ? formatLongDate(iso) : cellText(value);
}

function pushDefined(findings: Finding[], finding: Finding | undefined): void {
  if (finding) findings.push(finding);
}

/**
 * A date before 1990 is no action plan's: most often a year typed into a cell formatted as a date,
 * which Excel shows as a day in 1905 (2021 is 13 July 1905), or a 0 that a formula gave. `written`:
 * the text the date was read from, when it was text. Undefined for a plausible date.
 */
function earlyDateProblem(iso: string, written?: string): string | undefined {
  if (iso.charCodeAt(0) === PLUS) return lateDateProblem(iso);
  if (iso >= "1990-01-01") return undefined;
  if (written !== undefined) return `"${written}" is before 1990, too early for an action plan`;
  const serial = isoToSerial(iso);
  if (serial === 0) return "is 0, which Excel shows as 00/01/1900 and is no date";
  if (serial >= 1990 && serial <= 2099) return `reads as ${formatLongDate(iso)} (Excel's date for the number ${serial}: a year typed into a cell formatted as a date)`;
  return `reads as ${formatLongDate(iso)}, before 1990 and too early for an action plan`;
}

/** The number as the date its cell shows where its number format is a date's (a General 45000 is a number), else the number. */
function shownAsDate(value: number, numberFormat: string | null): CellValue {
  return isDateFormat(numberFormat) && Number.isFinite(value) ? new Date(`${serialToIso(Math.floor(value))}T00:00:00Z`) : value;
}

/** A whole number of six to eight digits in a date cell not formatted as one: a date typed without separators (31032022; 1102021, Excel's 01102021). */
function isDigitRunNumber(value: CellValue): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 100000 && value <= 99999999;
}

/**
 * The digits of a date typed without separators into a cell formatted as a date, which Excel then
 * shows as a date after 2099 (31032021 as 1 October 86862, 310321 as 2749, never overdue): the
 * add-in is given the number, the file door a date. Only where the digits make a date of 1990 to
 * 2099: a real date after 2099 (a mistyped year, 2201) is said as the date it is. Undefined for any
 * other value, or where the cell is not read as a date (`shown` null).
 */
function digitsShownAsDate(value: CellValue, shown: string | null, locale: Settings["locale"]): string | undefined {
  // Most dates are plausible: one comparison of the date already read rules them out (a year past 9999 is written "+086862-10").
  if (shown === null || (shown <= LAST_PLAUSIBLE_DATE && shown.charCodeAt(0) !== PLUS)) return undefined;
  const serial = value instanceof Date ? dateToSerial(value) : value;
  return isDigitRunNumber(serial) && digitRunDate(String(serial), locale) !== undefined ? String(serial) : undefined;
}

const LAST_PLAUSIBLE_DATE = "2099-12-31";
const PLUS = "+".charCodeAt(0);

/** What a date cell holding digits typed without separators shows, said as the cell shows it, since either reading may be the one meant. */
/** A number in a cell formatted to show only a time: no date, said with the day it holds where an action plan could mean it. */
function timeOnlyProblem(value: CellValue, numberFormat: string | null, date1904: boolean): string | undefined {
  if (typeof value !== "number" || !isTimeFormat(numberFormat)) return undefined;
  const serial = Math.floor(date1904 ? value + DATE_1904_OFFSET : value);
  const held = isPlausibleSerial(serial) ? ` (as a date, the cell holds ${formatLongDate(serialToIso(serial))})` : "";
  return `is formatted to show only a time ("${numberFormat}"), which gives no date${held}`;
}

function shownDigitsProblem(shown: string, digits: string): string {
  return `${lateDateProblem(shown)}, perhaps the digits ${digits} typed with no separators`;
}

function lateDateProblem(iso: string): string {
  return `shows ${formatLongDate(iso)}, a date no action plan means`;
}

/** True when any of the row's cells at these places holds a value of its own. */
function anyFilled(cells: readonly CellValue[], offsets: number[]): boolean {
  for (let i = 0; i < offsets.length; i++) if (!isBlank(cells[offsets[i]!])) return true;
  return false;
}

/** Text as the cell holds it, edges and line breaks included, so reports quote it exactly; "" for blank. */
function exactText(value: CellValue): string {
  return typeof value === "string" ? (isBlank(value) ? "" : value) : cellText(value);
}

function repeatsHeader(grid: SheetGrid, row: number, layout: TrackerLayout, headerFirst: CellValue, headerFirstFolded: string, headerTexts: string): boolean {
  // Cheap test first: most rows differ from the header in their first cell.
  const first = grid.original(row, layout.firstColumn);
  if (typeof first !== typeof headerFirst || (typeof first === "string" && !foldsTo(first, headerFirstFolded))) return false;
  return rowTexts(grid, row, layout) === headerTexts;
}

/** Whether text.trim().toLowerCase() is `folded`, without that copy for most text of another length. */
function foldsTo(text: string, folded: string): boolean {
  const tidy = trimmed(text);
  // Lower-casing keeps every character's length but İ's (U+0130, one unit, lower-cased to two).
  if (tidy.length !== folded.length && !tidy.includes("\u0130")) return false;
  return tidy.toLowerCase() === folded;
}

/**
 * "Strategic Aim 1 – Safeguarding is everyone's business" on a row of its own: only the
 * table's first column is filled (perhaps merged across the row), with text, and no rating.
 */
function isSectionRow(grid: SheetGrid, row: number, only: number, layout: TrackerLayout): boolean {
  if (only !== layout.firstColumn && only !== grid.firstColumn) return false;
  if (only === layout.columns.rating) return false;
  const value = grid.original(row, only);
  return typeof value === "string" && /[A-Za-z]{3}/.test(value);
}

/** "Strategic Aim 1", "Strategic Priority 2", "Aim 3", "Priority 4", "Section 5": a label that numbers a section of the plan. */
const SECTION_LABEL = /^\s*(strategic\s+(aim|priority|objective)|aim|priority|section)\s*\d+\b/i;
/** The label's words with no number ("Strategic Aim" | 1 | "Safeguarding is everyone's business"). */
const BARE_SECTION_LABEL = /^\s*(strategic\s+(aim|priority|objective)|aim|priority|section)\s*$/i;
/**
 * A title a label begins, typed in a cell alone outside the first column: "Strategic Aim 1 …" whatever follows, the other
 * labels only with the number standing apart ("Priority 2 – Neglect", "Aim 3:", "Section 4" on a line of its own), since
 * an action typed alone may begin with such words ("Section 11 and school 157/175 audits to be circulated").
 */
const SECTION_TITLE = /^\s*(?:strategic\s+(?:aim|priority|objective)\s*\d+\b|(?:aim|priority|section)\s*\d+\s*(?:$|[\n:–—\-.)]))/i;

/** Asked of most rows: the first character (A, P, S, or a space before the label) rules out nearly every one without a pattern. */
function mayStartSectionLabel(value: string): boolean {
  const code = value.charCodeAt(0);
  const lower = code | 0x20;
  return code <= 0x20 || code === 0xa0 || lower === 0x61 || lower === 0x70 || lower === 0x73;
}

function startsWithSectionLabel(value: CellValue | undefined): boolean {
  return typeof value === "string" && mayStartSectionLabel(value) && SECTION_LABEL.test(value);
}

function isBareSectionLabel(value: CellValue | undefined): boolean {
  return typeof value === "string" && mayStartSectionLabel(value) && BARE_SECTION_LABEL.test(value);
}

/**
 * "Strategic Aim 2 – Reduce the number of children …" alone on its row in the Action column, as the delivery plan reads
 * pasted from its document: the section it names, as the same title in the first column is, not an action with no rating.
 */
function isLabelledTitleCell(text: CellValue, only: number, layout: TrackerLayout): boolean {
  return only !== layout.columns.rating && typeof text === "string" && mayStartSectionLabel(text) && SECTION_TITLE.test(text) && !NOTE_ABOUT_ACTIONS.test(text);
}

/** An action's number ("1.2", "3.10") or "see": a note about actions ("Action 1.2 withdrawn – see 1.1"), not a section's title. */
const NOTE_ABOUT_ACTIONS = /\b\d+\.\d+\b|\bsee\b/i;
/** Longer than a section's title runs ("Strategic Aim 1 – Safeguarding is everyone's business" is 7 words). */
const MAX_HEADING_WORDS = 12;

/**
 * A text merged across a row with nothing else on it that reads as a section's title: one a section's label begins, or a
 * short title that is no note ("Priority 2 – Neglect", "Theme 1: Voice of the child", "Early help"); not a written note
 * ("NB: …"), a sentence ending in a full stop, or a note about actions by their numbers.
 */
function isMergedHeading(text: string): boolean {
  if (startsWithSectionLabel(text)) return true;
  const trimmed = text.trim();
  return /[A-Za-z]{3}/.test(trimmed) && !isWrittenNote(trimmed) && !NOTE_ABOUT_ACTIONS.test(trimmed) && !trimmed.endsWith(".") && trimmed.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/**
 * A section named in up to three cells with no rating: "Strategic Aim 1" alone, or "Strategic
 * Aim 1" | "Safeguarding is everyone's business", read "Strategic Aim 1 – Safeguarding is everyone's business";
 * or the label split from its number, "Strategic Aim" | 1 | "Safeguarding is everyone's business", read the same.
 */
function labelledSection(grid: SheetGrid, row: number, layout: TrackerLayout): string | null {
  const filled = grid.filledColumns(row);
  if (filled.length > 3 || (layout.columns.rating !== undefined && filled.includes(layout.columns.rating))) return null;
  const texts = filled.map((c) => cellText(grid.original(row, c)).trim());
  const first = grid.original(row, filled[0]!);
  if (isBareSectionLabel(first) && texts.length > 1 && /^\d+$/.test(texts[1]!)) return [`${texts[0]} ${texts[1]}`, ...texts.slice(2)].join(" – ");
  if (!startsWithSectionLabel(first)) return null;
  return filled.map((c) => cellText(grid.original(row, c))).join(" – ");
}

/** "Case Review: Frankie (LSPR)" alone on the first filled row above the header: the review of the rows below it. */
function reviewBandAboveHeader(grid: SheetGrid, layout: TrackerLayout): ReviewBand | undefined {
  for (let row = layout.headerRow - 1; row >= Math.max(grid.firstRow, layout.headerRow - 3); row--) {
    if (grid.isBlankRow(row)) continue;
    const filled = grid.filledColumns(row);
    if (filled.length !== 1 || !isSectionRow(grid, row, filled[0]!, layout)) return undefined;
    const review = reviewOfBand(cellText(grid.original(row, filled[0]!)));
    return review === null ? undefined : { row, review };
  }
  return undefined;
}

/** The delivery plan puts "Strategic Aim 1" above its header row: it names the section of the rows below the header. */
function sectionAboveHeader(grid: SheetGrid, layout: TrackerLayout): string {
  for (let row = layout.headerRow - 1; row >= Math.max(grid.firstRow, layout.headerRow - 3); row--) {
    if (grid.isBlankRow(row)) continue;
    return labelledSection(grid, row, layout) ?? "";
  }
  return "";
}

/**
 * "Blue actions | 2" kept under the table: a number in the rating column (never a rating), or a
 * count with its noun where a label says so ("Total" | "14 actions"), with
 * nothing in the other action columns but a label such as "Total" (or a rating's code, "B") is a count the team keeps, not
 * an action; so is one beside such a label and a heading over the counts ("Summary" | "Total Blue" | 3).
 * A formula whose result the file does not hold, alone on its row, is taken for the same.
 */
function isCountBesideTable(cells: readonly CellValue[], ratingValue: CellValue, contentBesideRatingAt: number[], index: RagIndex): boolean {
  // "14 actions" (a count and its noun) is a count where a label says so: alone on its row it may be a stray entry to see.
  const countText = isCountText(ratingValue);
  if (!isCountValue(ratingValue) && !countText) return false;
  let labelled = false;
  let headed = false;
  for (let i = 0; i < contentBesideRatingAt.length; i++) {
    const value = cells[contentBesideRatingAt[i]!] ?? null;
    if (isBlank(value)) continue;
    if (isCountLabel(value, index) || isRatingCodeLabel(value, index)) labelled = true;
    else if (isHeadingWords(value)) headed = true;
    else return false;
  }
  // A heading alone is no label: "Agreed | 3" may be an action with a number for its rating.
  return labelled || (!headed && !countText);
}

/** "Summary", "Totals", "RAG summary": up to three words with no digit, as a heading over counts. */
function isHeadingWords(value: CellValue): boolean {
  return typeof value === "string" && value.length <= 30 && !/\d/.test(value) && value.trim().split(/\s+/).length <= 3;
}

/**
 * A count label and a number, with its share beside it or not, wherever they sit ("Blue | 7" or
 * "Blue | 7 | 58%" under the No and Action columns): a count, not an action.
 */
function isLabelledCount(cells: readonly CellValue[], index: RagIndex): boolean {
  // A label and one or two numbers fill three cells at most: a fuller row (most rows asked) is ruled out
  // before any label's words are looked at.
  let filled = 0;
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i]) && ++filled > 3) return false;
  let labels = 0;
  let numbers = 0;
  for (const value of cells) {
    if (isBlank(value)) continue;
    if (typeof value === "number" || isCountValue(value) || isPercentText(value)) numbers++;
    else if (isCountLabel(value, index)) labels++;
    else return false;
  }
  return labels === 1 && numbers >= 1 && numbers <= 2;
}

const isPercentText = (value: CellValue) => typeof value === "string" && /^\s*\d+(\.\d+)?\s*%\s*$/.test(value);

/** "Count", "Number of actions", "%", "Percentage": the words over a count table's columns. */
const COUNT_HEADING = /^(count|number|number of actions|no\.? of actions|%|percent|percentage|share|total)$/;

/** The header of a count table kept under the tracker ("Rating | Count | %"): headings only, one of them over the counts. */
function isCountHeader(cells: readonly CellValue[]): boolean {
  // Headings are texts: a number or a date anywhere (an action's number, its dates) rules the row out at once.
  for (let i = 0; i < cells.length; i++) if (cells[i] != null && typeof cells[i] !== "string") return false;
  let counts = false;
  let filled = 0;
  for (const value of cells) {
    if (isBlank(value)) continue;
    filled++;
    if (typeof value !== "string" || !isHeadingWords(value)) return false;
    if (COUNT_HEADING.test(value.trim().toLowerCase())) counts = true;
  }
  return counts && filled >= 2;
}

/** Said once for a tracker's rows that hold a rating and nothing under the headers that say what an action is. */
function ratedAloneFinding(sheet: string, rows: number[], ratingColumn: number, layout: TrackerLayout): Finding {
  const under = choicesInWords(CONTENT_ROLES.flatMap((role) => (role === "rating" || layout.headers[role] === undefined ? [] : [`"${layout.headers[role]}"`])));
  const one = rows.length === 1;
  return {
    sheet,
    row: rows[0]!,
    column: columnLetter(ratingColumn),
    code: "rating-without-action",
    severity: "info",
    message: `${capitalised(rowsInWords(rows))} ${one ? "holds" : "hold"} a rating but nothing under ${under}, so ${one ? "it is not counted as an action" : "they are not counted as actions"}; type what ${one ? "the action is" : "each action is"}, or clear the rating.`,
  };
}

function anotherTableFinding(sheet: string, row: number, headerRow: number): Finding {
  return {
    sheet,
    row,
    code: "another-table",
    severity: "warning",
    message: `Row ${row} reads as the header of another table, with other columns, so the table headed on row ${headerRow} ends above it and the rows from ${row} down are not counted; move the other table to a sheet of its own so its actions are counted.`,
  };
}

function futureUpdateFinding(sheet: string, row: number, column: number, value: string, updated: string, today: string): Finding {
  return dateWarning(sheet, row, column, value, `Row ${row}: the last-updated date is ${formatLongDate(updated)}, after today (${formatLongDate(today)}), so the action cannot be stale until then; check its year.`);
}

/** `meant`: the date the cell seems to mean, in the locale's form, to suggest in place of the usual example. */
function dateFinding(sheet: string, row: number, column: number, value: string, problem: string, what: string, locale: Settings["locale"], meant?: string): Finding {
  const example = locale === "en-US" ? "06/14/2021" : "14/06/2021";
  const write = problem.includes(NAMES_ONE_FINANCIAL_YEAR)
    ? `write its financial year in full, such as ${meant}`
    : meant
    ? `write it as a date with separators, such as ${meant}`
    : problem.endsWith(NAMES_NO_YEAR)
      ? "write its year too, such as Q3 2021/22 or September 2021"
      : problem.endsWith(NAMES_REPLACED_DATE)
        ? `write the new date once it is set, such as ${example} or December 2021`
        : `write a real date such as ${example} or a month such as December 2021`;
  return dateWarning(sheet, row, column, value, `Row ${row}: the ${what} ${problem}, so it is not used; ${write}.`);
}

/** Said once per column: which texts were read in the header's year, so a reader of the findings knows the year was not guessed. */
function headerYearFinding(sheet: string, column: number, year: HeaderYear, rows: number, texts: string[]): Finding {
  const shown = texts.slice(0, 3).map((t) => `"${t}"`).join(", ") + (texts.length > 3 ? ", …" : "");
  const what = rows === 1 ? "1 time scale" : `${rows} time scales`;
  // Under a calendar year only months and seasons are read (headerYear.ts), so the example is a month.
  const example = year.financial ? `"Q3" is Q3 ${year.written}, October to December ${year.first}` : `"September" is September ${year.first}`;
  return {
    sheet,
    column: columnLetter(column),
    code: "time-scale-header-year",
    severity: "info",
    message: `Column ${columnLetter(column)}'s header names the year ${year.written}, so ${what} with no year (${shown}) ${rows === 1 ? "is" : "are"} read in it (${example}); write a year in a cell where it is another.`,
  };
}

function uncalculatedDateFinding(sheet: string, row: number, column: number, value: CellValue, what: string): Finding {
  const formula = cellText(value);
  return dateWarning(sheet, row, column, formula, `Row ${row}: the ${what} is a formula (${formula}) whose result the file does not hold, so it is not used; open the workbook in Excel and save it so Excel stores the result, or type the date.`);
}

function dateWarning(sheet: string, row: number, column: number, value: string, message: string): Finding {
  return { sheet, row, column: columnLetter(column), code: "date-invalid", severity: "warning", value, message };
}

interface RatingUse {
  status: RatingStatus;
  /** How many actions have this rating written this way. */
  uses: number;
}

/** The ratings written with words after them, each spelling once as Excel compares text (any case, spaces trimmed), most used first. */
function wordedRatings(ratings: Map<string, RatingUse>): WordedRating[] {
  const bySpelling = new Map<string, WordedRating>();
  for (const [value, { status, uses }] of ratings) {
    // A spelling met only in an earlier round's column (uses 0) is not the round read's.
    if (status.kind !== "rated" || !status.withWords || uses === 0) continue;
    // Trimmed as Excel's TRIM trims (spaces only), so the list offers each wording once as Excel would tell them apart.
    const text = value.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
    const key = text.toLowerCase();
    const seen = bySpelling.get(key);
    if (seen) seen.uses += uses;
    else bySpelling.set(key, { name: status.entry.name, text, uses });
  }
  return [...bySpelling.values()].sort((a, b) => b.uses - a.uses);
}

/** The spelling most of the sheet's valid ratings use (codes on ties go to names), from the uses of each distinct spelling. */
function ratingSpelling(ratings: Map<string, RatingUse>): "code" | "name" {
  let codes = 0;
  let names = 0;
  for (const [value, { status, uses }] of ratings) {
    // "Blue - Complete" is neither: the words after it are the team's own, which a fix leaves alone.
    if (status.kind !== "rated" || status.withWords) continue;
    const typed = value.trim().toLowerCase();
    if (typed === status.entry.code.toLowerCase() && typed !== status.entry.name.toLowerCase()) codes += uses;
    else names += uses;
  }
  return codes > names ? "code" : "name";
}

/**
 * What an action's number is remembered by, to find it used twice: its text in any case (a number's
 * text has no capital letter to fold), or the number itself where the text is the number as
 * JavaScript writes it ("12", "3.1": most action numbers). A Map compares numbers without reading a
 * string, which made this check about twice as fast on a large plan; a text that writes the same
 * number ("12" typed as text) meets the number there, as its text did, and no other key does.
 */
function refKey(value: CellValue, ref: string): string | number {
  const text = typeof value === "number" && Number.isFinite(value) ? ref : ref.toLowerCase();
  const n = Number(text);
  return String(n) === text ? n : text;
}

/** The first action of each review (any case) and number (any case), to find numbers used twice. */
class RefRegister {
  private readonly byReview = new Map<string, ReviewNumbers>();
  /** The same numbers by the review as written, so most actions need no lower-cased copy of it. */
  private readonly numbersOf = new Map<string, ReviewNumbers>();

  /** The first action of `review` with the number (`ref`: its refKey), remembering none. */
  held(review: string, ref: string | number): Action | undefined {
    return (this.numbersOf.get(review) ?? this.byReview.get(review.toLowerCase()))?.held(ref);
  }

  /** The earlier action with this action's review and number (`ref`: its refKey); undefined (and this one remembered) when it is the first. */
  firstWith(action: Action, ref: string | number): Action | undefined {
    let numbers = this.numbersOf.get(action.review);
    if (!numbers) {
      const review = action.review.toLowerCase();
      numbers = this.byReview.get(review);
      if (!numbers) this.byReview.set(review, (numbers = new ReviewNumbers()));
      this.numbersOf.set(action.review, numbers);
    }
    return numbers.firstWith(action, ref);
  }
}

/** Below this, a whole number is looked up by its place in an array. */
const LISTED_NUMBERS = 4096;

/**
 * The first action of one review with each number. A review numbers its actions 1, 2, 3…, so a
 * whole number is kept at its place in an array: no hashing, and no Map grown ten times over for
 * a review of a thousand actions (the check cost about as much as reading every rating). Any
 * other key (a text, 3.1, a large number) is kept in a Map. The two never share a key, as a number
 * and a text never do in a Map: the same pairs of actions meet as before.
 */
class ReviewNumbers {
  private readonly listed: (Action | undefined)[] = [];
  private readonly others = new Map<string | number, Action>();

  held(ref: string | number): Action | undefined {
    return typeof ref === "number" && Number.isInteger(ref) && ref >= 0 && ref < LISTED_NUMBERS ? this.listed[ref] : this.others.get(ref);
  }

  firstWith(action: Action, ref: string | number): Action | undefined {
    if (typeof ref === "number" && Number.isInteger(ref) && ref >= 0 && ref < LISTED_NUMBERS) {
      const first = this.listed[ref];
      if (!first) this.listed[ref] = action;
      return first;
    }
    const first = this.others.get(ref);
    if (!first) this.others.set(ref, action);
    return first;
  }
}

/** Two rows that say the same action in the same words: one most likely a copy of the other. */
const sameWording = (a: Action, b: Action) => a.recommendation === b.recommendation && a.actions === b.actions && a.response === b.response && (a.recommendation !== "" || a.actions !== "");

/** The place in `actions` (read top to bottom) of the action on `row`. */
function actionIndexAtRow(actions: readonly Action[], row: number): number {
  let [low, high] = [0, actions.length - 1];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (actions[mid]!.row < row) low = mid + 1;
    else high = mid;
  }
  return low;
}

function duplicateRefFinding(a: Action, first: Action, refColumn: number, tenthAsNumber?: string): Finding {
  return {
    sheet: a.sheet,
    row: a.row,
    column: columnLetter(refColumn),
    code: "duplicate-ref",
    severity: "warning",
    value: a.ref,
    message: tenthAsNumber
      ? `Row ${a.row}: action number ${a.ref} of ${a.review} is also used on row ${first.row}${tenthAsNumber}.`
      : sameWording(a, first)
      ? `Row ${a.row}: action number ${a.ref} of ${a.review} is also used on row ${first.row}, worded the same; if the row was copied by mistake, delete it, and if not, give each action its own number so reports can follow it.`
      : `Row ${a.row}: action number ${a.ref} of ${a.review} is also used on row ${first.row}; give each action its own number so reports can follow it.`,
  };
}
