/**
 * Heights for rows whose wrapped text needs more than one line. A file carries no row heights
 * unless we write them, and LibreOffice Calc (7.x) does not fit rows to wrapped text when it
 * opens an .xlsx: lines overprint the rows below. Excel fits unmerged rows itself but never a
 * merged one. So every row with wrapped text gets a height estimated from Calibri 11's widths.
 * The doors write these heights; the engine also counts them to estimate where pages end.
 */
import type { PlanCell, SheetPlan } from "./writePlan";
import { MAX_COLUMNS, MAX_ROW_HEIGHT } from "./excelLimits";

/** Excel's default column width, in characters. */
export const DEFAULT_WIDTH = 8.43;
/** One line of Calibri 11, in points. */
export const LINE_HEIGHT = 15;

/** Advance widths of Calibri (and the metric-compatible Carlito), in thousandths of an em. */
const ADVANCE: Record<string, number> = {
  " ": 226, a: 479, b: 525, c: 423, d: 525, e: 498, f: 305, g: 471, h: 525, i: 229, j: 239, k: 455, l: 229, m: 799, n: 525, o: 527, p: 525, q: 525, r: 349, s: 391, t: 335, u: 525, v: 452, w: 715, x: 433, y: 453, z: 395,
  A: 579, B: 544, C: 533, D: 615, E: 488, F: 459, G: 631, H: 623, I: 252, J: 319, K: 520, L: 420, M: 855, N: 646, O: 662, P: 517, Q: 673, R: 543, S: 459, T: 487, U: 642, V: 567, W: 890, X: 519, Y: 487, Z: 468,
  ".": 252, ",": 250, "-": 306, "(": 303, ")": 303, "/": 386, ":": 268, ";": 268, "'": 221, "’": 250, '"': 401, "&": 682, "–": 498, "%": 715, "@": 894,
};
const DIGIT = 507;
/** 11 pt at 96 dpi, in pixels. */
const EM = (11 * 96) / 72;
/** Excel's width unit is the widest digit, 7 pixels in Calibri 11; a column adds 5 pixels and keeps some for padding. */
const DIGIT_PIXELS = 7;
const PADDING = 5;
/** Bold Calibri is about 3% wider. */
const BOLD = 1.03;

/** Pixels of each character up to U+20FF (Latin, punctuation, dashes and quotes), looked up by code unit. */
const UNKNOWN_PIXELS = (520 / 1000) * EM;
const PIXELS = (() => {
  const table = new Float64Array(0x2100).fill(UNKNOWN_PIXELS);
  for (let d = 0; d <= 9; d++) table[48 + d] = (DIGIT / 1000) * EM;
  for (const [ch, advance] of Object.entries(ADVANCE)) table[ch.charCodeAt(0)] = (advance / 1000) * EM;
  return table;
})();

/** How many lines `text` takes when wrapped at word boundaries in a cell `width` characters wide. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const scale = bold ? BOLD : 1;
  const room = Math.max(DIGIT_PIXELS, Math.trunc(width * DIGIT_PIXELS + 5) - PADDING);
  const space = PIXELS[32]! * scale;
  // One pass over the text, with no strings split off and no closures (this runs for every
  // generated cell): a space ends a word, a line break ends a word and its paragraph.
  let lines = 1;
  let line = 0;
  let word = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    const breaksLine = code === 10 || (code === 13 && text.charCodeAt(i + 1) === 10);
    if (code === 32 || code === -1 || breaksLine) {
      if (inWord) {
        let w = word * scale;
        const needed = line === 0 ? w : line + space + w;
        if (needed <= room) line = needed;
        else {
          if (line > 0) lines++;
          // A word longer than the cell breaks across lines.
          while (w > room) {
            lines++;
            w -= room;
          }
          line = w;
        }
        word = 0;
        inWord = false;
      }
      if (breaksLine) {
        if (code === 13) i++;
        lines++;
        line = 0;
      }
      continue;
    }
    // A character outside the basic plane (an emoji) is one character of unknown width.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    word += code < PIXELS.length ? PIXELS[code]! : UNKNOWN_PIXELS;
    inWord = true;
  }
  return lines;
}

/** The widest character the table measures ("@"), in pixels. */
const WIDEST_PIXELS = PIXELS.reduce((a, b) => Math.max(a, b), UNKNOWN_PIXELS);

/**
 * A bound on wrappedLines that reads no character's width, for skipping the measure where it
 * cannot matter: of two lines in a row of one paragraph, the first ended because the second's
 * first word did not fit, so the two hold at least a line's room between them.
 */
export function mostWrappedLines(text: string, width: number): number {
  let breaks = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) breaks++;
  const room = Math.max(DIGIT_PIXELS, Math.trunc(width * DIGIT_PIXELS + 5) - PADDING) - PIXELS[32]! * BOLD;
  return breaks + 1 + Math.ceil((2 * (text.length - breaks) * WIDEST_PIXELS * BOLD) / Math.max(1, room));
}

/** Whether a cell's text wraps in the generated sheet (each door wraps these styles). */
export function wraps(cell: PlanCell): boolean {
  return cell.kind === "text" && (cell.style === "wrap" || cell.style === "header" || cell.style === "note");
}

/** Row number → height in points, for the rows of `plan` (of `only`, where given) whose wrapped text needs more than one line. */
export function wrappedRowHeights(plan: SheetPlan, only?: ReadonlySet<number>): Map<number, number> {
  const widths = plan.columnWidths;
  // Cells are keyed by number (row × Excel's column count + column), not by string: a plan can have millions.
  const spans = new Map<number, number>();
  const covered = new Set<number>();
  for (const m of plan.merges) {
    if (m.top !== m.bottom) {
      // A text over several rows is left alone: its height is the user's to choose.
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) covered.add(r * MAX_COLUMNS + c);
      continue;
    }
    let chars = 0;
    for (let c = m.left; c <= m.right; c++) chars += widths[c - 1] || DEFAULT_WIDTH;
    spans.set(m.top * MAX_COLUMNS + m.left, chars);
  }
  const heights = new Map<number, number>();
  // Plain loops: closures made per row are costly when the plan has tens of thousands of rows.
  for (let r = 0; r < plan.rows.length; r++) {
    if (only && !only.has(r + 1)) continue;
    const row = plan.rows[r]!;
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!;
      if (!wraps(cell) || cell.kind !== "text") continue;
      const at = (r + 1) * MAX_COLUMNS + c + 1;
      if (covered.has(at)) continue;
      lines = Math.max(lines, wrappedLines(cell.value, spans.get(at) ?? (widths[c] || DEFAULT_WIDTH), cell.style === "header"));
    }
    // A text of thousands of characters would need more: it shows its first 27 lines, and the whole in the formula bar.
    if (lines > 1) heights.set(r + 1, Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT));
  }
  return heights;
}

/**
 * Rows holding a wrapped text merged across columns of one row. Excel fits every other row to
 * its text itself, but never these, so a door that leaves heights to Excel still sets theirs.
 */
export function mergedWrappedRows(plan: SheetPlan): Set<number> {
  const rows = new Set<number>();
  for (const m of plan.merges) {
    if (m.top !== m.bottom || m.left === m.right) continue;
    const cell = plan.rows[m.top - 1]?.[m.left - 1];
    if (cell && wraps(cell)) rows.add(m.top);
  }
  return rows;
}
