/**
 * The workbook part of an .xlsx package, read without ExcelJS: the sheets in tab order with
 * their parts, the date system, the defined names, whether the structure is locked, and where
 * the styles and shared strings are. The workbook part is found as Excel finds it, through the
 * package's relationships, not by assuming xl/workbook.xml.
 */
import type JSZip from "jszip";
import type { WorkbookExtension } from "../fileKind";
import { packageExtension } from "../fileKind";
import { PACKAGE_RELS_PART, packagePart, parseRelationships, partText, relsPathOf, resolveTarget } from "../packageXml";
import { isTrue, relationshipId, streamXml } from "./xmlEvents";
import { isStoreSheetName } from "../../core/store";

export type SheetState = "visible" | "hidden" | "veryHidden";

/** A worksheet holds cells; a chartsheet only a chart; anything else a program of its own (a macro or dialog sheet). */
export type SheetKind = "worksheet" | "chartsheet" | "other";

export interface PackageSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** zip path, e.g. "xl/worksheets/sheet1.xml" */
  part: string;
  state: SheetState;
  kind: SheetKind;
}

export interface PackageName {
  name: string;
  localSheetId?: number;
  hidden: boolean;
  /** the formula text, unescaped, e.g. "'RAG Summary'!$A$1" */
  text: string;
}

export interface PackageWorkbook {
  /** zip path of the workbook part, e.g. "xl/workbook.xml" */
  part: string;
  /** A copy must keep it: Excel refuses a macro-enabled workbook (or a template) saved under another extension. */
  extension: WorkbookExtension;
  /** tab order */
  sheets: PackageSheet[];
  date1904: boolean;
  definedNames: PackageName[];
  /** Review > Protect Workbook locks structure */
  structureLocked: boolean;
  /** paths of the styles and shared-strings parts, from the workbook's rels, or null */
  stylesPart: string | null;
  sharedStringsPart: string | null;
}

/** The package breaks a rule every workbook keeps; `reason` completes "the file is damaged: …". */
export class DamagedPackageError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "DamagedPackageError";
  }
}


function relType(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** The workbook part's path, from the package relationships (_rels/.rels). */
async function workbookPartPath(zip: JSZip): Promise<string> {
  const path = packagePart(await partText(zip, PACKAGE_RELS_PART), "officeDocument");
  if (path === null) throw new DamagedPackageError("its package relationships name no workbook part");
  if (!zip.file(path)) throw new DamagedPackageError(`its package names ${path} as its workbook, but has no such part`);
  return path;
}

interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: SheetState;
}

function sheetState(value: string | undefined): SheetState {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}

export async function readPackageWorkbook(zip: JSZip): Promise<PackageWorkbook> {
  const part = await workbookPartPath(zip);
  const entries: SheetEntry[] = [];
  const definedNames: PackageName[] = [];
  let date1904 = false;
  let structureLocked = false;
  let name: PackageName | null = null;
  await streamXml(zip, part, {
    open(tag, a) {
      switch (tag) {
        case "workbookPr":
          date1904 = isTrue(a.date1904);
          break;
        case "workbookProtection":
          structureLocked = isTrue(a.lockStructure);
          break;
        case "sheet":
          entries.push({ name: a.name ?? "", sheetId: Number(a.sheetId), relId: relationshipId(a) ?? "", state: sheetState(a.state) });
          break;
        case "definedName":
          name = { name: a.name ?? "", hidden: isTrue(a.hidden), text: "" };
          if (a.localSheetId !== undefined) name.localSheetId = Number(a.localSheetId);
          break;
      }
    },
    text(text) {
      if (name) name.text += text;
    },
    close(tag) {
      if (tag === "definedName" && name) {
        definedNames.push(name);
        name = null;
      }
    },
  });

  const rels = parseRelationships(await partText(zip, relsPathOf(part)));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const target = (kind: string): string | null => {
    const rel = rels.find((r) => relType(r.type) === kind && r.targetMode !== "External");
    return rel ? resolveTarget(part, rel.target) : null;
  };
  const sheets: PackageSheet[] = [];
  const names = new Map<string, string>();
  const parts = new Map<string, string>();
  for (const entry of entries) {
    // Excel offers to repair such a file and drops the sheet; reading on would drop its actions from the report unsaid.
    const rel = byId.get(entry.relId);
    if (!rel) throw new DamagedPackageError(`its sheet "${entry.name}" has no part`);
    const sheetPart = resolveTarget(part, rel.target);
    if (!zip.file(sheetPart)) throw new DamagedPackageError(`its sheet "${entry.name}" names the part ${sheetPart}, which the package does not have`);
    // Excel allows neither; read on, the same actions would be counted twice. (Two stores named
    // alike but for case, as an older RAG Tracker could leave, are read and merged: see storeSheet.ts.)
    const sameName = isStoreSheetName(entry.name) ? undefined : names.get(entry.name.toLowerCase());
    if (sameName !== undefined) throw new DamagedPackageError(`it lists two sheets named "${sameName}", which Excel does not allow`);
    const samePart = parts.get(sheetPart);
    if (samePart !== undefined) throw new DamagedPackageError(`its sheets "${samePart}" and "${entry.name}" are one and the same part, ${sheetPart}`);
    names.set(entry.name.toLowerCase(), entry.name);
    parts.set(sheetPart, entry.name);
    const type = relType(rel.type);
    const kind: SheetKind = type === "worksheet" || type === "chartsheet" ? type : "other";
    sheets.push({ ...entry, part: sheetPart, kind });
  }
  // The cells' text is kept there: without it every text cell would read as empty, and the plan as no tracker.
  const sharedStringsPart = target("sharedStrings");
  if (sharedStringsPart !== null && !zip.file(sharedStringsPart)) {
    throw new DamagedPackageError(`its workbook names the part ${sharedStringsPart}, which holds the text of its cells and which the package does not have`);
  }
  return {
    part,
    extension: await packageExtension(zip, part),
    sheets,
    date1904,
    definedNames,
    structureLocked,
    stylesPart: target("styles"),
    sharedStringsPart,
  };
}
