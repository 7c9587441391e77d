/**
 * Heights for rows whose wrapped text needs more than one line. A file carries no row heights
 * unless we write them, and LibreOffice Calc (7.x) does not fit rows to wrapped text when it
 * opens an .xlsx: lines overprint the rows below. Excel fits unmerged rows itself but never a
 * merged one. So every row with wrapped text gets a height estimated from Calibri 11's widths.
 */
import type { PlanCell, SheetPlan } from "../core/writePlan";

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

function charPixels(ch: string): number {
  const advance = ADVANCE[ch] ?? (ch >= "0" && ch <= "9" ? DIGIT : 520);
  return (advance / 1000) * EM;
}

function wordPixels(word: string, scale: number): number {
  let w = 0;
  for (const ch of word) w += charPixels(ch);
  return w * scale;
}

/** How many lines `text` takes when wrapped at word boundaries in a cell `width` characters wide. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const scale = bold ? BOLD : 1;
  const room = Math.max(DIGIT_PIXELS, Math.trunc(width * DIGIT_PIXELS + 5) - PADDING);
  const space = charPixels(" ") * scale;
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      let w = wordPixels(word, scale);
      const needed = line === 0 ? w : line + space + w;
      if (needed <= room) {
        line = needed;
        continue;
      }
      if (line > 0) lines++;
      // A word longer than the cell breaks across lines.
      while (w > room) {
        lines++;
        w -= room;
      }
      line = w;
    }
  }
  return Math.max(1, lines);
}

function wraps(cell: PlanCell): boolean {
  return cell.kind === "text" && (cell.style === "wrap" || cell.style === "header" || cell.style === "note");
}

/** Row number → height in points, for the rows of `plan` whose wrapped text needs more than one line. */
export function wrappedRowHeights(plan: SheetPlan): Map<number, number> {
  const width = (column: number) => plan.columnWidths[column - 1] || DEFAULT_WIDTH;
  const spans = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of plan.merges) {
    if (m.top !== m.bottom) {
      // A text over several rows is left alone: its height is the user's to choose.
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) covered.add(`${r}:${c}`);
      continue;
    }
    let chars = 0;
    for (let c = m.left; c <= m.right; c++) chars += width(c);
    spans.set(`${m.top}:${m.left}`, chars);
  }
  const heights = new Map<number, number>();
  plan.rows.forEach((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      const at = `${r + 1}:${c + 1}`;
      if (!wraps(cell) || covered.has(at) || cell.kind !== "text") return;
      lines = Math.max(lines, wrappedLines(cell.value, spans.get(at) ?? width(c + 1), cell.style === "header"));
    });
    if (lines > 1) heights.set(r + 1, lines * LINE_HEIGHT);
  });
  return heights;
}
