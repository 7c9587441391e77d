/**
 * Edits to the workbook part (xl/workbook.xml) when sheets are added or their content replaced:
 * the <sheet> list and the defined names. Everything else in the part (protection, views,
 * calculation settings, the user's own names, extensions) is kept as the user's file has it.
 */
import { xmlEscape } from "../packageXml";
import { attribute } from "../packageXml";
import type { SheetState } from "./workbookPart";


export interface SheetElement {
  name: string;
  sheetId: number;
  relId: string;
  state: SheetState;
}

export interface DefinedName {
  name: string;
  localSheetId?: number;
  hidden?: boolean;
  /** The formula text, e.g. 'RAG Summary'!$A$1. */
  text: string;
}

export interface WorkbookEdits {
  /** Sheets already listed (by relationship id) that take a new name or state. */
  changed: SheetElement[];
  /** Sheets added at the end of the list. */
  added: SheetElement[];
  /** Which of the file's defined names go. */
  dropName: (name: string, localSheetId: number | undefined) => boolean;
  /** Which of the file's defined names are kept but hidden from Name Manager. */
  hideName: (name: string) => boolean;
  addedNames: DefinedName[];
}

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const UNEXPECTED = "The workbook part has an unexpected form, so no sheet could be added to it.";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function editWorkbookXml(xml: string, edits: WorkbookEdits): string {
  const root = /<(\w+:)?workbook\b([^>]*)>/.exec(xml);
  if (!root) throw new Error(UNEXPECTED);
  const p = root[1] ?? "";
  const relPrefix = new RegExp(`xmlns:(\\w+)\\s*=\\s*(["'])${escapeRegExp(RELATIONSHIPS_NS)}\\2`).exec(root[2] ?? "")?.[1];
  const idAttribute = relPrefix ? `${relPrefix}:id` : "r:id";
  const sheetTag = (s: SheetElement) =>
    `<${p}sheet name="${xmlEscape(s.name)}" sheetId="${s.sheetId}"${s.state === "visible" ? "" : ` state="${s.state}"`} ${idAttribute}="${xmlEscape(s.relId)}"${relPrefix ? "" : ` xmlns:r="${RELATIONSHIPS_NS}"`}/>`;

  const changed = new Map(edits.changed.map((s) => [s.relId, s]));
  let out = xml.replace(new RegExp(`<${p}sheet\\b[^>]*?/>|<${p}sheet\\b[^>]*>[\\s\\S]*?</${p}sheet>`, "g"), (tag) => {
    const edit = changed.get(attribute(tag, idAttribute) ?? "");
    return edit ? sheetTag(edit) : tag;
  });
  if (edits.added.length > 0) {
    const close = out.indexOf(`</${p}sheets>`);
    if (close < 0) throw new Error(UNEXPECTED);
    out = out.slice(0, close) + edits.added.map(sheetTag).join("") + out.slice(close);
  }

  out = out.replace(new RegExp(`<${p}definedName\\b[^>]*?/>|<${p}definedName\\b[^>]*>[\\s\\S]*?</${p}definedName>`, "g"), (tag) => {
    const name = attribute(tag, "name") ?? "";
    const local = attribute(tag, "localSheetId");
    if (edits.dropName(name, local === null ? undefined : Number(local))) return "";
    const start = new RegExp(`^<${p}definedName\\b[^>]*>`).exec(tag)![0];
    const hiddenNow = attribute(start, "hidden");
    if (!edits.hideName(name) || hiddenNow === "1" || hiddenNow === "true") return tag;
    const hidden = hiddenNow !== null ? start.replace(/\shidden\s*=\s*(?:"[^"]*"|'[^']*')/, ' hidden="1"') : start.replace(/(\/?>)$/, ' hidden="1"$1');
    return hidden + tag.slice(start.length);
  });
  const names = edits.addedNames
    .map((n) => `<${p}definedName name="${xmlEscape(n.name)}"${n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`}${n.hidden ? ' hidden="1"' : ""}>${xmlEscape(n.text)}</${p}definedName>`)
    .join("");
  const emptyList = new RegExp(`<${p}definedNames\\b[^>]*/>|<${p}definedNames>\\s*</${p}definedNames>`);
  if (names === "") return out.replace(emptyList, "");
  const close = out.indexOf(`</${p}definedNames>`);
  if (close >= 0) return out.slice(0, close) + names + out.slice(close);
  out = out.replace(emptyList, "");
  // The schema's order: sheets, functionGroups, externalReferences, then definedNames.
  let at = -1;
  for (const before of ["externalReferences", "functionGroups", "sheets"]) {
    const end = new RegExp(`</${p}${before}>|<${p}${before}\\b[^>]*/>`).exec(out);
    if (end) {
      at = end.index + end[0].length;
      break;
    }
  }
  if (at < 0) throw new Error(UNEXPECTED);
  return `${out.slice(0, at)}<${p}definedNames>${names}</${p}definedNames>${out.slice(at)}`;
}
