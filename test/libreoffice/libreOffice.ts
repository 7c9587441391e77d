/**
 * LibreOffice Calc (headless) and poppler-utils as an outside reader of our workbooks: convert
 * .xlsx to PDF or re-save it as .xlsx, then read the PDF's text, page sizes and pictures.
 * A missing program is an error, never a skipped test: these checks exist because our own
 * library reading our own files back proves little.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Where the tests leave pictures for a person to look at (git-ignored). */
export const OUTPUT_DIR = join(process.cwd(), "test-output", "libreoffice");

const INSTALL_HINT: Record<string, string> = {
  soffice: "libreoffice-calc-nogui",
  pdftotext: "poppler-utils",
  pdftoppm: "poppler-utils",
  pdfinfo: "poppler-utils",
};

function onPath(program: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Throws one sentence naming the first program that is not installed. */
export function requirePrograms(programs: string[] = Object.keys(INSTALL_HINT)): void {
  for (const program of programs) {
    if (!onPath(program)) throw new Error(`"${program}" is not installed (Debian package ${INSTALL_HINT[program] ?? program}), so the LibreOffice tests cannot run.`);
  }
}

export function freshDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Converts workbooks with one LibreOffice start, in a profile of its own so parallel runs do
 * not share (and lock) one. `filter` is what --convert-to takes: "pdf", or
 * 'xlsx:Calc MS Excel 2007 XML'. Returns the converted files' paths, in the order given.
 */
export function convertWithLibreOffice(files: string[], filter: string, outDir: string): string[] {
  const profile = freshDir("rag-lo-profile-");
  const extension = filter.split(":")[0]!;
  try {
    mkdirSync(outDir, { recursive: true });
    const run = spawnSync(
      "soffice",
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nologo", "--convert-to", filter, "--outdir", outDir, ...files],
      { encoding: "utf8", timeout: 120_000 },
    );
    const outputs = files.map((f) => join(outDir, `${basename(f).replace(/\.[^.]+$/, "")}.${extension}`));
    const missing = outputs.filter((o) => !existsSync(o));
    if (run.error || missing.length > 0) {
      throw new Error(`LibreOffice did not convert ${missing.map((m) => basename(m)).join(", ") || "the files"} (${run.error?.message ?? `exit ${run.status}: ${run.stderr.trim()}`}).`);
    }
    return outputs;
  } finally {
    removeDir(profile);
  }
}

/** The text of each page, laid out as printed (pdftotext -layout; pages end with a form feed). */
export function pdfPageTexts(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
  const pages = text.split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}

/**
 * The size in points most of a page's words print at: pdftotext boxes each word from its font's
 * ascent to its descent, 1.3 em for Carlito (Calibri's metric twin, which LibreOffice prints with;
 * measured on its PDFs against the sizes their text operators set).
 */
export function pdfBodyPointSize(pdf: string, page: number): number {
  const boxes = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
  const heights = new Map<number, number>();
  for (const m of boxes.matchAll(/<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)) {
    const h = Math.round((Number(m[2]) - Number(m[1])) * 10) / 10;
    heights.set(h, (heights.get(h) ?? 0) + 1);
  }
  const [commonest] = [...heights].sort((a, b) => b[1] - a[1])[0] ?? [0];
  return commonest / 1.3;
}

export interface PageSize {
  width: number;
  height: number;
}

/** Each page's size in points (A4 is 595 × 842). */
export function pdfPageSizes(pdf: string, pages: number): PageSize[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages), pdf], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** Renders one page (1-based) to OUTPUT_DIR/name.png at 80 dpi; returns the file's path. */
export function renderPage(pdf: string, page: number, name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const prefix = join(OUTPUT_DIR, name);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
  return `${prefix}.png`;
}

export function writeFile(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The 1-based page numbers whose text contains `marker` (a generated sheet's printed header). */
export function pagesWith(pages: string[], marker: string): number[] {
  return pages.flatMap((text, i) => (text.includes(marker) ? [i + 1] : []));
}

/** Runs of spaces as one, so a sentence split by layout columns still matches. */
export function squeeze(text: string): string {
  return text.replace(/[ \t]+/g, " ");
}

/** A cell holding exactly `text` in LibreOffice's HTML export; its attributes are group 1. */
function cellPattern(text: string): string {
  return `<td([^>]*)>(?:<[^>]+>)*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:<[^>]+>)*</td>`;
}

/** The fill of a cell's attributes in the HTML export, or undefined where it has none. */
function fillOf(attributes: string): string | undefined {
  return /bgcolor="(#[0-9A-F]{6})"/i.exec(attributes)?.[1]?.toUpperCase();
}

/** The one match of `pattern` (cells or rows holding `text`) in the exported sheets. */
function onlyMatch(html: string, pattern: string, text: string, places: "cells" | "rows"): RegExpMatchArray {
  const found = [...html.matchAll(new RegExp(pattern, "g"))];
  if (found.length !== 1) throw new Error(`"${text}" is in ${found.length} ${places} of the exported sheet, not one.`);
  return found[0]!;
}

/** The fill LibreOffice's HTML export shows the cell holding exactly `text` with, or undefined where it has none. */
export function fillInHtml(html: string, text: string): string | undefined {
  return fillOf(onlyMatch(html, cellPattern(text), text, "cells")[1]!);
}

/** The fills of each cell of the row with a cell holding exactly `text`, left to right (undefined where a cell has none). */
export function rowFillsInHtml(html: string, text: string): (string | undefined)[] {
  const row = onlyMatch(html, `<tr>(?:(?!</tr>)[\\s\\S])*?${cellPattern(text)}[\\s\\S]*?</tr>`, text, "rows")[0];
  return [...row.matchAll(/<td([^>]*)>/g)].map((cell) => fillOf(cell[1]!));
}
