/**
 * A cell's fill as the colour Excel shows, "#RRGGBB", for both file doors: the ExcelJS door hands
 * over ExcelJS's fill model, the streaming door the same shape read from the styles part. SpreadsheetML
 * (ECMA-376 Part 1, §18.8) gives a colour as ARGB, as an index into the workbook theme's colour
 * scheme (with a tint), as an index into the legacy 64-colour palette (which a workbook may
 * replace), or as "automatic". Only a solid pattern is one colour; anything else has none here.
 */

/** A colour element's attributes (<fgColor rgb|theme|tint|indexed|auto>), as ExcelJS models them. */
export interface ColourSpec {
  /** "FFRRGGBB": alpha first, which Excel does not draw. */
  argb?: string;
  theme?: number;
  /** -1 (black) … 0 (the colour) … 1 (white): moves the colour's luminance. */
  tint?: number;
  indexed?: number;
  auto?: boolean;
}

/** A <fill> as ExcelJS models it; only what the colour depends on. */
export interface FillSpec {
  type?: string;
  pattern?: string;
  fgColor?: ColourSpec;
}

/** What a workbook's colours resolve against: its theme's twelve colours and its indexed palette, "RRGGBB". */
export interface Palette {
  theme: readonly string[];
  indexed: readonly string[];
}

/**
 * The colour scheme of Office's default theme (Office 2013 to 2021), for a workbook without a
 * theme part, in SpreadsheetML's theme order (see THEME_ORDER).
 */
export const OFFICE_THEME: readonly string[] = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"];

/**
 * A SpreadsheetML theme index names these <a:clrScheme> children: light 1 and dark 1 (and light 2
 * and dark 2) swapped from the order the scheme lists them in (dk1, lt1, dk2, lt2, …).
 */
const THEME_ORDER = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];

/** A system colour's usual value, where the theme gives no lastClr. */
const SYSTEM_COLOURS: Record<string, string> = { windowText: "000000", window: "FFFFFF" };

/**
 * The legacy palette a colour's `indexed` attribute refers to (ECMA-376 Part 1, §18.8.27), 0–63;
 * 64 is the system foreground (window text) and 65 the system background (window).
 */
export const LEGACY_PALETTE: readonly string[] = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
  "000000", "FFFFFF",
];

const HEX6 = /^[0-9a-f]{6}$/i;

/** "FF00B050" or "00B050" → "00B050"; null for anything else. */
function rgbOf(argb: string | undefined): string | null {
  if (argb === undefined) return null;
  const text = argb.trim();
  const rgb = text.length === 8 ? text.slice(2) : text;
  return HEX6.test(rgb) ? rgb.toUpperCase() : null;
}

/** The colour of one <a:clrScheme> entry's XML: an sRGB value, or a system colour's last value. */
function schemeEntryColour(xml: string): string | null {
  const srgb = /<(?:\w+:)?srgbClr\b[^>]*\bval="([0-9A-Fa-f]{6})"/.exec(xml);
  if (srgb) return srgb[1]!.toUpperCase();
  const sys = /<(?:\w+:)?sysClr\b([^>]*)>/.exec(xml);
  if (!sys) return null;
  const last = /\blastClr="([0-9A-Fa-f]{6})"/.exec(sys[1]!);
  if (last) return last[1]!.toUpperCase();
  const name = /\bval="([^"]*)"/.exec(sys[1]!)?.[1];
  return name !== undefined ? (SYSTEM_COLOURS[name] ?? null) : null;
}

/**
 * The twelve theme colours, in SpreadsheetML's theme order, from a theme part's XML (the first
 * colour scheme it has); Office's defaults for a workbook without one, or for an entry the scheme
 * does not give as an sRGB or system colour.
 */
export function themeColours(themeXml: string | null | undefined): string[] {
  const colours = [...OFFICE_THEME];
  if (!themeXml) return colours;
  const scheme = /<(\w+:)?clrScheme\b[^>]*>([\s\S]*?)<\/\1clrScheme>/.exec(themeXml);
  if (!scheme) return colours;
  const body = scheme[2]!;
  THEME_ORDER.forEach((name, i) => {
    const entry = new RegExp(`<(\\w+:)?${name}\\b[^>]*>([\\s\\S]*?)</\\1${name}>`).exec(body);
    const colour = entry ? schemeEntryColour(entry[2]!) : null;
    if (colour) colours[i] = colour;
  });
  return colours;
}

/**
 * The indexed palette: the workbook's own (<colors><indexedColors> in its styles part, ARGB each),
 * where it has one, over the legacy palette.
 */
function indexedPalette(overrides: readonly (string | undefined)[] = []): string[] {
  const palette = [...LEGACY_PALETTE];
  overrides.forEach((argb, i) => {
    const rgb = rgbOf(argb);
    if (rgb && i < palette.length) palette[i] = rgb;
  });
  return palette;
}

export function makePalette(themeXml: string | null | undefined, indexedOverrides?: readonly (string | undefined)[]): Palette {
  return { theme: themeColours(themeXml), indexed: indexedPalette(indexedOverrides) };
}

// A tint moves the colour's luminance L in HLS (ECMA-376 Part 1, §18.8.19, fgColor's tint):
// L × (1 + tint) when it darkens, L × (1 − tint) + HLSMAX × tint when it lightens. The standard
// says HLSMAX is 255; Microsoft's Open Specifications support told an implementer whose colours
// differed from Excel's that it is 240 for a tinted colour, the integer HLS of Windows' colour
// dialog. So the conversion here is that integer one. Excel's exact rounding is not published: of
// 30 shades of the Office accents as Excel's palette shows them this gives 22 exactly and the
// others within 2 in a channel, and the greys exactly (see test/xlsx/fillColour.test.ts).
const HLS_MAX = 240;
const RGB_MAX = 255;

/** Integer division of non-negative numbers, as the integer HLS conversion divides. */
function quotient(a: number, b: number): number {
  return Math.floor(a / b);
}

function toHls(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const sum = max + min;
  const l = quotient(sum * HLS_MAX + RGB_MAX, 2 * RGB_MAX);
  if (max === min) return [quotient(HLS_MAX * 2, 3), l, 0];
  const d = max - min;
  const s = l <= HLS_MAX / 2 ? quotient(d * HLS_MAX + quotient(sum, 2), sum) : quotient(d * HLS_MAX + quotient(2 * RGB_MAX - sum, 2), 2 * RGB_MAX - sum);
  const sixth = quotient(HLS_MAX, 6);
  const part = (c: number) => quotient((max - c) * sixth + quotient(d, 2), d);
  let h: number;
  if (r === max) h = part(b) - part(g);
  else if (g === max) h = quotient(HLS_MAX, 3) + part(r) - part(b);
  else h = quotient(2 * HLS_MAX, 3) + part(g) - part(r);
  if (h < 0) h += HLS_MAX;
  if (h > HLS_MAX) h -= HLS_MAX;
  return [h, l, s];
}

/** One RGB channel (0–HLS_MAX) of a hue between the two luminance bounds low and high. */
function channel(low: number, high: number, hue: number): number {
  let h = hue;
  if (h < 0) h += HLS_MAX;
  if (h > HLS_MAX) h -= HLS_MAX;
  const sixth = quotient(HLS_MAX, 6);
  const twelfth = quotient(HLS_MAX, 12);
  if (h < HLS_MAX / 6) return low + quotient((high - low) * h + twelfth, sixth);
  if (h < HLS_MAX / 2) return high;
  const twoThirds = quotient(HLS_MAX * 2, 3);
  if (h < twoThirds) return low + quotient((high - low) * (twoThirds - h) + twelfth, sixth);
  return low;
}

function fromHls(h: number, l: number, s: number): [number, number, number] {
  if (s === 0) {
    const grey = Math.round((l * RGB_MAX) / HLS_MAX);
    return [grey, grey, grey];
  }
  const high = l <= HLS_MAX / 2 ? quotient(l * (HLS_MAX + s) + quotient(HLS_MAX, 2), HLS_MAX) : l + s - quotient(l * s + quotient(HLS_MAX, 2), HLS_MAX);
  const low = 2 * l - high;
  const third = quotient(HLS_MAX, 3);
  const toRgb = (value: number) => quotient(value * RGB_MAX + quotient(HLS_MAX, 2), HLS_MAX);
  return [toRgb(channel(low, high, h + third)), toRgb(channel(low, high, h)), toRgb(channel(low, high, h - third))];
}

function hex(value: number): string {
  return Math.min(RGB_MAX, Math.max(0, value)).toString(16).toUpperCase().padStart(2, "0");
}

/** "RRGGBB" lightened (tint > 0) or darkened (tint < 0) as Excel tints it; unchanged for no tint. */
export function tinted(rgb: string, tint: number | undefined): string {
  if (tint === undefined || !Number.isFinite(tint) || tint === 0) return rgb;
  const t = Math.max(-1, Math.min(1, tint));
  const value = parseInt(rgb, 16);
  const [h, l, s] = toHls((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
  const moved = t < 0 ? l * (1 + t) : l * (1 - t) + HLS_MAX * t;
  const [r, g, b] = fromHls(h, Math.max(0, Math.min(HLS_MAX, Math.round(moved))), s);
  return hex(r) + hex(g) + hex(b);
}

/**
 * A colour as "RRGGBB": ARGB first (ExcelJS reads a colour element's attributes in this order,
 * and the streaming reader follows it so both doors agree), then theme, then indexed; automatic
 * (or none given) is taken as the system foreground, window text (black), which index 64 names.
 * Null for an index the workbook's palette or theme does not have.
 */
export function colourOf(spec: ColourSpec | undefined, palette: Palette): string | null {
  let rgb: string | null;
  if (spec?.argb !== undefined) rgb = rgbOf(spec.argb);
  else if (spec?.theme !== undefined) rgb = palette.theme[spec.theme] ?? null;
  else if (spec?.indexed !== undefined) rgb = palette.indexed[spec.indexed] ?? null;
  else rgb = palette.indexed[64]!;
  return rgb === null ? null : tinted(rgb, spec?.tint);
}

/** The fill's colour as "#RRGGBB" where it is a solid pattern; null for none, another pattern or a gradient. */
export function fillColour(fill: FillSpec | null | undefined, palette: Palette): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const rgb = colourOf(fill.fgColor, palette);
  return rgb === null ? null : `#${rgb}`;
}
