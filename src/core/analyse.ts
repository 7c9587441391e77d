/** The engine's front door: a workbook snapshot in, every count, finding and flag out. */
import type { WorkbookSnapshot } from "./cells";
import { cellText, columnLetter } from "./cells";
import type { Finding } from "./findings";
import { sortedFindings } from "./findings";
import type { Action, Analysis, Tracker } from "./model";
import type { RagIndex } from "./ragIndex";
import { DEFAULT_RAG_INDEX, completeSentence, unknownCompleteRatings, withCompleteRating } from "./ragIndex";
import type { Settings } from "./settings";
import { SheetGrid } from "./sheetGrid";
import { isStoreSnapshot } from "./store";
import { alikeSheetsSentence, alikeSheetsWords, findSheetName, sheetNameKey, sheetsAlike } from "./sheetMatch";
import { alikeSettingsFindings, settingsOnSheets } from "./settingsSheets";
import { closedPlanAboveFinding } from "./closedPlanAbove";
import { findLayout, headerBelow, ratingColumnByContent, type TrackerLayout } from "./trackerLayout";
import { type KeyRows, rowsBelowKeyFinding } from "./rowsBelowKey";
import { findIndexBlock, type StatusTable } from "./indexBlock";
import { statusTableFinding } from "./statusTableBelow";
import { findLegendAbove, findLegendBelow } from "./indexLegend";
import { findIndexBeside, ratingsLeftOut, withoutIndexBeside, type IndexBeside } from "./indexBeside";
import { looksLikeKeySheetName, readKeySheet, readUnnamedKeySheet, type KeySheetRead } from "./keySheet";
import { readTracker } from "./trackerReader";
import { ROLE_LABELS } from "./columnRoles";
import { countRatings, sheetsWithoutLeads } from "./grouping";
import { flaggedActions } from "./flags";
import { committeeSentence, listInWords } from "./sentences";
import { WorkbookUnusableError } from "./errors";
import { isIsoDate } from "./dates";
import { notJudged, notJudgedFinding } from "./notJudged";
import { otherRoundsFindings } from "./roundColumns";
import { outranksRating, passedOverRatingFinding } from "./currentRating";
import { isListsSheet, listsSheetMessage } from "./listsSheet";
import { contentsList, contentsListMessage } from "./contentsSheet";
import { indexSourceText, otherIndexFindings } from "./otherIndexes";
import { indexWordChanged } from "./indexWordChanged";
import { repeatedLineFinding, type RepeatedLine } from "./repeatedRatings";
import { markRatingsAsProgress } from "./ratingAsProgress";
import { planOnGeneratedSheetFinding } from "./planOnGeneratedSheet";
import { isKeptKey } from "./markers";
import { saysGeneratedAbove } from "./generatedCopy";
import { dateOrderFinding } from "./dateOrder";
import { leavesOut, olderRoundsSentence, repeatedTrackers, repeatedTrackersSentences, type RepeatedTracker } from "./repeatedTrackers";
import { roundSheetRatingsFinding } from "./roundSheetRatings";
import { earlierRounds } from "./roundTrackers";
import { roundSheets } from "./sheetPeriods";
import { SETTINGS_SAY_TO_READ, TRACKER_SHEETS_ADVICE } from "./settingsPlaces";
import { capitalised, withinSentence } from "./text";
import { nameSheetReviews } from "./sheetReviews";
import { numbersOnTwoSheetsFindings } from "./numbersOnTwoSheets";
import { nearNameFindings } from "./nearNames";
import { sortedRatingsFinding } from "./sortedRatings";
import { ratingsWithoutHeader } from "./ratingsWithoutHeader";
import { hiddenTrackerSentence, hiddenTrackers, type HiddenTracker } from "./hiddenTrackers";
import { ratingsBesideStatuses, ratingsBesideStatusesFinding, statusColumnFinding } from "./statusColumn";
import { headsOwnCountTable, isCountTableColumn } from "./countTables";
import { blankMergedRatingFindings, mergedRatingsFinding, ratingMerges } from "./mergedRatings";
import { mergedIntoRatingFinding } from "./mergedIntoRating";
import { deletedBandFindings } from "./deletedBandRows";
import { colourOnlyLeft } from "./ratingFixes";
import { leftInMergeFinding, withoutSuggestion } from "./ratingFindings";
import { summaryOutOfDate } from "./summaryOutOfDate";
import { staleOutOfDate } from "./staleOutOfDate";
import { packOutOfDate } from "./packOutOfDate";
import { earlierVersionFindings } from "./earlierVersionSheets";
import { emptyAboveOtherTable } from "./emptyAboveOtherTable";

interface Candidate {
  grid: SheetGrid;
  layout: TrackerLayout;
  lastRow: number;
  /** The key below the table that ends it, where one does. */
  key?: KeyRows;
  /** The status table below the table that ends it ("RAG | Status" over "G | Meetings have taken place…"), where one does before any key. */
  statusTable?: StatusTable;
}

export function analyseWorkbook(snapshot: WorkbookSnapshot, given: Settings, today: string): Analysis {
  const asOf = given.asOf ?? today;
  if (!isIsoDate(asOf)) throw new WorkbookUnusableError(`The report date "${asOf}" is not a real date; write it as YYYY-MM-DD.`);
  const findings: Finding[] = [];
  const sheets = snapshot.sheets.filter((s) => !s.generatedKey && !isStoreSnapshot(s));
  const grids = sheets.map((s) => new SheetGrid(s, snapshot.date1904));
  const names = grids.map((g) => g.name);
  // A sheet the settings name with or without spaces at an end its tab does not show is that tab.
  const settings = settingsOnSheets(given, names);
  const wanted = new Set(settings.trackerSheets.map(sheetNameKey));

  for (const name of given.trackerSheets) {
    if (findSheetName(names, name) !== undefined) continue;
    const alike = sheetsAlike(names, name);
    findings.push({ sheet: name, code: "sheet-no-tracker", severity: "warning", message: alike.length > 0 ? alikeSheetsSentence(name, alike) : `The settings name a tracker sheet "${name}" that this workbook does not have.` });
  }
  findings.push(...alikeSettingsFindings(given, names));
  for (const s of snapshot.sheets) {
    // A kept sheet (one renamed to keep it) is never written again: what it holds is the team's.
    const pasted = s.generatedKey && !isKeptKey(s.generatedKey) && !isStoreSnapshot(s) ? planOnGeneratedSheetFinding(s, snapshot.date1904, settings) : undefined;
    if (pasted) findings.push(pasted);
  }

  // A key sheet is the team's stated index, so it wins over a block below a table on any sheet, before or after it.
  const keyIndexes: RagIndex[] = [];
  const blockIndexes: RagIndex[] = [];
  const candidates: Candidate[] = [];
  const sheetsNotRead: string[] = [];
  const sheetsWithoutHeader: string[] = [];
  const takeKey = (sheet: string, key: KeySheetRead) => {
    keyIndexes.push({ entries: key.entries, source: { kind: "keySheet", sheet }, ...repeatedLines(key.repeated) });
    if (key.unread) findings.push(key.unread);
  };
  for (const [i, sheetGrid] of grids.entries()) {
    let grid = sheetGrid;
    const namedKey = looksLikeKeySheetName(grid.name) ? readKeySheet(grid) : undefined;
    if (namedKey) {
      takeKey(grid.name, namedKey);
      continue;
    }
    if (wanted.size > 0 && !wanted.has(sheetNameKey(grid.name))) {
      sheetsNotRead.push(grid.name);
      continue;
    }
    let layout = findLayout(grid, settings);
    // A key beside the table is the index, and its columns are not the table's: the table is read without them.
    const beside = layout && findIndexBeside(grid, layout.headerRow);
    const withoutKey = beside ? new SheetGrid(withoutIndexBeside(sheets[i]!, beside), snapshot.date1904) : undefined;
    const layoutWithoutKey = withoutKey && findLayout(withoutKey, settings);
    const leftOut = beside && withoutKey && layoutWithoutKey ? usedRatingsLeftOut(withoutKey, layoutWithoutKey, beside, settings) : [];
    if (beside && leftOut.length > 0) findings.push(keyNotTakenFinding(grid.name, beside, leftOut));
    else if (beside && withoutKey && layoutWithoutKey) {
      blockIndexes.push({ entries: beside.entries, source: { kind: "beside", sheet: grid.name, row: beside.row, column: beside.column }, ...repeatedLines(beside.repeated) });
      grid = withoutKey;
      layout = layoutWithoutKey;
    }
    if (!layout) {
      // A key on a sheet named otherwise ("Guidance"): a sheet with no tracker whose table names ratings and their meanings.
      const key = readUnnamedKeySheet(grid);
      if (key) {
        takeKey(grid.name, key);
        continue;
      }
      // A copy of a generated sheet (its counts and index, with no table of actions) holds ratings, but no header to put back.
      const generatedCopy = !isEmpty(grid) && saysGeneratedAbove(grid, Math.min(grid.lastRow + 1, grid.firstRow + GENERATED_NOTE_ROWS));
      const ratings = isEmpty(grid) || generatedCopy ? undefined : ratingsWithoutHeader(grid);
      if (ratings) sheetsWithoutHeader.push(grid.name);
      findings.push({
        sheet: grid.name,
        code: "sheet-no-tracker",
        severity: ratings ? "warning" : "info",
        message: isEmpty(grid)
          ? `Sheet "${grid.name}" was skipped: it is empty.`
          : generatedCopy
            ? GENERATED_COPY_SKIPPED(grid.name)
            : `Sheet "${grid.name}" was skipped: it has no header row naming action-plan columns (such as Recommendation, Actions, Response, RAG)${
              ratings ? `, though its column ${ratings.column} holds ${ratings.count} ratings (${listInWords(ratings.words)}); if its header row was deleted or cleared, put it back, as none of its actions are counted` : ""
            }.`,
      });
      continue;
    }
    if (saysGeneratedAbove(grid, layout.headerRow)) {
      findings.push({ sheet: grid.name, code: "sheet-no-tracker", severity: "info", message: GENERATED_COPY_SKIPPED(grid.name) });
      continue;
    }
    const legend = findLegendAbove(grid, layout.headerRow);
    if (legend) blockIndexes.push({ entries: legend.entries, source: { kind: "above", sheet: grid.name, row: legend.row }, ...repeatedLines(legend.repeated) });
    const { block, statusTable } = findIndexBlock(grid, layout.headerRow + 1);
    if (block) blockIndexes.push({ entries: block.entries, source: { kind: "block", sheet: grid.name, row: block.row }, ...repeatedLines(block.repeated) });
    // A legend row under the table ends it as a block does.
    const below = findLegendBelow(grid, layout.headerRow);
    if (below && !block) blockIndexes.push({ entries: below.entries, source: { kind: "block", sheet: grid.name, row: below.row }, ...repeatedLines(below.repeated) });
    // The key nearer the header is where the table ends: what follows it is said (rowsBelowKey.ts).
    const key = block && (!below || block.row <= below.row) ? { first: block.row, last: block.lastRow } : below ? { first: below.row, last: below.row } : undefined;
    // A status table nearer the header ends the table there: its lines are neither the plan's actions nor the index (statusTableBelow.ts).
    if (statusTable && (!key || statusTable.row < key.first)) candidates.push({ grid, layout, lastRow: statusTable.row - 1, statusTable });
    else candidates.push({ grid, layout, lastRow: key ? key.first - 1 : grid.lastRow, ...(key && { key }) });
  }

  const read = keyIndexes[0] ?? blockIndexes[0] ?? DEFAULT_RAG_INDEX;
  const index = withCompleteRating(read, settings.completeRating);
  const unknownComplete = unknownCompleteRatings(read, settings.completeRating);
  if (unknownComplete.length > 0) findings.push(unknownCompleteFinding(unknownComplete, index));
  if (index.source.kind !== "default") findings.push(indexFinding(index));
  // The index read keeps each rating's first line: a line naming one again is said where it is.
  for (const line of read.repeatedLines ?? []) findings.push(repeatedLineFinding(read, line));
  const others = [...keyIndexes, ...blockIndexes].filter((i) => i !== read);
  for (const f of otherIndexFindings(index, others, index !== read)) findings.push(f);

  const trackers: Tracker[] = [];
  const withoutRating: string[] = [];
  const listsSheets: string[] = [];
  const sheetNamesAll = grids.map((g) => g.name);
  for (const { grid, layout, lastRow, key, statusTable } of candidates) {
    if (layout.columns.rating === undefined) {
      const byContent = ratingColumnByContent(grid, layout, lastRow, index, settings.locale);
      if (byContent === undefined) {
        withoutRating.push(grid.name);
        findings.push({
          sheet: grid.name,
          row: layout.headerRow,
          code: "tracker-no-rating-column",
          severity: "warning",
          message: `Sheet "${grid.name}" looks like a tracker but has no rating column: no header such as RAG, RAG Rating, BRAG or Status, and no column of ratings; head the rating column RAG, or choose its column under Column overrides in the task pane's settings.`,
        });
        continue;
      }
      layout.columns.rating = byContent.column;
      layout.headers.rating = cellText(grid.original(layout.headerRow, byContent.column)) || `column ${columnLetter(byContent.column)}`;
      layout.otherRounds.push(...byContent.otherRounds);
    }
    if (headsOwnCountTable(grid, layout.headerRow, lastRow, index)) {
      findings.push({ sheet: grid.name, code: "sheet-no-tracker", severity: "info", message: `Sheet "${grid.name}" was skipped: it holds a count of actions by rating (on row ${layout.headerRow}), not actions.` });
      continue;
    }
    if (isListsSheet(grid, layout, lastRow)) {
      const message = listsSheetMessage(grid.name, layout.headers.rating!);
      findings.push({ sheet: grid.name, code: "sheet-no-tracker", severity: "info", message });
      listsSheets.push(message);
      continue;
    }
    // Sheets the settings name are read as named.
    const contents = wanted.size === 0 ? contentsList(grid, layout, lastRow, sheetNamesAll) : undefined;
    if (contents) {
      const message = contentsListMessage(grid.name, contents);
      findings.push({ sheet: grid.name, code: "sheet-no-tracker", severity: "info", message });
      listsSheets.push(message);
      continue;
    }
    // A hidden column is named as hidden: the user looking at the sheet does not see it.
    const named = (column: number, header?: string) => `${columnLetter(column)}${header === undefined ? "" : ` ("${header}")`}${grid.isColumnHidden(column) ? ", which is hidden," : ""}`;
    for (const d of layout.duplicates) {
      const used = layout.columns[d.role]!;
      if (d.role === "rating" && outranksRating(layout.headers.rating!, d.header)) {
        findings.push(passedOverRatingFinding(grid.name, layout.headerRow, d, { column: used, header: layout.headers.rating! }));
        continue;
      }
      // "Rating | Count" beside the table, "Blue | 28" below it: the team's own counts, not a column to rename. Unread, as every count kept beside the table.
      if (isCountTableColumn(grid, layout.headerRow, lastRow, d.column, index)) continue;
      findings.push({
        sheet: grid.name,
        row: layout.headerRow,
        column: columnLetter(d.column),
        code: "duplicate-column",
        severity: "warning",
        value: d.header,
        message: `Column ${named(d.column, d.header)} and column ${named(used, layout.headers[d.role])} both head a ${ROLE_LABELS[d.role]} column, and only column ${columnLetter(used)} is read; if column ${columnLetter(d.column)} is the one to read, choose it under Column overrides in the task pane's settings, or rename one of the two.`,
      });
    }
    for (const f of otherRoundsFindings(grid.name, layout.headerRow, layout.otherRounds, layout.earlierRounds)) findings.push(f);
    if (layout.besideTable !== undefined) {
      const column = columnLetter(layout.besideTable);
      findings.push({
        sheet: grid.name,
        row: layout.headerRow,
        column,
        code: "another-table",
        severity: "warning",
        message: `Column ${column} on row ${layout.headerRow} starts the header of another table, beside the one read, so its actions are not counted, as one table is read on each sheet; move the other table to a sheet of its own so its actions are counted.`,
      });
    }
    if (layout.closedPlanAbove) findings.push(closedPlanAboveFinding(grid, layout.closedPlanAbove, layout.headerRow, index));
    for (const row of layout.otherHeaders) {
      // The team's own count by rating above the tracker holds no actions to leave out.
      if (headsOwnCountTable(grid, row, layout.headerRow - 1, index)) continue;
      findings.push({
        sheet: grid.name,
        row,
        code: "another-table",
        severity: "warning",
        message: `Row ${row} reads as the header of another table, but only the table headed on row ${layout.headerRow} is read on this sheet; move the other table to a sheet of its own so its actions are counted.`,
      });
    }
    let read = readTracker(grid, layout, lastRow, index, settings, today);
    let statuses = statusColumnFinding(read.tracker, index);
    // A plain "Status" of "Complete" and "In progress" beside a column of ratings headed otherwise ("Overall status"): the ratings are read.
    const ratings = statuses && ratingsBesideStatuses(grid, layout, lastRow, index, settings);
    if (ratings) {
      findings.push(ratingsBesideStatusesFinding(grid.name, layout, ratings));
      layout.columns.rating = ratings.column;
      layout.headers.rating = ratings.header;
      read = readTracker(grid, layout, lastRow, index, settings, today);
      statuses = undefined;
    }
    trackers.push(read.tracker);
    const ratingAsProgress = markRatingsAsProgress(read.tracker, index);
    if (ratingAsProgress) findings.push(ratingAsProgress);
    const merges = ratingMerges(grid, read.tracker);
    if (merges.length > 0) {
      read.tracker.ratingMerges = merges;
      // A rating given by colour alone in a merged cell Fix ratings leaves: its finding does not promise the fix, and says to unmerge the cell first.
      const left = new Set(colourOnlyLeft({ findings: read.findings, trackers: [read.tracker] }));
      if (left.size > 0) read.findings = read.findings.map((f) => (left.has(f) ? leftInMergeFinding(f, merges) : f));
    }
    // Only where the table was read down to the key: another table or a closed plan above it ended it, and is said.
    const endedAbove = read.findings.some((f) => f.code === "another-table" || f.code === "closed-plan" || f.code === "actions-below-key");
    const belowKey = key && !endedAbove && rowsBelowKeyFinding(grid, key, layout.headerRow, index, (row) => headerBelow(grid, row, layout, settings));
    if (belowKey) read.findings.push(belowKey);
    if (statusTable && !endedAbove) read.findings.push(statusTableFinding(grid.name, statusTable, layout.headerRow));
    read.findings = emptyAboveOtherTable(grid, read.tracker, read.findings, index);
    for (let i = 0; i < read.findings.length; i++) findings.push(read.findings[i]!);
    if (statuses) findings.push(statuses);
    const merged = mergedRatingsFinding(grid, read.tracker);
    if (merged) findings.push(merged);
    for (const f of blankMergedRatingFindings(grid, read.tracker)) findings.push(f);
    const mergedIn = mergedIntoRatingFinding(grid, read.tracker);
    if (mergedIn) findings.push(mergedIn);
    for (const f of deletedBandFindings(read.tracker)) findings.push(f);
  }

  // Only sheets of lists headed like trackers: their own sentence says what was seen, where "no header row" would be untrue.
  if (trackers.length === 0 && withoutRating.length === 0 && listsSheets.length > 0) throw new WorkbookUnusableError(`No action-plan tracker was found in this workbook; ${listsSheets.map(withinSentence).join("; ")}.`, grids.map((g) => g.name));
  if (trackers.length === 0) throw new WorkbookUnusableError(unusableMessage(withoutRating, settings.trackerSheets, grids.map((g) => g.name)), grids.map((g) => g.name));
  // Sheets the settings name are counted as named, hidden or not, copies or not.
  const hiddenNames = new Set(sheets.filter((s) => s.hidden).map((s) => s.name));
  const hidden = wanted.size === 0 ? withEarlierRounds(hiddenTrackers(trackers, hiddenNames), trackers, hiddenNames, settings) : [];
  const hiddenTrackersRead = trackers.filter((t) => hidden.some((h) => h.sheet === t.sheet));
  if (hidden.length > 0) leaveOutHidden(hidden, trackers, findings);
  // A hidden earlier round is left out as a visible one is, not as an archive or a sheet to unhide: the history takes its actions for the round's.
  const hiddenSheetsLeftOut = hidden.filter((h) => !h.counted && h.earlierRoundOf === undefined).map((h) => h.sheet);
  // Read before they were left out (leaveOutHidden keeps them here): a report that counted them is compared with them.
  const hiddenActionsLeftOut = hiddenTrackersRead.filter((t) => hiddenSheetsLeftOut.includes(t.sheet)).flatMap((t) => t.actions);
  // Sheets the settings name are counted, repeats or not.
  const repeated = repeatedTrackers(trackers, settings.locale, index.entries.map((e) => e.name)).map((r) => (wanted.size > 0 && leavesOut(r) ? { ...r, kind: "repeats" as const } : r));
  if (repeated.length > 0) {
    for (const f of roundBeforeFindings(repeated, trackers, index)) findings.push(f);
    leaveOutRepeats(repeated, trackers, findings);
  }
  for (const n of notJudged(trackers)) findings.push(notJudgedFinding(n));
  const dateOrder = dateOrderFinding(findings, settings.locale, {
    *timeScales() {
      for (const t of trackers) for (const a of t.actions) yield a.dueText;
    },
    *unread() {
      for (const t of trackers)
        for (const a of t.actions) {
          if (a.due === null && a.dueText) yield a.dueText;
          if (a.updatedWritten) yield a.updatedWritten;
        }
    },
  });
  if (dateOrder) findings.push(dateOrder);
  // By sheet counted, the tabs left out as its plan's other rounds, visible or hidden: they hold its actions.
  const rounds = new Map<string, string[]>();
  const addRound = (latest: string, other: string) => rounds.set(latest, [...(rounds.get(latest) ?? []), other]);
  for (const r of repeated) if (r.kind === "earlierRound" || r.kind === "laterRound") addRound(r.of, r.sheet);
  for (const h of hidden) if (h.earlierRoundOf !== undefined) addRound(h.earlierRoundOf, h.sheet);
  for (const f of nameSheetReviews(trackers, settings, names, rounds)) findings.push(f);
  // After the reviews are named: a sheet whose review the settings name may share numbers with the sheet of that review.
  const saidRepeats = new Set(repeated.filter((r) => !leavesOut(r)).map((r) => `${r.sheet}\u0001${r.of}`));
  for (const f of numbersOnTwoSheetsFindings(trackers, saidRepeats)) findings.push(f);
  for (const t of trackers) {
    const sorted = sortedRatingsFinding(t);
    if (sorted) findings.push(sorted);
  }

  // One copy of every tracker's list at once (flatMap copies element by element).
  const actions = ([] as Action[]).concat(...trackers.map((t) => t.actions));
  const { totals, byReview, byCategory, byLead } = countRatings(actions, index, sheetsWithoutLeads(trackers));
  for (const f of [...nearNameFindings(actions, byReview, "review"), ...nearNameFindings(actions, byCategory, "category"), ...nearNameFindings(actions, byLead, "lead")]) findings.push(f);
  const lostWords = indexWordChanged(actions, index);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.code === "rating-invalid" && f.fix !== undefined && lostWords.explained.has(f.value!.trim().toLowerCase())) findings[i] = withoutSuggestion(f, index);
  }
  for (const f of lostWords.findings) findings.push(f);
  const { stale, overdue } = flaggedActions(trackers, asOf, settings.staleDays);
  const sentences = byReview.map((g) => committeeSentence(g, index));
  const outOfDate = summaryOutOfDate(snapshot.sheets, { index, sentences, totals, byReview, byCategory, byLead, trackers });
  if (outOfDate) findings.push(outOfDate);
  const staleBehind = staleOutOfDate(snapshot.sheets, { trackers, staleDays: settings.staleDays });
  if (staleBehind) findings.push(staleBehind);
  const packBehind = packOutOfDate(snapshot.sheets, sentences);
  if (packBehind) findings.push(packBehind);
  for (const f of earlierVersionFindings(snapshot.sheets)) findings.push(f);
  return {
    asOf,
    staleDays: settings.staleDays,
    locale: settings.locale,
    sheets: grids.map((g) => g.name),
    index,
    trackers,
    actions,
    totals,
    byReview,
    byCategory,
    byLead,
    findings: sortedFindings(findings),
    stale,
    overdue,
    sentences,
    ...(hiddenSheetsLeftOut.length > 0 ? { hiddenSheetsLeftOut, hiddenActionsLeftOut } : {}),
    ...(sheetsNotRead.length > 0 ? { sheetsNotRead } : {}),
    ...(sheetsWithoutHeader.length > 0 ? { sheetsWithoutHeader } : {}),
    ...(rounds.size > 0 ? { roundTabsLeftOut: [...new Set([...rounds.values()].flat())] } : {}),
  };
}

/**
 * Drops each hidden tracker left out with its findings (the index's excepted: a key below its table
 * may still be the one read), and says each hidden tracker, counted or not, in a finding.
 */
function leaveOutHidden(hidden: HiddenTracker[], trackers: Tracker[], findings: Finding[]): void {
  const leftOut = new Set(hidden.filter((h) => !h.counted).map((h) => h.sheet));
  keepOnly(trackers, (t) => !leftOut.has(t.sheet));
  keepOnly(findings, (f) => !leftOut.has(f.sheet) || f.code.startsWith("index-"));
  for (const h of hidden) findings.push({ sheet: h.sheet, code: "hidden-tracker", severity: "info", message: hiddenTrackerSentence(h) });
}

/** Hidden trackers that are earlier rounds of a plan whose latest round is visible say so, not to unhide them. */
function withEarlierRounds(hidden: HiddenTracker[], trackers: Tracker[], hiddenNames: ReadonlySet<string>, settings: Settings): HiddenTracker[] {
  if (hidden.length === 0 || hidden.every((h) => h.counted)) return hidden;
  const rounds = earlierRounds(trackers, roundSheets(trackers.map((t) => t.sheet), settings.locale), (i) => !hiddenNames.has(trackers[i]!.sheet));
  return hidden.map((h) => {
    const latest = rounds.get(trackers.findIndex((t) => t.sheet === h.sheet));
    return latest === undefined ? h : { ...h, earlierRoundOf: trackers[latest]!.sheet };
  });
}

/** Drops each tracker that counts nothing another does not (a copy, an extract, another round) with its findings, and says each repeat in a finding. */
function leaveOutRepeats(repeated: RepeatedTracker[], trackers: Tracker[], findings: Finding[]): void {
  const left = new Set(repeated.filter(leavesOut).map((r) => r.sheet));
  keepOnly(trackers, (t) => !left.has(t.sheet));
  keepOnly(findings, (f) => !left.has(f.sheet));
  const sentences = repeatedTrackersSentences(repeated);
  // Left out is said for information, unless actions of the sheet are on no sheet counted (an earlier round's own).
  repeated.forEach((r, i) => {
    if (!r.older) findings.push({ sheet: r.sheet, code: "repeated-tracker", severity: leavesOut(r) && !r.unshared ? "info" : "warning", message: sentences[i]! });
  });
  // A plan's older rounds in one finding, named by the first of them.
  for (const of of new Set(repeated.filter((r) => r.older).map((r) => r.of))) {
    const older = repeated.filter((r) => r.older && r.of === of);
    const before = repeated.find((r) => r.kind === "earlierRound" && !r.older && r.of === of)?.sheet;
    findings.push({ sheet: older[0]!.sheet, code: "repeated-tracker", severity: "info", message: olderRoundsSentence(older, before)! });
  }
}

/** For each plan's latest round of a sheet per round, what the round before rated the actions it has not rated yet (roundSheetRatings.ts). */
function roundBeforeFindings(repeated: RepeatedTracker[], trackers: Tracker[], index: RagIndex): Finding[] {
  // Earlier rounds are listed earliest first: each plan's last is the round before its latest.
  const before = new Map<string, string>();
  for (const r of repeated) if (r.kind === "earlierRound") before.set(r.of, r.sheet);
  const sheet = (name: string) => trackers.find((t) => t.sheet === name)!;
  return [...before].flatMap(([latest, previous]) => roundSheetRatingsFinding(sheet(latest), sheet(previous), index) ?? []);
}

/** Removes in place the items `keep` refuses, in one pass: a splice per item would move the rest each time, and a sheet may have a finding per row. */
function keepOnly<T>(items: T[], keep: (item: T) => boolean): void {
  let kept = 0;
  for (const item of items) if (keep(item)) items[kept++] = item;
  items.length = kept;
}

/** The ratings the table read without the key uses that the key leaves out: its rating column by header, or else by content. */
function usedRatingsLeftOut(grid: SheetGrid, layout: TrackerLayout, key: IndexBeside, settings: Settings): string[] {
  const { block, statusTable } = findIndexBlock(grid, layout.headerRow + 1);
  // A status table is met before any block below it, and ends the table there.
  const end = statusTable ?? block;
  const lastRow = end ? end.row - 1 : grid.lastRow;
  const keyIndex: RagIndex = { entries: key.entries, source: { kind: "beside", sheet: grid.name, row: key.row, column: key.column } };
  const column =
    layout.columns.rating ?? ratingColumnByContent(grid, layout, lastRow, keyIndex, settings.locale)?.column ?? ratingColumnByContent(grid, layout, lastRow, DEFAULT_RAG_INDEX, settings.locale)?.column;
  return column === undefined ? [] : ratingsLeftOut(grid, column, layout.headerRow + 1, lastRow, key);
}

function keyNotTakenFinding(sheet: string, key: IndexBeside, leftOut: string[]): Finding {
  const range = `${columnLetter(key.column)}${key.row}:${columnLetter(key.column + 1)}${key.lastRow}`;
  const names = key.entries.map((e) => e.name).join(", ");
  return {
    sheet,
    row: key.row,
    column: columnLetter(key.column),
    code: "index-beside-not-taken",
    severity: "warning",
    message: `The ratings in ${range} beside the table (${names}) were not read as the RAG key: they leave out ${listInWords(leftOut)}, which the table's rating column uses; if they are the key, add ${leftOut.length > 1 ? "those ratings" : "that rating"} to them.`,
  };
}

/** The lines of a key that named a rating again, kept with its index where there are any. */
function repeatedLines(repeated: RepeatedLine[] | undefined): Pick<RagIndex, "repeatedLines"> {
  return repeated && repeated.length > 0 ? { repeatedLines: repeated } : {};
}

function indexFinding(index: RagIndex): Finding {
  const names = index.entries.map((e) => e.name).join(", ");
  const { source } = index;
  return {
    sheet: source.kind === "default" ? "" : source.sheet,
    ...("row" in source ? { row: source.row } : {}),
    ...(source.kind === "beside" ? { column: columnLetter(source.column) } : {}),
    code: "index-from-workbook",
    severity: "info",
    message: index.entries.some((e) => e.complete)
      ? `Ratings are read with ${indexSourceText(index)} (${names}; ${completeSentence(index)}).`
      : `Ratings are read with ${indexSourceText(index)} (${names}), where no line says complete, so no rating is taken as complete and actions of every rating are listed when stale or overdue; if one rating means complete, say so in its line, as in "Blue | Complete".`,
  };
}

function unusableMessage(withoutRating: string[], trackerSheets: readonly string[], sheetNames: readonly string[]): string {
  if (withoutRating.length > 0) {
    const sheets = withoutRating.map((s) => `"${s}"`).join(", ");
    return `No rating column was found on ${sheets}: looked for a header such as RAG, RAG Rating, BRAG, RAG Status or Status, and for a column of ratings such as Blue, Green, Amber or Red; head the rating column RAG, or choose its column under Column overrides in the task pane's settings.`;
  }
  const kinds = "columns such as Recommendation, Actions, Response, RAG, Lead or Time scale";
  // A row of short text headings naming RAG and one other role is read as a table's header wherever it stands (trackerLayout's
  // namesATable and headerTexts): the remedy always works. Near the top, a row naming two roles is enough, so "looked for", not "has none".
  const remedy = "a header row of short text headings with a RAG column and an Actions or Recommendation column";
  if (trackerSheets.length === 0) return `No action-plan tracker was found in this workbook: RAG Tracker looked on every sheet for a header row naming ${kinds}; to have the table read, give it ${remedy}.`;
  const present = new Set(sheetNames.map(sheetNameKey));
  const unread = trackerSheets.filter((s) => !present.has(sheetNameKey(s)));
  // Names two tabs could be, differing only by end spaces, are not missing: the sentence names the tabs.
  const alike = unread.map((name) => ({ name, tabs: sheetsAlike(sheetNames, name) })).filter((a) => a.tabs.length > 0);
  const missing = unread.filter((name) => !alike.some((a) => a.name === name));
  const quotedList = (names: readonly string[]) => listInWords(names.map((s) => `"${s}"`));
  const notRead = (tabs: readonly string[]) => `which ${alikeSheetsWords(tabs)}, so ${tabs.length === 2 ? "neither" : "none"} was read`;
  const unreadWords = listInWords([...(missing.length === 0 ? [] : [`${quotedList(missing)}, which this workbook does not have`]), ...alike.map(({ name, tabs }) => `"${name}", ${notRead(tabs)}`)]);
  // A sheet renamed or deleted since the settings were saved: the settings, not the table, need the change.
  if (unread.length === trackerSheets.length) {
    const one = unread.length === 1;
    const said = alike.length === 0 ? `${quotedList(missing)} alone, which this workbook does not have` : one ? `"${alike[0]!.name}" alone, ${notRead(alike[0]!.tabs)}` : `${quotedList(unread)} alone: ${unreadWords}`;
    return `${capitalised(SETTINGS_SAY_TO_READ)} the sheet${one ? "" : "s"} ${said}; ${TRACKER_SHEETS_ADVICE}.`;
  }
  const read = trackerSheets.filter((s) => present.has(sheetNameKey(s)));
  const one = read.length === 1;
  const gone = unread.length === 0 ? "" : ` (the settings also name ${unreadWords})`;
  return `No action-plan tracker was found on the sheet${one ? "" : "s"} ${quotedList(read)}, the ${one ? "only sheet" : "only sheets"} ${SETTINGS_SAY_TO_READ}${gone}: RAG Tracker looked there for a header row naming ${kinds}; ${TRACKER_SHEETS_ADVICE}, or give the table ${remedy}.`;
}

/** The rows a generated sheet's note is looked for in: it stands under the title. */
const GENERATED_NOTE_ROWS = 10;

const GENERATED_COPY_SKIPPED = (sheet: string) => `Sheet "${sheet}" was skipped: it is a copy of a sheet RAG Tracker generated, and its actions are counted on the sheets they come from.`;

function isEmpty(grid: SheetGrid): boolean {
  for (let row = grid.firstRow; row <= grid.lastRow; row++) if (!grid.isBlankRow(row)) return false;
  return true;
}

/** The settings' complete rating names a rating the index does not have: said, with what is taken as complete instead. */
function unknownCompleteFinding(unknown: string[], index: RagIndex): Finding {
  const named = listInWords(unknown.map((w) => `"${w.trim()}"`));
  const one = unknown.length === 1;
  return {
    sheet: "",
    code: "settings-complete-unknown",
    severity: "warning",
    message: `The settings name ${named} as meaning complete, but the RAG index has no rating of ${one ? "that name or code" : "those names or codes"}, so ${one ? "it is" : "they are"} left out and ${completeSentence(index)}; choose the complete rating from ${listInWords(index.entries.map((e) => e.name))} under Complete rating in the task pane's settings.`,
  };
}
