/**
 * A zip entry of the opened package as JSZip holds it, still compressed: copied as it is when a
 * package is saved, and decompressed chunk by chunk when a part is read. Where the platform has
 * its own inflate (DecompressionStream, in Node 20 and current browsers) it does the work, several
 * times faster than JSZip's JavaScript inflate; JSZip's own stream is the fallback.
 */
import type JSZip from "jszip";
import { RunningCrc, type RawZipEntry } from "../zipWriter";

const DEFLATE = 8;
const STORE = 0;

/** What JSZip keeps of an entry it read and nobody has changed: its compressed bytes and their description. */
interface CompressedEntry {
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
  compression: { magic: string };
  compressedContent: Uint8Array;
}

function compressedEntry(file: JSZip.JSZipObject): CompressedEntry | null {
  // JSZip's own field for an entry read from a zip; checked, since it is not part of JSZip's typed API.
  const data = (file as unknown as { _data?: Partial<CompressedEntry> })._data;
  if (!data || typeof data !== "object" || !(data.compressedContent instanceof Uint8Array)) return null;
  if (typeof data.crc32 !== "number" || typeof data.uncompressedSize !== "number" || data.compressedContent.length !== data.compressedSize) return null;
  return data as CompressedEntry;
}

function methodOf(data: CompressedEntry): number | null {
  return data.compression?.magic === "\x08\x00" ? DEFLATE : data.compression?.magic === "\x00\x00" ? STORE : null;
}

/** The entry as the zip writer copies it, without decompressing; null where JSZip no longer holds it compressed. */
export function rawEntry(file: JSZip.JSZipObject): RawZipEntry | null {
  const data = compressedEntry(file);
  const method = data ? methodOf(data) : null;
  if (!data || method === null) return null;
  return { name: file.name, raw: { method, crc: data.crc32 >>> 0, size: data.uncompressedSize, body: data.compressedContent } };
}

let nativeInflate: boolean | null = null;

function hasNativeInflate(): boolean {
  if (nativeInflate === null) {
    try {
      new DecompressionStream("deflate-raw");
      nativeInflate = typeof Blob === "function";
    } catch {
      nativeInflate = false;
    }
  }
  return nativeInflate;
}

/** JSZip streams an entry's bytes chunk by chunk; its type definitions leave this out. */
interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  on(event: "error", listener: (error: unknown) => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

function jszipChunks(file: JSZip.JSZipObject, onChunk: (chunk: Uint8Array) => boolean | void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stream = (file as unknown as { internalStream(type: "uint8array"): ChunkStream }).internalStream("uint8array");
    let stopped = false;
    stream
      // JSZip's inflate may write its next chunk over this one: each is copied, so a chunk handed on stays as it was.
      .on("data", (chunk) => {
        if (stopped || onChunk(chunk.slice()) !== true) return;
        stopped = true;
        stream.pause();
        resolve();
      })
      .on("error", reject)
      .on("end", resolve)
      .resume();
  });
}

/**
 * Hands the entry's decompressed bytes to `onChunk` as they come, each chunk its own (a caller
 * may keep it), until it returns true (it has what it needs: the rest is not decompressed);
 * rejects when they cannot be decompressed, or when they are not as long as the zip says (a
 * damaged archive).
 */
export async function forEachChunk(file: JSZip.JSZipObject, onChunk: (chunk: Uint8Array) => boolean | void): Promise<void> {
  const data = compressedEntry(file);
  const method = data ? methodOf(data) : null;
  if (!data || method === null) return jszipChunks(file, onChunk);
  // A part read to its end is checked against the checksum its archive gives: a part damaged on the way
  // (a download cut and patched, a disk error) is refused, not read for what is left of it and copied on.
  const crc = new RunningCrc();
  let length = 0;
  const take = (chunk: Uint8Array): boolean => {
    crc.update(chunk);
    length += chunk.length;
    return onChunk(chunk) === true;
  };
  if (method === STORE) {
    if (take(data.compressedContent)) return;
  } else if (!hasNativeInflate()) {
    let stopped = false;
    await jszipChunks(file, (chunk) => (stopped = take(chunk)));
    if (stopped) return;
  } else {
    const reader = new Blob([data.compressedContent as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (take(value)) {
        await reader.cancel();
        return;
      }
    }
  }
  if (length !== data.uncompressedSize) throw new Error(`The part ${file.name} is shorter or longer than its archive says.`);
  if (crc.value !== data.crc32 >>> 0) throw new PartChecksumError(file.name);
}

/** A part whose bytes do not give the checksum its archive records for it; `reason` completes "the file is damaged: …". */
export class PartChecksumError extends Error {
  readonly reason: string;
  constructor(part: string) {
    const reason = `its part ${part} does not match the checksum its zip archive records for it`;
    super(reason);
    this.reason = reason;
    this.name = "PartChecksumError";
  }
}
