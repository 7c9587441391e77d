/**
 * The user's style sheet (xl/styles.xml) with the looks of the generated sheets added at its end.
 * Everything the workbook had keeps its place and number, so every user cell keeps its style; the
 * fonts, fills, borders, number formats and cell formats the generated cells need are appended,
 * each once, and numbered after the user's own.
 */
import type ExcelJS from "exceljs";
import { NS, XML_HEAD, xmlEscape } from "../packageXml";

/** What the generated cells' styles hold (see planStyles): the parts of an ExcelJS style written here. */
export type CellStyle = Partial<ExcelJS.Style>;


/** The first number a workbook's own number format may take (lower ones are Excel's built-in formats). */
const FIRST_CUSTOM_FORMAT = 164;

/** Built-in formats the generated sheets use, by the number Excel knows them by. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "@": 49 };

/** A style sheet for a package that has none: the defaults Excel writes (one font, the two required fills, one border, one format). */
export const EMPTY_STYLE_SHEET =
  `${XML_HEAD}<styleSheet xmlns="${NS.spreadsheet}">` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** One list of the style sheet (<fonts>, <fills>, …): how many it had, and what is added. */
interface List {
  had: number;
  added: string[];
  byXml: Map<string, number>;
}

function newList(had: number): List {
  return { had, added: [], byXml: new Map() };
}

/** The index of this element in its list, adding it the first time it is met. */
function indexIn(list: List, xml: string): number {
  let index = list.byXml.get(xml);
  if (index === undefined) {
    index = list.had + list.added.length;
    list.added.push(xml);
    list.byXml.set(xml, index);
  }
  return index;
}

function colourXml(element: string, colour: Partial<ExcelJS.Color> | undefined): string {
  return colour?.argb ? `<${element} rgb="${xmlEscape(colour.argb)}"/>` : "";
}

function fontXml(font: Partial<ExcelJS.Font>): string {
  // Excel reads a font's children in any order; these follow the order Excel writes.
  return (
    "<font>" +
    (font.bold ? "<b/>" : "") +
    (font.italic ? "<i/>" : "") +
    (font.size ? `<sz val="${font.size}"/>` : "") +
    colourXml("color", font.color) +
    (font.name ? `<name val="${xmlEscape(font.name)}"/>` : "") +
    (font.family ? `<family val="${font.family}"/>` : "") +
    "</font>"
  );
}

function fillXml(fill: ExcelJS.Fill): string {
  if (fill.type !== "pattern") throw new Error("A generated sheet asked for a gradient fill, which RAG Tracker does not write.");
  return `<fill><patternFill patternType="${fill.pattern}">${colourXml("fgColor", fill.fgColor)}${colourXml("bgColor", fill.bgColor)}</patternFill></fill>`;
}

function edgeXml(name: string, edge: Partial<ExcelJS.Border> | undefined): string {
  if (!edge?.style) return `<${name}/>`;
  return `<${name} style="${edge.style}">${colourXml("color", edge.color)}</${name}>`;
}

function borderXml(border: Partial<ExcelJS.Borders>): string {
  // The schema's order: left, right, top, bottom, diagonal.
  return `<border>${edgeXml("left", border.left)}${edgeXml("right", border.right)}${edgeXml("top", border.top)}${edgeXml("bottom", border.bottom)}<diagonal/></border>`;
}

function alignmentXml(alignment: Partial<ExcelJS.Alignment> | undefined): string {
  if (!alignment) return "";
  let xml = "<alignment";
  if (alignment.horizontal) xml += ` horizontal="${alignment.horizontal}"`;
  if (alignment.vertical) xml += ` vertical="${alignment.vertical}"`;
  if (alignment.wrapText) xml += ' wrapText="1"';
  return xml === "<alignment" ? "" : `${xml}/>`;
}

/** The opening tag of a list and its count, in a style sheet whose elements may carry a prefix. */
function listPattern(prefix: string, name: string): RegExp {
  return new RegExp(`<${prefix}${name}\\b[^>]*?(/?)>`);
}

/** The items of a list as the sheet writes them, in order. */
function itemsOf(xml: string, prefix: string, list: string, item: string): string[] {
  const open = listPattern(prefix, list).exec(xml);
  if (!open || open[1] === "/") return [];
  const close = xml.indexOf(`</${prefix}${list}>`, open.index);
  const body = xml.slice(open.index + open[0].length, close < 0 ? undefined : close);
  return body.match(new RegExp(`<${prefix}${item}\\b[^>]*?/>|<${prefix}${item}\\b[^>]*>[\\s\\S]*?</${prefix}${item}>`, "g")) ?? [];
}

function countOf(xml: string, prefix: string, list: string, item: string): number {
  return itemsOf(xml, prefix, list, item).length;
}

/**
 * A list as the sheet has it. Items written exactly as this would write them (by an earlier run
 * of RAG Tracker) are reused, so generating the sheets again does not grow the style sheet.
 */
function listOf(xml: string, prefix: string, list: string, item: string): List {
  const items = itemsOf(xml, prefix, list, item);
  const known = newList(items.length);
  const unprefixed = prefix ? (text: string) => text.split(prefix).join("") : (text: string) => text;
  items.forEach((text, i) => {
    const key = unprefixed(text);
    if (!known.byXml.has(key)) known.byXml.set(key, i);
  });
  return known;
}

/**
 * Registers the generated cells' styles against the user's style sheet and gives the sheet with
 * them added. Cell style 0 (the workbook's default) serves a cell with no style of its own.
 */
export class StyleSheetAppender {
  private readonly prefix: string;
  private readonly fonts: List;
  private readonly fills: List;
  private readonly borders: List;
  private readonly cellXfs: List;
  /** Number formats: the user's custom ones by code, and those added. */
  private readonly formats = new Map<string, number>();
  private readonly addedFormats: string[] = [];
  private nextFormatId: number;
  /** Style objects are shared by the cells that look alike (see PlanStyles): each is turned into XML once. */
  private readonly byObject = new Map<object, number>();

  constructor(private readonly original: string) {
    const root = /<(\w+:)?styleSheet\b/.exec(original);
    if (!root) throw new Error("The workbook's style sheet has an unexpected form, so no sheet could be added to it.");
    this.prefix = root[1] ?? "";
    const p = this.prefix;
    this.fonts = listOf(original, p, "fonts", "font");
    this.fills = listOf(original, p, "fills", "fill");
    this.borders = listOf(original, p, "borders", "border");
    this.cellXfs = listOf(original, p, "cellXfs", "xf");
    // Excel reads the first entries of these lists as the defaults (and fills 0 and 1 as fixed): a sheet without them gets them first.
    if (this.fonts.had === 0) indexIn(this.fonts, '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>');
    if (this.fills.had === 0) for (const pattern of ["none", "gray125"]) indexIn(this.fills, `<fill><patternFill patternType="${pattern}"/></fill>`);
    if (this.borders.had === 0) indexIn(this.borders, "<border><left/><right/><top/><bottom/><diagonal/></border>");
    if (this.cellXfs.had === 0) indexIn(this.cellXfs, '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
    let maxId = FIRST_CUSTOM_FORMAT - 1;
    for (const m of original.matchAll(new RegExp(`<${p}numFmt\\b[^>]*>`, "g"))) {
      const id = Number(/\snumFmtId="(\d+)"/.exec(m[0])?.[1]);
      const code = /\sformatCode="([^"]*)"/.exec(m[0])?.[1];
      if (!Number.isInteger(id)) continue;
      maxId = Math.max(maxId, id);
      if (code !== undefined && !this.formats.has(code)) this.formats.set(code, id);
    }
    this.nextFormatId = maxId + 1;
  }

  /** The cell format number of this style; 0 for a cell without one. */
  addStyleModel(style: CellStyle | undefined): number {
    if (!style) return 0;
    let id = this.byObject.get(style);
    if (id === undefined) {
      id = this.register(style);
      this.byObject.set(style, id);
    }
    return id;
  }

  private formatId(code: string | undefined): number {
    if (!code) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const escaped = xmlEscape(code);
    let id = this.formats.get(escaped);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(escaped, id);
      this.addedFormats.push(`<numFmt numFmtId="${id}" formatCode="${escaped}"/>`);
    }
    return id;
  }

  private register(style: CellStyle): number {
    if (Object.keys(style).length === 0) return 0;
    const numFmtId = this.formatId(style.numFmt);
    const fontId = style.font ? indexIn(this.fonts, fontXml(style.font)) : 0;
    const fillId = style.fill ? indexIn(this.fills, fillXml(style.fill)) : 0;
    const borderId = style.border ? indexIn(this.borders, borderXml(style.border)) : 0;
    const alignment = alignmentXml(style.alignment);
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (style.font) xf += ' applyFont="1"';
    if (style.fill) xf += ' applyFill="1"';
    if (style.border) xf += ' applyBorder="1"';
    xf += alignment ? ` applyAlignment="1">${alignment}</xf>` : "/>";
    return indexIn(this.cellXfs, xf);
  }

  /** The style sheet with every registered look added; the original text when nothing was. */
  toXml(): string {
    let xml = this.original;
    const p = this.prefix;
    const prefixed = (items: string[]) => (p ? items.map((item) => item.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`)) : items);
    xml = appendToList(xml, p, "cellXfs", prefixed(this.cellXfs.added), this.cellXfs.had);
    xml = appendToList(xml, p, "borders", prefixed(this.borders.added), this.borders.had);
    xml = appendToList(xml, p, "fills", prefixed(this.fills.added), this.fills.had);
    xml = appendToList(xml, p, "fonts", prefixed(this.fonts.added), this.fonts.had);
    return appendToList(xml, p, "numFmts", prefixed(this.addedFormats), countOf(xml, p, "numFmts", "numFmt"));
  }
}

/** The style sheet's lists in the order the schema fixes. */
const SCHEMA_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** Where a list the sheet lacks goes: before the first element the schema puts after it. */
function placeFor(xml: string, p: string, list: string): number {
  for (const later of SCHEMA_ORDER.slice(SCHEMA_ORDER.indexOf(list) + 1)) {
    const found = listPattern(p, later).exec(xml);
    if (found) return found.index;
  }
  const end = xml.lastIndexOf(`</${p}styleSheet>`);
  if (end < 0) throw new Error("The workbook's style sheet has an unexpected form, so no sheet could be added to it.");
  return end;
}

/** Adds items at the end of a list and sets its count, creating the list where the sheet lacks it. */
function appendToList(xml: string, p: string, list: string, items: string[], had: number): string {
  if (items.length === 0) return xml;
  const count = had + items.length;
  const open = listPattern(p, list).exec(xml);
  if (open) {
    const tag = open[0].replace(/\s+count="\d*"/, "").replace(/\s*\/?>$/, "");
    const start = `${tag} count="${count}">`;
    if (open[1] === "/") return xml.slice(0, open.index) + start + items.join("") + `</${p}${list}>` + xml.slice(open.index + open[0].length);
    const close = xml.indexOf(`</${p}${list}>`, open.index);
    if (close < 0) throw new Error("The workbook's style sheet has an unexpected form, so no sheet could be added to it.");
    return xml.slice(0, open.index) + start + xml.slice(open.index + open[0].length, close) + items.join("") + xml.slice(close);
  }
  const at = placeFor(xml, p, list);
  return `${xml.slice(0, at)}<${p}${list} count="${count}">${items.join("")}</${p}${list}>${xml.slice(at)}`;
}
