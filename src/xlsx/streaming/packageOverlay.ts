/**
 * The opened package with the parts a save changes laid over it. The opened zip is never edited,
 * so saving twice gives the same bytes; parts nobody changed are copied into the saved zip still
 * compressed, exactly as they were, without being read at all.
 */
import JSZip from "jszip";
import type { RawZipEntry, ZipEntry } from "../zipWriter";
import { writeZip } from "../zipWriter";
import { rawEntry } from "./zipEntries";
import { partText } from "../packageXml";

export class PackageOverlay {
  /** Each changed part's bytes as the chunks they were written in; null for a removed part. */
  private readonly changed = new Map<string, readonly Uint8Array[] | null>();
  private readonly encoder = new TextEncoder();

  constructor(private readonly opened: JSZip) {}

  has(path: string): boolean {
    const change = this.changed.get(path);
    return change === undefined ? this.opened.file(path) !== null : change !== null;
  }

  async text(path: string): Promise<string | null> {
    const change = this.changed.get(path);
    if (change === null) return null;
    if (change !== undefined) {
      const decoder = new TextDecoder();
      return change.map((chunk, i) => decoder.decode(chunk, { stream: i < change.length - 1 })).join("");
    }
    return partText(this.opened, path);
  }

  set(path: string, content: string | Uint8Array | readonly Uint8Array[]): void {
    this.changed.set(path, typeof content === "string" ? [this.encoder.encode(content)] : content instanceof Uint8Array ? [content] : content);
  }

  remove(path: string): void {
    this.changed.set(path, null);
  }

  /** Every part path, the opened package's first in their order, then the added ones. */
  paths(): string[] {
    const paths: string[] = [];
    this.opened.forEach((path, file) => {
      if (!file.dir && this.has(path)) paths.push(path);
    });
    for (const [path, content] of this.changed) if (content !== null && this.opened.file(path) === null) paths.push(path);
    return paths;
  }

  /** The smallest n, from 1, for which `path(n)` names no part (part names ignore case). */
  freeNumber(path: (n: number) => string): number {
    const taken = new Set(this.paths().map((p) => p.toLowerCase()));
    let n = 1;
    while (taken.has(path(n).toLowerCase())) n++;
    return n;
  }

  /** The package as .xlsx bytes. */
  async zip(): Promise<Uint8Array> {
    const entries: (ZipEntry | RawZipEntry)[] = [];
    for (const path of this.paths()) {
      const change = this.changed.get(path);
      if (change) {
        entries.push({ name: path, data: change });
        continue;
      }
      const file = this.opened.file(path)!;
      entries.push(rawEntry(file) ?? { name: path, data: await file.async("uint8array") });
    }
    return writeZip(entries);
  }
}
