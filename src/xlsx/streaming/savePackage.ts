/**
 * Saving for the streaming door: the opened package with each new or replaced sheet's part laid
 * over it. Only the parts that must change are written: the new sheet parts (and their charts),
 * the style sheet and the shared-string table with the generated looks and texts appended, the
 * workbook part's sheet list and names, its relationships, the content types, and the list of
 * worksheet names in the package's properties. A replaced sheet keeps its part name,
 * relationship and sheet id, so nothing that points at it moves.
 */
import type { SharedParts } from "./packageSnapshot";
import type JSZip from "jszip";
import type { GeneratedSheetKey, SheetPlan } from "../../core/writePlan";
import { hasData } from "../../core/writePlan";
import { markerKey, markerName } from "../../core/markers";
import { CONTENT_TYPE, chartXml, drawingXml } from "../chartParts";
import { OWN_NAME_PREFIX } from "../definedNames";
import { absoluteRange } from "../../core/cells";
import { printArea } from "../../core/printedPage";
import { columnTitles, isColumnTitleOf } from "../../core/columnTitles";
import { quoteSheetName } from "../../core/cells";
import type { Relationship } from "../packageXml";
import { CONTENT_TYPES_PART, NS, PACKAGE_RELS_PART, REL_TYPE, addOverride, freeRelId, packagePart, parseRelationships, relationshipsXml, relativeTarget, relsPathOf, resolveTarget } from "../packageXml";
import { PackageOverlay } from "./packageOverlay";
import { generatedSheetXml, storeSheetXml } from "./sheetParts";
import { EMPTY_STYLE_SHEET, StyleSheetAppender } from "./styleSheet";
import { SharedStringTable } from "./sharedStringTable";
import { blankableStrings } from "./unusedStrings";
import type { SheetElement, DefinedName } from "./workbookXml";
import { editWorkbookXml } from "./workbookXml";
import type { PackageWorkbook } from "./workbookPart";
import type { SheetEntry } from "./StreamingXlsxDoor";
import { planChartData } from "./planCharts";
import { withWorksheetTitles } from "./appProperties";

const WORKSHEET_TYPE = `${NS.rel}/worksheet`;
const STYLES_TYPE = `${NS.rel}/styles`;
const CALC_CHAIN_TYPE = `${NS.rel}/calcChain`;
const SHARED_STRINGS_TYPE = `${NS.rel}/sharedStrings`;
const REVISIONS_TYPE = `${NS.rel}/revisionHeaders`;
const SHARED_STRINGS_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

function removeOverride(contentTypes: string, part: string): string {
  const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return contentTypes.replace(new RegExp(`<Override\\b[^>]*PartName="/${escaped}"[^>]*/>`, "i"), "");
}

/** The package being saved: the overlay and the content types, which every added or removed part touches. */
class Saving {
  contentTypes: string;

  constructor(
    readonly overlay: PackageOverlay,
    contentTypes: string,
  ) {
    this.contentTypes = contentTypes;
  }

  add(part: string, content: string | Uint8Array | readonly Uint8Array[], type: string): void {
    this.overlay.set(part, content);
    this.contentTypes = addOverride(this.contentTypes, part, type);
  }

  remove(part: string): void {
    this.overlay.remove(part);
    this.contentTypes = removeOverride(this.contentTypes, part);
  }

  /** A part, its relationships part, and the parts those point to that only it could own (a drawing's charts and theirs). */
  async removeWithOwned(part: string): Promise<void> {
    const relsPath = relsPathOf(part);
    for (const rel of parseRelationships(await this.overlay.text(relsPath))) {
      if (rel.targetMode === "External") continue;
      const target = resolveTarget(part, rel.target);
      if (this.overlay.has(target) && (rel.type === REL_TYPE.drawing || rel.type === REL_TYPE.chart || /\/(chartStyle|chartColorStyle)$/.test(rel.type))) {
        await this.removeWithOwned(target);
      }
    }
    if (this.overlay.has(relsPath)) this.overlay.remove(relsPath);
    this.remove(part);
  }
}

/** Adds a generated sheet's charts: one drawing, a chart part each, and the sheet's relationship to the drawing. */
function addCharts(saving: Saving, sheetPart: string, plan: SheetPlan): string | null {
  const specs = plan.charts.filter(hasData);
  if (specs.length === 0) return null;
  const folder = folderOf(folderOf(sheetPart));
  const drawing = `${folder}/drawings/drawing${saving.overlay.freeNumber((n) => `${folder}/drawings/drawing${n}.xml`)}.xml`;
  const drawingRels: Relationship[] = [];
  const anchors = specs.map((spec, i) => {
    const chart = `${folder}/charts/chart${saving.overlay.freeNumber((n) => `${folder}/charts/chart${n}.xml`)}.xml`;
    saving.add(chart, chartXml(planChartData(plan, spec)), CONTENT_TYPE.chart);
    const relId = `rId${i + 1}`;
    drawingRels.push({ id: relId, type: REL_TYPE.chart, target: relativeTarget(drawing, chart) });
    return { anchor: spec.anchor, relId, shapeId: i + 2, title: spec.title };
  });
  saving.add(drawing, drawingXml(anchors), CONTENT_TYPE.drawing);
  saving.overlay.set(relsPathOf(drawing), relationshipsXml(drawingRels));
  saving.overlay.set(relsPathOf(sheetPart), relationshipsXml([{ id: "rId1", type: REL_TYPE.drawing, target: relativeTarget(sheetPart, drawing) }]));
  return "rId1";
}

/** The package's extended properties list the worksheets by name: renamed ones take their new names, added ones join the list (see withWorksheetTitles). */
async function updateWorksheetTitles(overlay: PackageOverlay, workbook: PackageWorkbook, sheets: readonly SheetEntry[], added: readonly SheetElement[]): Promise<void> {
  const opened = workbook.sheets.filter((s) => s.kind === "worksheet");
  const before = opened.map((s) => s.name);
  const now = opened.map((sheet) => sheets.find((s) => s.opened === sheet)?.name ?? sheet.name);
  if (added.length === 0 && now.every((name, i) => name === before[i])) return;
  const part = packagePart(await overlay.text(PACKAGE_RELS_PART), "extended-properties");
  if (part === null) return;
  const appXml = await overlay.text(part);
  if (appXml === null) return;
  overlay.set(part, withWorksheetTitles(appXml, before, [...now, ...added.map((s) => s.name)]));
}

/**
 * The shared strings of the sheets being replaced (the store, generated sheets) that nothing saved
 * refers to any more (see unusedStrings.ts). None in a shared workbook, whose revision logs may
 * refer to strings by number too.
 */
async function replacedStringsToBlank(zip: JSZip, workbook: PackageWorkbook, sheets: readonly SheetEntry[], workbookRels: readonly Relationship[], strings: SharedStringTable): Promise<Set<number>> {
  const replacedParts = sheets.flatMap((s) => (s.content !== null && s.opened ? [s.opened.part] : []));
  if (replacedParts.length === 0 || workbook.sharedStringsPart === null || workbookRels.some((r) => r.type === REVISIONS_TYPE)) return new Set();
  const keptSheetParts = sheets.flatMap((s) => (s.content === null && s.opened && s.opened.kind !== "chartsheet" ? [s.opened.part] : []));
  return blankableStrings(zip, { replacedParts, keptSheetParts, usedBySave: strings.reused });
}

/**
 * `existingStrings`: the user's shared-string table, whose plain texts the generated cells reuse
 * (so a second run adds no copies of the first run's texts); new texts are numbered after them.
 * `stores`: the store sheets (a renamed or copied one too), each put back out of reach.
 * `markerNames`: kept markers to add (generated sheets the user renamed) and to drop (their sheet deleted).
 * `reordered`: kept sheets' parts written again with their conditional formats in priority order (sheetRuleOrder.ts), by path.
 */
export async function savePackage(
  zip: JSZip,
  workbook: PackageWorkbook,
  sheets: readonly SheetEntry[],
  plannedKeys: ReadonlySet<GeneratedSheetKey>,
  existingStrings: Pick<SharedParts, "strings" | "formattedStrings">,
  stores: ReadonlySet<SheetEntry> = new Set(),
  markerNames: { added: readonly DefinedName[]; dropped: ReadonlySet<string> } = { added: [], dropped: new Set() },
  reordered: ReadonlyMap<string, string> = new Map(),
): Promise<Uint8Array> {
  const overlay = new PackageOverlay(zip);
  if (!sheets.some((s) => s.content !== null)) return overlay.zip();
  for (const [part, xml] of reordered) overlay.set(part, xml);
  const contentTypes = await overlay.text(CONTENT_TYPES_PART);
  if (contentTypes === null) throw new Error("The workbook has no content types part, so it could not be saved.");
  const saving = new Saving(overlay, contentTypes);
  const workbookPart = workbook.part;
  const workbookRelsPath = relsPathOf(workbookPart);
  const workbookRels = parseRelationships(await overlay.text(workbookRelsPath));
  const folder = folderOf(workbookPart);

  let stylesPart = workbook.stylesPart;
  const styles = new StyleSheetAppender((stylesPart ? await overlay.text(stylesPart) : null) ?? EMPTY_STYLE_SHEET);
  if (!stylesPart) {
    stylesPart = `${folder}/styles.xml`;
    workbookRels.push({ id: freeRelId(workbookRels), type: STYLES_TYPE, target: relativeTarget(workbookPart, stylesPart) });
  }

  const strings = new SharedStringTable(existingStrings.strings, existingStrings.formattedStrings);

  let nextSheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId)) + 1;
  const changed: SheetElement[] = [];
  const added: SheetElement[] = [];
  const names: DefinedName[] = [...markerNames.added];
  const replacedIndexes = new Set<number>();

  for (const [index, entry] of sheets.entries()) {
    if (!entry.content) continue;
    let element: SheetElement;
    let part: string;
    if (entry.opened) {
      part = entry.opened.part;
      element = { name: entry.name, sheetId: entry.opened.sheetId, relId: entry.opened.relId, state: entry.state };
      await saving.removeWithOwned(part);
      changed.push(element);
      replacedIndexes.add(index);
    } else {
      part = `${folder}/worksheets/sheet${overlay.freeNumber((n) => `${folder}/worksheets/sheet${n}.xml`)}.xml`;
      element = { name: entry.name, sheetId: nextSheetId++, relId: freeRelId(workbookRels), state: entry.state };
      workbookRels.push({ id: element.relId, type: WORKSHEET_TYPE, target: relativeTarget(workbookPart, part) });
      added.push(element);
    }
    let xml: Uint8Array[];
    if (entry.content.kind === "store") {
      xml = storeSheetXml(entry.content.rows, styles, strings);
    } else {
      const plan = entry.content.plan;
      xml = generatedSheetXml(plan, styles, strings, workbook.date1904, addCharts(saving, part, plan));
      const sheet = quoteSheetName(entry.name);
      names.push({ name: markerName(plan.key), hidden: true, text: `${sheet}!$A$1` });
      const repeat = plan.print.repeatRows;
      if (repeat) names.push({ name: "_xlnm.Print_Titles", localSheetId: index, text: `${sheet}!$${repeat.first}:$${repeat.last}` });
      // The note above the title is for the team on screen: the councillors' pages start under it.
      const area = printArea(plan);
      if (area) names.push({ name: "_xlnm.Print_Area", localSheetId: index, text: `${sheet}!${absoluteRange(area)}` });
      for (const title of columnTitles(plan)) names.push({ name: title.name, text: `${sheet}!${absoluteRange(title.header)}` });
    }
    saving.add(part, xml, WORKSHEET_CONTENT);
  }

  // Another application may have re-saved a store sheet as merely hidden (LibreOffice has no very hidden): every save puts it back out of reach.
  for (const store of stores) {
    if (store.opened && store.content === null && store.opened.state !== "veryHidden") changed.push({ name: store.name, sheetId: store.opened.sheetId, relId: store.opened.relId, state: "veryHidden" });
  }

  // A replaced sheet's formulas may be listed in the calculation chain; Excel rebuilds a missing chain silently.
  if (replacedIndexes.size > 0) {
    const chain = workbookRels.find((r) => r.type === CALC_CHAIN_TYPE);
    if (chain) {
      saving.remove(resolveTarget(workbookPart, chain.target));
      workbookRels.splice(workbookRels.indexOf(chain), 1);
    }
  }

  const workbookXml = await overlay.text(workbookPart);
  if (workbookXml === null) throw new Error("The workbook part is missing, so the workbook could not be saved.");
  overlay.set(
    workbookPart,
    editWorkbookXml(workbookXml, {
      changed,
      added,
      addedNames: names,
      dropName: (name, localSheetId) => {
        // Excel's clones of RAG Tracker's names on a copied sheet (see keptNames.ts): the copy is the team's own.
        if (localSheetId !== undefined && name.startsWith(OWN_NAME_PREFIX)) return true;
        if (markerNames.dropped.has(name)) return true;
        const key = markerKey(name);
        if (key !== undefined) return plannedKeys.has(key as GeneratedSheetKey);
        // The headings named for screen readers of a generated sheet written again: its new tables are named afresh.
        if ([...plannedKeys].some((k) => isColumnTitleOf(name, k))) return localSheetId === undefined || replacedIndexes.has(localSheetId);
        // Print titles and the like of a sheet whose content is replaced.
        return name.startsWith("_xlnm.") && localSheetId !== undefined && replacedIndexes.has(localSheetId);
      },
      // Name Manager lists only the user's own names (LibreOffice shows ours when it re-saves).
      hideName: (name) => name.startsWith(OWN_NAME_PREFIX),
    }),
  );
  const blank = await replacedStringsToBlank(zip, workbook, sheets, workbookRels, strings);
  if (strings.size > 0 || blank.size > 0) {
    if (workbook.sharedStringsPart) {
      overlay.set(workbook.sharedStringsPart, await strings.appendedTo(zip, workbook.sharedStringsPart, blank));
    } else {
      const part = `${folder}/sharedStrings.xml`;
      workbookRels.push({ id: freeRelId(workbookRels), type: SHARED_STRINGS_TYPE, target: relativeTarget(workbookPart, part) });
      saving.add(part, strings.newPart(), SHARED_STRINGS_CONTENT);
    }
  }
  overlay.set(workbookRelsPath, relationshipsXml(workbookRels));
  await updateWorksheetTitles(overlay, workbook, sheets, added);
  saving.add(stylesPart, styles.toXml(), STYLES_CONTENT);
  overlay.set(CONTENT_TYPES_PART, saving.contentTypes);
  return overlay.zip();
}
