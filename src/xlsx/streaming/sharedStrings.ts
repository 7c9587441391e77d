/**
 * The shared-strings part as the plain text of each string, as the file door reads a cell that
 * refers to one: rich-text runs joined, phonetic guides (<rPh>, the furigana over Japanese text)
 * left out, and Excel's `_xHHHH_` escapes for characters XML cannot carry decoded.
 */
import type JSZip from "jszip";
import { streamXml } from "./xmlEvents";

/** `_x000D_` → carriage return; `_x005F_` escapes a literal underscore, so "_x005F_x000D_" stays "_x000D_". */
const ESCAPE = /_x([0-9A-F]{4})_/g;

export function decodeEscapes(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Collects the text of the <t> elements of a string item (<si>, or a cell's <is>), skipping phonetic runs. */
export class StringItemText {
  /** The item's text so far, and the text of the <t> being read (null outside one). */
  private item = "";
  private run: string | null = null;
  private phoneticDepth = 0;

  open(tag: string): void {
    if (tag === "rPh") this.phoneticDepth++;
    else if (tag === "t" && this.phoneticDepth === 0) this.run = "";
  }

  text(text: string): void {
    if (this.run !== null) this.run += text;
  }

  close(tag: string): void {
    if (tag === "rPh") this.phoneticDepth--;
    else if (tag === "t" && this.run !== null) {
      // Each <t> is decoded on its own, as ExcelJS decodes each run.
      this.item += decodeEscapes(this.run);
      this.run = null;
    }
  }

  /** The item's text, and ready for the next item. */
  take(): string {
    const text = this.item;
    this.item = "";
    this.run = null;
    this.phoneticDepth = 0;
    return text;
  }
}

export interface SharedStringItems {
  /** Each item's text, by index. */
  texts: string[];
  /** Items with more than their text (rich-text runs, phonetic guides): a cell of plain text must not show them. */
  formatted: Set<number>;
}

export async function readSharedStringItems(zip: JSZip, part: string | null): Promise<SharedStringItems> {
  const texts: string[] = [];
  const formatted = new Set<number>();
  if (part === null) return { texts, formatted };
  const item = new StringItemText();
  let inItem = false;
  await streamXml(zip, part, {
    open(tag) {
      if (tag === "si") inItem = true;
      else if (inItem) {
        if (tag === "r" || tag === "rPh" || tag === "phoneticPr") formatted.add(texts.length);
        item.open(tag);
      }
    },
    text(text) {
      if (inItem) item.text(text);
    },
    close(tag) {
      if (tag === "si") {
        texts.push(item.take());
        inItem = false;
      } else if (inItem) item.close(tag);
    },
  });
  return { texts, formatted };
}
