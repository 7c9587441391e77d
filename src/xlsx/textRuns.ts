/**
 * A guard against a workbook made to use up memory: a few hundred kilobytes of zip can unpack to a
 * cell of hundreds of millions of characters (or to gigabytes of blank space between two tags),
 * which a reader then holds as one string, several gigabytes of it, until the computer runs out
 * and the browser tab dies. No Excel cell holds more than 32,767 characters, so a part holding a
 * run of more than a million bytes with no tag in it is refused, in one sentence, as it is read:
 * the command line's reader checks each part as it streams; the workbench, whose library reads the
 * whole package at once, streams each part through the check first. The sizes a zip declares are
 * no guide: one made so can declare a part of four gigabytes as 844 bytes.
 */
import type JSZip from "jszip";
import { forEachChunk } from "./streaming/zipEntries";
import { partEncoding } from "./streaming/partEncoding";

/** Bytes with no tag among them that any part may hold: thirty times the longest Excel cell, escaped. */
export const MAX_TEXT_RUN = 1_000_000;

const LESS_THAN = 0x3c;

export class RunawayTextError extends Error {
  constructor(readonly part: string) {
    super(`The part ${part} holds more than ${MAX_TEXT_RUN} bytes with no tag among them.`);
    this.name = "RunawayTextError";
  }
}

/** Unpacked, the most any one part may hold for the workbench, whose library holds every part at once, many times over. */
export const MAX_PART_BYTES = 512 * 1024 * 1024;

export class OversizedPartError extends Error {
  constructor(readonly part: string) {
    super(`The part ${part} unpacks to more than ${MAX_PART_BYTES} bytes.`);
    this.name = "OversizedPartError";
  }
}

/** The workbench's refusal of a part too big for it to hold; the command line copies such a part still packed. */
export function oversizedPartRefused(label: string, part: string): string {
  return `"${label}" was not opened: its part ${part} unpacks to more than 512 megabytes, more than the workbench can hold; use RAG Tracker inside Excel, or its command line, which read it without unpacking it whole.`;
}

/** The refusal's sentence. */
export function runawayTextRefused(label: string, part: string): string {
  return `"${label}" was not read: its part ${part} holds more than a million characters without a break (an Excel cell holds at most 32,767), which no workbook saved by Excel has, and reading it could use up the computer's memory; ask for the workbook to be saved again from Excel.`;
}

/** A check fed a part's bytes chunk by chunk, which throws RunawayTextError once a run grows too long. */
export function textRunCheck(part: string): (chunk: Uint8Array) => void {
  let run = 0;
  return (chunk) => {
    // A chunk is far shorter than the limit, so only a run reaching across chunks can pass it (a part stored
    // unpacked comes as one chunk, but is then no bigger than the file).
    const first = chunk.indexOf(LESS_THAN);
    if (first < 0) run += chunk.length;
    else {
      if (run + first > MAX_TEXT_RUN) throw new RunawayTextError(part);
      run = chunk.length - chunk.lastIndexOf(LESS_THAN) - 1;
    }
    if (run > MAX_TEXT_RUN) throw new RunawayTextError(part);
  };
}

/**
 * Checks, before a library reads the whole package at once, that no part unpacks to more than
 * MAX_PART_BYTES, and that no part of mark-up holds a run too long (a picture may well be all one run).
 * Gives the parts of mark-up written in another encoding than UTF-8 (partEncoding.ts), which the
 * library would read as UTF-8.
 */
export async function checkPartsBeforeReading(zip: JSZip): Promise<string[]> {
  const otherEncodings: string[] = [];
  const parts: JSZip.JSZipObject[] = [];
  zip.forEach((_, file) => {
    if (!file.dir) parts.push(file);
  });
  for (const file of parts) {
    const check = /\.(xml|rels|vml)$/i.test(file.name) ? textRunCheck(file.name) : undefined;
    let unpacked = 0;
    let refused: unknown = null;
    // Thrown from inside the zip library's stream it could be lost: kept, the reading stopped, and thrown here.
    await forEachChunk(file, (chunk) => {
      try {
        if (check && unpacked === 0 && partEncoding(chunk) !== "utf-8") otherEncodings.push(file.name);
        unpacked += chunk.length;
        if (unpacked > MAX_PART_BYTES) throw new OversizedPartError(file.name);
        check?.(chunk);
        return false;
      } catch (error) {
        refused = error;
        return true;
      }
    });
    if (refused) throw refused;
  }
  return otherEncodings;
}
