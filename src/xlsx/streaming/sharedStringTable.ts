/**
 * The user's shared-string table (xl/sharedStrings.xml) with the generated sheets' texts added at
 * its end, or taken from it where it already holds them as plain text. Text goes in the table
 * rather than inline in the cell because that is where every reader decodes Excel's _xHHHH_
 * codes (ExcelJS leaves them as they are in inline text), so a text holding one, or a character
 * XML cannot carry, reads back as it was written wherever it is opened. The user's strings keep their numbers; the part is copied through as bytes, not parsed.
 */
import type JSZip from "jszip";
import { NS, XML_HEAD, xmlEscape } from "../packageXml";
import { escapeCharacterCodes } from "../characterCodes";
import { forEachChunk } from "./zipEntries";
import { inUtf8, partEncoding } from "./partEncoding";

const UNEXPECTED = "The workbook's shared strings have an unexpected form, so no sheet could be added.";

/** Characters XML cannot hold, and the carriage return a reader would turn into a line feed. */
// eslint-disable-next-line no-control-regex
const NEEDS_CODE = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g;

/** Cell text as the package holds it: XML-escaped, with Excel's _xHHHH_ codes for what XML cannot carry. */
export function cellTextXml(text: string): string {
  const escaped = xmlEscape(escapeCharacterCodes(text));
  return escaped.replace(NEEDS_CODE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

export class SharedStringTable {
  private readonly added = new Map<string, number>();
  private readonly existing: number;
  /** The user's plain strings by text, made when the first text is added. */
  private reusable: Map<string, number> | null = null;
  /** The numbers of the user's strings the added cells use. */
  private readonly reusedNumbers = new Set<number>();

  /** `existingTexts`: the user's table, item by item; `formatted`: its items that are more than plain text. */
  constructor(
    private readonly existingTexts: readonly string[],
    private readonly formatted: ReadonlySet<number>,
  ) {
    this.existing = existingTexts.length;
  }

  /** The number of this text in the table: a plain string the table already holds, or one added the first time it is met. */
  add(text: string): number {
    const reused = (this.reusable ??= this.plainTexts()).get(text);
    if (reused !== undefined) {
      this.reusedNumbers.add(reused);
      return reused;
    }
    let index = this.added.get(text);
    if (index === undefined) {
      index = this.existing + this.added.size;
      this.added.set(text, index);
    }
    return index;
  }

  /** Texts with spaces at an edge are left out: whether a reader keeps them depends on how the item was written. */
  private plainTexts(): Map<string, number> {
    const byText = new Map<string, number>();
    this.existingTexts.forEach((text, i) => {
      if (!this.formatted.has(i) && !byText.has(text) && text.trim() === text) byText.set(text, i);
    });
    return byText;
  }

  get size(): number {
    return this.added.size;
  }

  /** The user's strings that the cells written since are given (a text the table already held). */
  get reused(): ReadonlySet<number> {
    return this.reusedNumbers;
  }

  private items(prefix: string): string {
    let xml = "";
    for (const text of this.added.keys()) xml += `<${prefix}si><${prefix}t xml:space="preserve">${cellTextXml(text)}</${prefix}t></${prefix}si>`;
    return xml;
  }

  /** A table of only the added strings, for a package that had none. */
  newPart(): Uint8Array {
    const count = this.existing + this.added.size;
    return new TextEncoder().encode(`${XML_HEAD}<sst xmlns="${NS.spreadsheet}" uniqueCount="${count}">${this.items("")}</sst>`);
  }

  /**
   * The user's table with the added strings at its end: its bytes passed through in the chunks
   * they come in, its root's counts set anew, and the items numbered in `blank` emptied (each
   * kept, so no number moves). Items are blanked only where the table's form is plain (no
   * comments, CDATA or processing instructions, and as many items as were read): otherwise every
   * item is passed through as it is.
   */
  async appendedTo(zip: JSZip, path: string, blank: ReadonlySet<number> = new Set()): Promise<Uint8Array[]> {
    const file = zip.file(path);
    if (!file) throw new Error(UNEXPECTED);
    let chunks: Uint8Array[] = [];
    await forEachChunk(file, (chunk) => {
      chunks.push(chunk);
    }).catch(() => {
      throw new Error(UNEXPECTED);
    });
    // A table written in another encoding (UTF-16, a declared ISO-8859-1) is written back in UTF-8, as the strings added are.
    if (chunks.length > 0 && partEncoding(chunks[0]!) !== "utf-8") chunks = [inUtf8(copyOf(chunks, 0, chunks.reduce((n, c) => n + c.length, 0)))!];
    const total = chunks.reduce((n, c) => n + c.length, 0);
    // The root's tags are ASCII whatever the strings hold, so they are found in the bytes; the strings are passed on untouched.
    const head = new TextDecoder().decode(copyOf(chunks, 0, Math.min(total, 4096)));
    const root = /<(\w+:)?sst\b[^>]*>/.exec(head);
    if (!root || root[0].endsWith("/>") || /[^ -~\s]/.test(head.slice(0, root.index + root[0].length))) throw new Error(UNEXPECTED);
    const prefix = root[1] ?? "";
    const rootEnd = root.index + root[0].length;
    const tailStart = Math.max(rootEnd, total - 64);
    const close = lastIndexOf(copyOf(chunks, tailStart, total), new TextEncoder().encode(`</${prefix}sst>`));
    if (close < 0) throw new Error(UNEXPECTED);
    const closeAt = tailStart + close;
    // "count" (every reference to a string, in every sheet) is optional and would need every sheet read: it is left out.
    const start = root[0].replace(/\s+count="\d*"/, "").replace(/\s+uniqueCount="\d*"/, "").replace(/>$/, ` uniqueCount="${this.existing + this.added.size}">`);
    const encoder = new TextEncoder();
    const items = (blank.size > 0 && blankedItems(chunks, rootEnd, closeAt, prefix, blank, this.existing)) || sliceOf(chunks, rootEnd, closeAt);
    return [encoder.encode(head.slice(0, root.index) + start), ...items, encoder.encode(this.items(prefix)), ...sliceOf(chunks, closeAt, total)];
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** The byte at `at` across the chunks, or -1 past their end; `starts` gives each chunk's offset. */
function byteAt(chunks: readonly Uint8Array[], starts: readonly number[], at: number, hint: number): number {
  let i = hint;
  while (i + 1 < chunks.length && starts[i + 1]! <= at) i++;
  const chunk = chunks[i];
  return chunk && at - starts[i]! < chunk.length ? chunk[at - starts[i]!]! : -1;
}

/**
 * The items between `from` and `to` with those numbered in `blank` replaced by an empty item;
 * null where the bytes are not the plain run of items expected (see appendedTo). Tags are found by
 * their "<", which neither text nor an attribute value may hold raw.
 */
function blankedItems(chunks: readonly Uint8Array[], from: number, to: number, prefix: string, blank: ReadonlySet<number>, expected: number): Uint8Array[] | null {
  const starts: number[] = [];
  let offset = 0;
  for (const chunk of chunks) {
    starts.push(offset);
    offset += chunk.length;
  }
  const open = new TextEncoder().encode(`${prefix}si`);
  const close = new TextEncoder().encode(`/${prefix}si>`);
  const matches = (at: number, bytes: Uint8Array, hint: number) => bytes.every((b, i) => byteAt(chunks, starts, at + i, hint) === b);
  const cut: [number, number][] = [];
  let item = -1;
  let itemStart = -1;
  let chunk = 0;
  for (let at = from; at < to; ) {
    while (chunk + 1 < chunks.length && starts[chunk + 1]! <= at) chunk++;
    const inChunk = chunks[chunk]!.indexOf(LT, at - starts[chunk]!);
    if (inChunk < 0) {
      at = starts[chunk]! + chunks[chunk]!.length;
      continue;
    }
    const lt = starts[chunk]! + inChunk;
    if (lt >= to) break;
    const next = byteAt(chunks, starts, lt + 1, chunk);
    // "<!" (a comment or CDATA) or "<?" (a processing instruction) could hide a "<si": not plain.
    if (next === 0x21 || next === 0x3f) return null;
    if (matches(lt + 1, close, chunk)) {
      if (itemStart < 0) return null;
      if (blank.has(item)) cut.push([itemStart, lt + 1 + close.length]);
      itemStart = -1;
    } else if (matches(lt + 1, open, chunk) && [0x20, 0x09, 0x0a, 0x0d, GT, SLASH].includes(byteAt(chunks, starts, lt + 1 + open.length, chunk))) {
      if (itemStart >= 0) return null;
      item++;
      let gt = lt + 1 + open.length;
      while (gt < to && byteAt(chunks, starts, gt, chunk) !== GT) gt++;
      // An item written <si/> is empty already.
      if (byteAt(chunks, starts, gt - 1, chunk) !== SLASH) itemStart = lt;
    }
    at = lt + 1;
  }
  if (itemStart >= 0 || item + 1 !== expected) return null;
  const empty = new TextEncoder().encode(`<${prefix}si><${prefix}t/></${prefix}si>`);
  const out: Uint8Array[] = [];
  let at = from;
  for (const [start, end] of cut) {
    out.push(...sliceOf(chunks, at, start), empty);
    at = end;
  }
  out.push(...sliceOf(chunks, at, to));
  return out;
}

/** Views of the bytes from `from` to `to` across the chunks (no copy). */
function sliceOf(chunks: readonly Uint8Array[], from: number, to: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  for (const chunk of chunks) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + chunk.length);
    if (start < end) out.push(chunk.subarray(start - at, end - at));
    at += chunk.length;
  }
  return out;
}

function copyOf(chunks: readonly Uint8Array[], from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  let at = 0;
  for (const piece of sliceOf(chunks, from, to)) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

function lastIndexOf(bytes: Uint8Array, pattern: Uint8Array): number {
  outer: for (let i = bytes.length - pattern.length; i >= 0; i--) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}
