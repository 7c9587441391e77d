/**
 * What a cell's fill colour depends on besides the cell: the fill of each cell style (each <xf>
 * of the styles part's <cellXfs>, which a cell's `s` indexes), the workbook's own indexed palette,
 * and its theme's colours. Read only when fills are asked for, each part once: none of it is
 * needed to read values.
 */
import type JSZip from "jszip";
import type { ColourSpec, FillSpec, Palette } from "../fillColour";
import { makePalette } from "../fillColour";
import { PACKAGE_RELS_PART, packagePart, parseRelationships, partText, relsPathOf, resolveTarget } from "../packageXml";
import type { XmlAttributes } from "./xmlEvents";
import { streamXml } from "./xmlEvents";

export interface StyleFills {
  /** Per cell style: its fill, null where the style names none the sheet has. */
  fills: (FillSpec | null)[];
  /** <colors><indexedColors>: the workbook's own palette (ARGB each), [] when it keeps the legacy one. */
  indexedColors: string[];
}

/**
 * A colour element's attributes as ExcelJS reads them, so both doors see one colour: rgb first,
 * then theme, then indexed; automatic (or none) is no colour given. A tint is kept with any of
 * them (ExcelJS keeps it only with a theme colour, where Excel writes it).
 */
function colourSpec(a: XmlAttributes): ColourSpec | undefined {
  let spec: ColourSpec;
  if (a.rgb !== undefined) spec = { argb: a.rgb };
  else if (a.theme !== undefined && Number.isInteger(parseInt(a.theme, 10))) spec = { theme: parseInt(a.theme, 10) };
  else if (a.indexed !== undefined && Number.isInteger(parseInt(a.indexed, 10))) spec = { indexed: parseInt(a.indexed, 10) };
  else return undefined;
  const tint = a.tint !== undefined ? parseFloat(a.tint) : NaN;
  if (Number.isFinite(tint)) spec.tint = tint;
  return spec;
}

/** The styles part's fills and cell styles; a workbook without one has no fills. */
export async function readStyleFills(zip: JSZip, part: string | null): Promise<StyleFills> {
  const fills: FillSpec[] = [];
  const fillIds: number[] = [];
  const indexedColors: string[] = [];
  if (part === null) return { fills: [], indexedColors };
  const path: string[] = [];
  // The top-level <fills> list's fill being read (a differential format in <dxfs> has fills of its own).
  let fill: FillSpec | null = null;
  await streamXml(zip, part, {
    open(tag, a) {
      const parent = path[path.length - 1];
      const depth = path.length;
      if (tag === "fill" && parent === "fills" && depth === 2) {
        fill = {};
        fills.push(fill);
      } else if (fill && tag === "patternFill") {
        fill.type = "pattern";
        if (a.patternType !== undefined) fill.pattern = a.patternType;
      } else if (fill && tag === "gradientFill") {
        fill.type = "gradient";
      } else if (fill && tag === "fgColor" && parent === "patternFill") {
        const spec = colourSpec(a);
        if (spec) fill.fgColor = spec;
      } else if (tag === "xf" && parent === "cellXfs" && depth === 2) {
        fillIds.push(a.fillId !== undefined ? parseInt(a.fillId, 10) : 0);
      } else if (tag === "rgbColor" && parent === "indexedColors" && depth === 3) {
        indexedColors.push(a.rgb ?? "");
      }
      path.push(tag);
    },
    close(tag) {
      path.pop();
      if (tag === "fill" && path.length === 2) fill = null;
    },
  });
  return { fills: fillIds.map((id) => fills[id] ?? null), indexedColors };
}

/** The theme part's path, through the workbook part's relationships; null when it has none. */
export async function themePartOf(zip: JSZip, workbookPart: string): Promise<string | null> {
  const rel = parseRelationships(await partText(zip, relsPathOf(workbookPart))).find((r) => r.type.endsWith("/theme") && r.targetMode !== "External");
  return rel ? resolveTarget(workbookPart, rel.target) : null;
}

/** The palette of a workbook whose styles were read: its theme's colours and its indexed palette. */
export async function readPalette(zip: JSZip, themePart: string | null, indexedColors: readonly string[]): Promise<Palette> {
  const themeXml = themePart === null ? null : await partText(zip, themePart);
  return makePalette(themeXml, indexedColors);
}

/**
 * The palette of a package found from its relationships alone (the ExcelJS door's, whose fills
 * ExcelJS reads but whose theme and indexed palette it keeps no account of).
 */
export async function packagePalette(zip: JSZip): Promise<Palette> {
  const workbookPart = packagePart(await partText(zip, PACKAGE_RELS_PART), "officeDocument");
  if (workbookPart === null) return makePalette(null);
  const rels = parseRelationships(await partText(zip, relsPathOf(workbookPart)));
  const styles = rels.find((r) => r.type.endsWith("/styles") && r.targetMode !== "External");
  const { indexedColors } = await readStyleFills(zip, styles ? resolveTarget(workbookPart, styles.target) : null);
  return readPalette(zip, await themePartOf(zip, workbookPart), indexedColors);
}
