/**
 * The Office.js door: RagDoor over Excel.run. It decides nothing the engine decides; it reads
 * the workbook into snapshots and applies the engine's plans in as few syncs as the limits allow.
 *
 * Sync budget of "Generate RAG summary": the workbook's shape (sheets and marker names) is one
 * sync, all cell data a second (with the store sheet when it holds no more than the settings),
 * the whole write a third (one more to find the charts and a user's tables when the summary is
 * rewritten in place, or the tables alone when a generated sheet is replaced by one built beside).
 * A workbook too large for that reads and writes in more syncs of about 4 MB each, none sized to
 * be refused (readWorkbook.ts, writeSteps.ts); so does a store with recorded reports (excelStore.ts).
 * The fills of blank rating cells, the formulas of the last-updated cells that show a date and the
 * links of the few cells alone below a blank row read as actions, asked together after a read, are
 * one sync more (readFills.ts); a workbook with none of them costs none.
 * The shape is kept for a few seconds so the calls of one operation (readSettings, read,
 * applyPlan) share it instead of each paying for it.
 */
import type { CellAddress, WorkbookSnapshot } from "../core/cells";
import type { CellEdit, FormatPlan, FormatTag } from "../core/formatPlan";
import { storedSettings, storeSettings } from "../door/storedSettings";
import type { Settings } from "../core/settings";
import type { StoreRecord } from "../core/store";
import { decodeStore, encodeStore, isStoreHeader, mergeStores } from "../core/store";
import type { WritePlan } from "../core/writePlan";
import type { AppliedSheet, FormulaAnswers, RagDoor } from "../door/RagDoor";
import { appliedSheets, renamedSheetsNote, tablesInTheWay } from "../door/sheetOwnership";
import type { ExcelHost, XlContext } from "./excelApi";
import type { WorkbookLayout } from "./layout";
import { loadLayout, protectedAmong } from "./layout";
import { readWorkbook } from "./readWorkbook";
import { unreadSheets } from "./unreadSheets";
import { readFills, readFillsAndFormulas } from "./readFills";
import type { SheetTarget } from "./sheetWriter";
import { finishStep, leftoverSheets, planTargets, sheetSteps, sweepStep } from "./sheetWriter";
import { NamesRefused, TemporaryMarkRefused, TemporaryNameHeld, besideUnlisted, isNameRefused, probeTemporaryNames, renameBesideUnlisted } from "./unlistedSheetNames";
import { leftSentence, undoWrite } from "./undoWrite";
import { commandOf, deleteRefusal, deleteRefusedSentence, partlyRewrittenSentence } from "./deleteRefused";
import { packSteps, runSteps } from "./writeSteps";
import type { FormatOutcome } from "./conditionalFormats";
import { applyFormatPlans, clearFormatTag } from "./conditionalFormats";
import { refuseLockedTargets } from "./protectedCells";
import type { EditOutcome, KnownMerges } from "./edits";
import { editRegions, editTargets, writeEdits } from "./edits";
import { GLANCE_BYTES, PROBE_BYTES, namedStore, queueStoreGlance, queueStoreProbe, readStores, writeStores } from "./excelStore";
import { OwnWrites } from "./ownWrites";
import { ExcelDoorError, errorSentence } from "./errors";
import { DEFAULT_WRITE_BUDGET, errorCode, isPayloadLimitError } from "./payload";
import { NO_HIGHLIGHTS_ADDED, NO_SHEETS_ADDED, protectedSheetsMessage, protectedStructureMessage } from "../door/protectedSheets";

/** Temporary names tried, each refused as a sheet Office.js does not list holds it, before the write gives up. */
const MAX_TEMPORARY_TRIES = 20;
/** Writes built again after Excel refused a temporary sheet's mark spuriously, before the write gives up. */
const MAX_MARK_REFUSALS = 2;

export interface ExcelDoorOptions {
  now?: () => number;
  /** How long a loaded workbook shape is trusted, in milliseconds. */
  shapeCacheMs?: number;
  readBudget?: number;
  writeBudget?: number;
}

interface Cached<T> {
  value: T;
  at: number;
}

export class ExcelDoor implements RagDoor {
  readonly label = "Excel";
  /** Shared with the last-updated stamp, so it can ignore the door's own writes. */
  readonly ownWrites: OwnWrites;
  /** What the last applyFormats added and left out (RagDoor.applyFormats returns nothing). */
  lastFormatOutcome: FormatOutcome = { rules: 0, lists: 0, notes: [] };
  /** What the last applyEdits left undone (formula cells, merged cells read two ways), with a sentence for each. */
  lastEditOutcome: Pick<EditOutcome, "left" | "notes"> = { left: [], notes: [] };
  /** Merged areas per sheet as the last read saw them: Fix ratings writes a merged rating at its top-left. */
  private merges: KnownMerges = new Map();
  private shape: Cached<WorkbookLayout> | null = null;
  private store: Cached<StoreRecord[]> | null = null;
  /** The stores under other names (renamed or copied, known by their header row) as last found. */
  private otherStores: Cached<string[]> | null = null;
  private readonly now: () => number;
  private readonly cacheMs: number;

  constructor(
    private readonly host: ExcelHost,
    private readonly options: ExcelDoorOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.cacheMs = options.shapeCacheMs ?? 3_000;
    this.ownWrites = new OwnWrites(this.now);
  }

  private fresh<T>(cached: Cached<T> | null): T | null {
    return cached && this.now() - cached.at <= this.cacheMs ? cached.value : null;
  }

  private forget(): void {
    this.shape = null;
    this.store = null;
    this.otherStores = null;
  }

  private get pauseEvents(): boolean {
    return this.host.supports("ExcelApi", "1.8");
  }

  /**
   * Runs a batch with the workbook's shape, loading it when no fresh one is kept. If a kept
   * shape turns out stale (a sheet it names is gone), a batch that may safely run twice runs
   * once more with a new one.
   */
  private async withShape<T>(work: (context: XlContext, shape: WorkbookLayout) => Promise<T>, retryWhenStale = true): Promise<T> {
    try {
      return await this.host.run(async (context) => {
        const kept = this.fresh(this.shape);
        try {
          return await work(context, kept ?? (await this.loadShape(context)));
        } catch (error) {
          if (!kept || !retryWhenStale || errorCode(error) !== "ItemNotFound") throw error;
          this.forget();
          return await work(context, await this.loadShape(context));
        }
      });
    } catch (error) {
      // The door's own errors pass as they are, so a caller can tell which it is.
      // Excel's own error stays as the cause: a failed write tells from it which call Excel refused.
      throw error instanceof ExcelDoorError ? error : new ExcelDoorError(errorSentence(error), { cause: error });
    }
  }

  private async loadShape(context: XlContext): Promise<WorkbookLayout> {
    const shape = await loadLayout(context, { protection: this.host.supports("ExcelApi", "1.7"), dateSystem: this.host.supports("ExcelApi", "1.2") });
    this.shape = { value: shape, at: this.now() };
    return shape;
  }

  async read(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    return this.withShape(async (context, shape) => {
      // A store of no more than the settings rides along, so a readSettings right after costs nothing;
      // a larger one is read on its own, in blocks (excelStore.ts).
      let store: unknown[][] | null = null;
      const named = namedStore(shape);
      // A store renamed or copied: the sheets read below show it by their row 1; a very hidden one is not read, so row 1 of each rides along.
      const veryHidden = shape.sheets.filter((s) => s.visibility === "VeryHidden" && s !== named).map((s) => s.name);
      let hiddenStores: string[] = [];
      const known = this.fresh(this.otherStores);
      const alongside = {
        bytes: (named ? GLANCE_BYTES : 0) + veryHidden.length * PROBE_BYTES,
        queue: (ctx: XlContext) => {
          const glance = named ? queueStoreGlance(ctx, named.name) : null;
          const probe = queueStoreProbe(ctx, veryHidden);
          return () => {
            store = glance?.() ?? null;
            hiddenStores = probe();
          };
        },
      };
      const result = await readWorkbook(context, shape, {
        withMerges: this.host.supports("ExcelApi", "1.13"),
        readBudget: this.options.readBudget,
        onProgress,
        alongside,
        skip: known ? new Set(known.map((n) => n.toLowerCase())) : undefined,
      });
      const read = result.snapshot.sheets.filter((s) => s.firstRow === 1 && s.firstColumn === 1 && isStoreHeader(s.values[0])).map((s) => s.name);
      const found = new Set([...(known ?? []), ...read, ...hiddenStores].map((n) => n.toLowerCase()));
      const others = shape.sheets.filter((s) => found.has(s.name.toLowerCase())).map((s) => s.name);
      result.snapshot.sheets = result.snapshot.sheets.filter((s) => !found.has(s.name.toLowerCase()));
      this.otherStores = { value: others, at: this.now() };
      const glanced = !named ? [] : store ? decodeStore(store) : null;
      this.store = others.length === 0 && glanced ? { value: glanced, at: this.now() } : null;
      // Every sheet the shape names was just read, so it is as fresh as now: a long read of a
      // large workbook does not make the write that follows load the shape again.
      if (this.shape?.value === shape) this.shape.at = this.now();
      this.merges = new Map(result.snapshot.sheets.map((s) => [s.name.toLowerCase(), s.merges]));
      const otherSheets = unreadSheets(shape, result.snapshot, [...found]);
      return otherSheets.length > 0 ? { ...result.snapshot, otherSheets } : result.snapshot;
    });
  }

  /** The fill colour of each cell, in the order asked (readFills.ts): no shape is needed, so nothing is loaded but the fills. */
  async readFills(cells: CellAddress[]): Promise<(string | null)[]> {
    if (cells.length === 0) return [];
    try {
      return await this.host.run((context) => readFills(context, cells, { cellProperties: this.host.supports("ExcelApi", "1.9"), budget: this.options.readBudget }));
    } catch (error) {
      throw new ExcelDoorError(errorSentence(error));
    }
  }

  /**
   * The formula of each cell ("=TODAY()", null for a value), with the fills of `fills` and the links of `links`, in the same
   * syncs (readFills.ts): the read loads values alone, as formulas or links for every cell would double it. Hosts before
   * ExcelApi 1.9 cannot say a cell's link: each answers null, with no sync for them.
   */
  async readFormulas(cells: CellAddress[], fills: CellAddress[], links: CellAddress[] = []): Promise<FormulaAnswers> {
    if (cells.length === 0 && fills.length === 0 && links.length === 0) return { formulas: [], fills: [], links: [] };
    try {
      return await this.host.run((context) => readFillsAndFormulas(context, { fills, formulas: cells, links }, { cellProperties: this.host.supports("ExcelApi", "1.9"), budget: this.options.readBudget }));
    } catch (error) {
      throw new ExcelDoorError(errorSentence(error));
    }
  }

  /** The records of every store (see mergeStores): the one of the store's name, and any renamed or copied one. */
  async readStore(): Promise<StoreRecord[]> {
    const kept = this.fresh(this.store);
    if (kept) return [...kept];
    const read = await this.withShape((context, shape) => readStores(context, shape, { budget: this.options.readBudget, others: this.fresh(this.otherStores) }));
    const records = mergeStores(read.rows.map(decodeStore));
    this.store = { value: records, at: this.now() };
    this.otherStores = { value: read.others, at: this.now() };
    return records;
  }

  async writeStore(records: StoreRecord[]): Promise<void> {
    const rows = encodeStore(records);
    try {
      // A save that stops part-way leaves every record in one store or another (excelStore.ts), so a stale shape may retry it.
      await this.withShape((context, shape) => writeStores(context, shape, rows, this.fresh(this.otherStores), { pauseEvents: this.pauseEvents, budget: this.options.writeBudget }));
    } finally {
      this.forget();
    }
    // The stores emptied to their header are still stores: the next read finds them again.
    this.store = { value: decodeStore(rows), at: this.now() };
  }

  async readSettings(): Promise<Settings> {
    return storedSettings(this, (message) => new ExcelDoorError(message));
  }

  async writeSettings(settings: Settings): Promise<void> {
    await storeSettings(this, settings);
  }

  async userName(): Promise<string | null> {
    // Excel's add-in API does not say who the user is without single sign-on.
    return null;
  }

  async applyPlan(plan: WritePlan): Promise<AppliedSheet[]> {
    if (plan.sheets.length === 0) return [];
    /** The targets of the write under way, undone if it fails. */
    let attempt: SheetTarget[] = [];
    /** The leftover temporary sheets the write under way sweeps first. */
    let attemptSwept: string[] = [];
    let givenNames = new Map<string, string>();
    try {
      await this.withShape(async (context, shape) => {
        // ExcelApi 1.9: page layout, and getRanges to format many same-looking areas in one call.
        const newer = this.host.supports("ExcelApi", "1.9");
        const budget = this.options.writeBudget ?? DEFAULT_WRITE_BUDGET;
        /**
         * Writes the plan; false when the generated sheets to rewrite in place need more than one
         * request, or Excel refused that one request for size (nothing applied): they are then built
         * beside instead, so a rewrite in place is never split across requests. (Within one request,
         * a call Excel refuses for another reason can still leave the sheet part-written; it keeps its
         * marker, so the next run rewrites it.)
         */
        // Temporary names Excel refused, held by sheets Office.js does not list; and whether the leftovers are swept.
        const unlisted = new Set<string>();
        let swept = false;
        let marksRefused = 0;
        const repoint = this.host.supports("ExcelApi", "1.7");
        // The sheets a write replaces are the same however it is written, so their tables are read once.
        let tablesChecked = false;
        const write = async (allowInPlace: boolean): Promise<boolean> => {
          // Every name is checked before anything is queued: a user's sheet stops the whole write.
          const targets = planTargets(plan, shape, allowInPlace, unlisted);
          // A sheet written in place needs no change to the workbook's structure; a new one does, and Excel would refuse it.
          if (shape.structureLocked && targets.some((t) => !t.inPlace)) throw new ExcelDoorError(`${protectedStructureMessage(NO_SHEETS_ADDED)}${renamedSheetsNote(plan)}`);
          const inPlace = targets.filter((t) => t.inPlace);
          // The charts on the sheets written in place go with their old content.
          const charts = inPlace.map((t) => context.workbook.worksheets.getItem(t.sheetName).charts.load("items/name"));
          // A user's table on a generated sheet would go with it (sheetOwnership.ts): the names of the
          // replaced sheets' tables come in the sync that finds the charts, and are not asked for again.
          const replaced = tablesChecked ? [] : targets.flatMap((t) => (t.replaces === null ? [] : [t.replaces]));
          const tables = new Map(replaced.map((name) => [name.toLowerCase(), context.workbook.worksheets.getItem(name).tables.load("items/name")]));
          if (inPlace.length > 0 || replaced.length > 0) await context.sync();
          const inTheWay = tablesInTheWay(
            plan,
            (key) => shape.markers.live.get(key) ?? undefined,
            (sheet) => tables.get(sheet.toLowerCase())?.items.map((t) => t.name) ?? [],
          );
          if (inTheWay !== null) throw new ExcelDoorError(inTheWay);
          tablesChecked = true;
          const found = leftoverSheets(shape);
          const leftovers = shape.structureLocked || swept ? [] : found;
          const sweep = sweepStep(leftovers);
          // The new sheets' places are counted without the leftovers, as planTargets counts them.
          const sheets = [...shape.sheets].sort((a, b) => a.position - b.position).flatMap((s) => (found.includes(s.name) ? [] : [s.name]));
          const steps = [
            ...(sweep ? [sweep] : []),
            ...targets.flatMap((t) => sheetSteps(t, { printSetup: newer, multiArea: newer, date1904: shape.date1904, chartLabelFormat: this.host.supports("ExcelApi", "1.8"), charts: t.inPlace ? charts[inPlace.indexOf(t)]!.items : [] })),
            finishStep(targets, shape.structureLocked ? [] : [...shape.markers.danglingKept, ...shape.danglingMarks], { repoint, sheets, names: shape.names }),
          ];
          if (inPlace.length > 0 && packSteps(steps, budget).batches.length > 1) return false;
          attempt = targets;
          attemptSwept = leftovers;
          try {
            // Nothing refers to a new sheet, so calculation may wait; formulas elsewhere may refer to one written in place.
            await runSteps(context, steps, { budget, pauseEvents: this.pauseEvents, pauseCalculation: inPlace.length === 0, retrySmaller: inPlace.length === 0 });
          } catch (error) {
            if (inPlace.length > 0 && isPayloadLimitError(error)) return false;
            if (!isNameRefused(error)) throw error;
            try {
              // A chart sheet, which Office.js does not list, holds a plan sheet's name: the new sheet takes the next free one.
              givenNames = await renameBesideUnlisted(context, targets, error);
            } catch (refused) {
              const markRefused = refused instanceof TemporaryMarkRefused && marksRefused < MAX_MARK_REFUSALS;
              if (!(refused instanceof TemporaryNameHeld) && !markRefused) {
                if (refused instanceof TemporaryMarkRefused) throw new ExcelDoorError(markRefusedSentence(refused.sheet));
                throw refused;
              }
              // The new sheets go, and are built again: under the same names where only a mark was refused.
              await undoWrite(context, targets, { finish: false, repoint });
              attempt = [];
              attemptSwept = [];
              swept = true;
              if (refused instanceof TemporaryMarkRefused) marksRefused++;
              else {
                // One holds a temporary name: free ones are found in small requests before the write is built again.
                unlisted.add(refused.held.toLowerCase());
                const temporaryNames = () => planTargets(plan, shape, allowInPlace, unlisted).flatMap((t) => (t.tempName === null ? [] : [t.tempName]));
                await probeTemporaryNames(context, temporaryNames, unlisted, MAX_TEMPORARY_TRIES);
              }
              return write(allowInPlace);
            }
          }
          return true;
        };
        if (!(await write(true))) await write(false);
        attempt = [];
        attemptSwept = [];
        // Not retried on a stale shape: the final batch may have applied in part; the catch below tidies up.
      }, false);
    } catch (error) {
      const settled = attempt;
      const leftovers = attemptSwept;
      const command = commandOf(plan);
      // A write in place alone builds nothing to undo: its sheets keep their markers, and the next run rewrites them.
      if (!settled.some((t) => t.tempName !== null)) {
        // Unless Excel refused to delete a leftover in the first step: the workbook says so.
        const layout = leftovers.length === 0 ? null : await this.host.run((context) => loadLayout(context, { protection: false, dateSystem: false })).catch(() => null);
        const refusal = layout ? deleteRefusal(error, layout, settled, leftovers) : null;
        if (refusal) throw new ExcelDoorError(deleteRefusedSentence(refusal, settled, { complete: false, written: [], oldDeleted: [] }, command));
        // Refused once the rewrite had begun: Excel keeps the calls before the refused one, so the sheets may be half rewritten.
        if (settled.length > 0) throw new ExcelDoorError(`${errorSentence(error)} ${partlyRewrittenSentence(settled.map((t) => t.sheetName), command)}`);
        throw error;
      }
      const options = { finish: !(error instanceof NamesRefused), repoint: this.host.supports("ExcelApi", "1.7") };
      // The workbook as the failure left it, loaded before anything is settled.
      let failed: WorkbookLayout | null = null;
      const loaded = (layout: WorkbookLayout) => void (failed ??= layout);
      const settle = (finish: boolean) => this.host.run((context) => undoWrite(context, settled, { ...options, finish, loaded }));
      // Where finishing the last step fails too, the sheets it had not named go.
      const left = await settle(options.finish).catch(() => (options.finish ? settle(false) : null)).catch(() => null);
      // The last step had begun and is finished: the write succeeded after all.
      if (left?.complete) return appliedSheets(besideUnlisted(plan, givenNames));
      // Excel would not delete a sheet: which one stayed, what was written, and what to do, rather than Excel's own words.
      const refusal = left && failed ? deleteRefusal(error, failed, settled, leftovers) : null;
      if (left && refusal) throw new ExcelDoorError(deleteRefusedSentence(refusal, settled, left, command));
      const said = left ? leftSentence(errorSentence(error), left, error instanceof NamesRefused) : errorSentence(error);
      throw said === errorSentence(error) ? error : new ExcelDoorError(said);
    } finally {
      this.forget();
    }
    return appliedSheets(besideUnlisted(plan, givenNames));
  }

  async applyFormats(plans: FormatPlan[]): Promise<void> {
    this.lastFormatOutcome = await this.applyFormatsReporting(plans);
  }

  /** Adds the plans' formats; the outcome lists anything left out, each as one sentence. */
  async applyFormatsReporting(plans: FormatPlan[]): Promise<FormatOutcome> {
    if (plans.length === 0) return { rules: 0, lists: 0, notes: [] };
    const support = this.formatSupport();
    try {
      return await this.withShape((context, shape) => {
        // Excel would refuse part-way through the batch; refusing first leaves every sheet as it was.
        const locked = protectedAmong(shape, plans.filter((p) => p.rules.some((r) => r.ranges.length > 0) || p.validation).map((p) => p.sheet));
        if (locked.length > 0) throw new ExcelDoorError(protectedSheetsMessage(locked, NO_HIGHLIGHTS_ADDED));
        return applyFormatPlans(context, plans, support);
        // Not retried on a stale shape: a batch that applied before the failure would add its rules twice.
      }, false);
    } finally {
      this.forget();
    }
  }

  async clearFormats(tag: FormatTag): Promise<number> {
    const support = this.formatSupport();
    try {
      return await this.withShape((context, shape) => clearFormatTag(context, shape, tag, support));
    } finally {
      this.forget();
    }
  }

  private formatSupport() {
    return {
      multiArea: this.host.supports("ExcelApi", "1.9"),
      validation: this.host.supports("ExcelApi", "1.8"),
      pauseEvents: this.pauseEvents,
      budget: this.options.writeBudget,
      readBudget: this.options.readBudget,
    };
  }

  async applyEdits(edits: CellEdit[]): Promise<number> {
    this.lastEditOutcome = { left: [], notes: [] };
    if (edits.length === 0) return 0;
    // A rating merged down beside several actions is one cell: the rows' edits become one write at its top-left.
    const { targets, left, notes } = editTargets(edits, this.merges);
    try {
      const result = await this.ownWrites.during(editRegions(targets), () =>
        this.withShape(async (context, shape) => {
          // A protected sheet's unlocked cells take values: only locked targets refuse the change.
          await refuseLockedTargets(context, shape, targets, this.options.writeBudget);
          return writeEdits(context, targets, { pauseEvents: this.pauseEvents, budget: this.options.writeBudget, withMerges: this.host.supports("ExcelApi", "1.13") });
        }, false),
      );
      this.lastEditOutcome = { left: [...left, ...result.left], notes: [...notes, ...result.notes] };
      return result.written;
    } finally {
      this.forget();
    }
  }

  async select(sheet: string, row: number, column: number): Promise<void> {
    try {
      await this.host.run(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRangeByIndexes(row - 1, column - 1, 1, 1).select();
        await context.sync();
      });
    } catch (error) {
      throw new ExcelDoorError(errorCode(error) === "ItemNotFound" ? `There is no sheet named "${sheet}" any more.` : errorSentence(error));
    }
  }
}

/** Said when Excel refused, each time the write was built, the hidden name that marks a new sheet as RAG Tracker's. */
function markRefusedSentence(sheet: string): string {
  return `Excel refused ${MAX_MARK_REFUSALS + 1} times to add the hidden name that marks the new sheet "${sheet}" as RAG Tracker's, so nothing was written; try again.`;
}
