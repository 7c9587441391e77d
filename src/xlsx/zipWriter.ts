/**
 * Writes the finished package as a zip, compressing with the platform's own deflate
 * (CompressionStream, in Node 20 and current browsers), which is several times faster than the
 * JavaScript deflate ExcelJS and JSZip use. Every entry gets the same fixed timestamp, so the
 * same workbook always gives the same bytes. Where the platform has no raw deflate stream,
 * finishPackage falls back to JSZip.
 */

export interface ZipEntry {
  name: string;
  /** The part's bytes, in one array or as the chunks they were written in. */
  data: Uint8Array | readonly Uint8Array[];
}

/** An entry already compressed, copied as it is (a part kept untouched from the opened package). */
export interface RawZipEntry {
  name: string;
  raw: { method: number; crc: number; size: number; body: Uint8Array };
}

/** 1 January 1980, 00:00: the earliest time a zip entry can carry. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const STORE = 0;
const MAX_32 = 0xffffffff;

let nativeDeflate: boolean | null = null;

export function hasNativeDeflate(): boolean {
  if (nativeDeflate === null) {
    try {
      // Constructing one is the test: browsers without "deflate-raw" throw here.
      new CompressionStream("deflate-raw");
      nativeDeflate = typeof Response === "function" && typeof Blob === "function";
    } catch {
      nativeDeflate = false;
    }
  }
  return nativeDeflate;
}

/** The chunks fed to the compressor one by one, never joined: a large part is not copied first. */
async function deflateRaw(pieces: readonly Uint8Array[]): Promise<Uint8Array> {
  let next = 0;
  const source = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < pieces.length) controller.enqueue(pieces[next++]!);
      else controller.close();
    },
  });
  const stream = source.pipeThrough(new CompressionStream("deflate-raw") as unknown as ReadableWritablePair<Uint8Array<ArrayBuffer>, Uint8Array>);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function joined(pieces: readonly Uint8Array[], length: number): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * CRC-32 tables for eight bytes at a time ("slicing by 8"): table k gives the CRC of a byte
 * followed by k zero bytes. Every part of the package is checksummed, so this is on the save path.
 */
const CRC_TABLES = (() => {
  const tables = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 8; t++) {
      const previous = tables[(t - 1) * 256 + n]!;
      tables[t * 256 + n] = (previous >>> 8) ^ tables[previous & 0xff]!;
    }
  }
  return tables;
})();

export function crc32(data: Uint8Array | readonly Uint8Array[]): number {
  let crc = 0xffffffff;
  for (const piece of data instanceof Uint8Array ? [data] : data) crc = crcUpdate(crc, piece);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A CRC-32 taken chunk by chunk: `update` with each, then `value`. */
export class RunningCrc {
  private crc = 0xffffffff;

  update(chunk: Uint8Array): void {
    this.crc = crcUpdate(this.crc, chunk);
  }

  get value(): number {
    return (this.crc ^ 0xffffffff) >>> 0;
  }
}

function crcUpdate(start: number, data: Uint8Array): number {
  const t = CRC_TABLES;
  let crc = start;
  let i = 0;
  for (const end = data.length - 7; i < end; i += 8) {
    const low = crc ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24));
    crc =
      t[7 * 256 + (low & 0xff)]! ^
      t[6 * 256 + ((low >>> 8) & 0xff)]! ^
      t[5 * 256 + ((low >>> 16) & 0xff)]! ^
      t[4 * 256 + (low >>> 24)]! ^
      t[3 * 256 + data[i + 4]!]! ^
      t[2 * 256 + data[i + 5]!]! ^
      t[256 + data[i + 6]!]! ^
      t[data[i + 7]!]!;
  }
  for (; i < data.length; i++) crc = t[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return crc;
}

interface Packed {
  name: Uint8Array;
  method: number;
  crc: number;
  size: number;
  body: Uint8Array;
  offset: number;
}

function header(signature: number, length: number): DataView {
  const view = new DataView(new ArrayBuffer(length));
  view.setUint32(0, signature, true);
  return view;
}

export async function writeZip(entries: (ZipEntry | RawZipEntry)[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const packed: Packed[] = await Promise.all(
    entries.map(async (entry) => {
      const name = entry.name;
      if ("raw" in entry) return { name: encoder.encode(name), ...entry.raw, offset: 0 };
      const pieces = entry.data instanceof Uint8Array ? [entry.data] : entry.data;
      const size = pieces.reduce((n, p) => n + p.length, 0);
      const deflated = size > 0 ? await deflateRaw(pieces) : null;
      const useDeflate = deflated !== null && deflated.length < size;
      return { name: encoder.encode(name), method: useDeflate ? DEFLATE : STORE, crc: crc32(pieces), size, body: useDeflate ? deflated : joined(pieces, size), offset: 0 };
    }),
  );
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const p of packed) {
    if (p.size > MAX_32 || offset > MAX_32) throw new Error("The workbook is larger than a zip archive can hold without Zip64, so it was not saved.");
    p.offset = offset;
    const local = header(0x04034b50, 30);
    local.setUint16(4, 20, true);
    local.setUint16(6, UTF8_NAMES, true);
    local.setUint16(8, p.method, true);
    local.setUint16(10, DOS_TIME, true);
    local.setUint16(12, DOS_DATE, true);
    local.setUint32(14, p.crc, true);
    local.setUint32(18, p.body.length, true);
    local.setUint32(22, p.size, true);
    local.setUint16(26, p.name.length, true);
    chunks.push(new Uint8Array(local.buffer), p.name, p.body);
    offset += 30 + p.name.length + p.body.length;
  }
  if (packed.length > 0xffff) throw new Error("The workbook has more parts than a zip archive can hold without Zip64, so it was not saved.");
  const directoryStart = offset;
  for (const p of packed) {
    const central = header(0x02014b50, 46);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, UTF8_NAMES, true);
    central.setUint16(10, p.method, true);
    central.setUint16(12, DOS_TIME, true);
    central.setUint16(14, DOS_DATE, true);
    central.setUint32(16, p.crc, true);
    central.setUint32(20, p.body.length, true);
    central.setUint32(24, p.size, true);
    central.setUint16(28, p.name.length, true);
    central.setUint32(42, p.offset, true);
    chunks.push(new Uint8Array(central.buffer), p.name);
    offset += 46 + p.name.length;
  }
  const end = header(0x06054b50, 22);
  end.setUint16(8, packed.length, true);
  end.setUint16(10, packed.length, true);
  end.setUint32(12, offset - directoryStart, true);
  end.setUint32(16, directoryStart, true);
  chunks.push(new Uint8Array(end.buffer));

  const out = new Uint8Array(offset + 22);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
