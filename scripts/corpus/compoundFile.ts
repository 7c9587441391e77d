/**
 * A minimal writer of Microsoft compound files (CFB, version 3, 512-byte sectors), enough to
 * build the container Excel writes for a password-protected workbook: a root storage holding
 * streams. Streams under 4,096 bytes live in the mini stream, as the format requires.
 */
import { COMPOUND_FILE_SIGNATURE } from "../../src/xlsx/compoundFile";

const SECTOR = 512;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export interface CompoundStream {
  name: string;
  data: Uint8Array;
}

function padTo(bytes: Uint8Array, size: number): Uint8Array {
  const length = Math.max(size, Math.ceil(bytes.length / size) * size);
  const out = new Uint8Array(length);
  out.set(bytes);
  return out;
}

/** Directory order: shorter names first, then by upper-cased name (as the format compares them). */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const ua = a.toUpperCase();
  const ub = b.toUpperCase();
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

interface DirEntry {
  name: string;
  type: 1 | 2 | 5;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

function writeDirEntry(view: DataView, offset: number, entry: DirEntry): void {
  const units = Array.from(entry.name).map((ch) => ch.charCodeAt(0));
  units.forEach((u, i) => view.setUint16(offset + i * 2, u, true));
  view.setUint16(offset + 64, (units.length + 1) * 2, true);
  view.setUint8(offset + 66, entry.type);
  view.setUint8(offset + 67, 1); // black: a chain of black nodes is accepted by every reader
  view.setUint32(offset + 68, entry.left, true);
  view.setUint32(offset + 72, entry.right, true);
  view.setUint32(offset + 76, entry.child, true);
  view.setUint32(offset + 116, entry.start, true);
  view.setUint32(offset + 120, entry.size, true);
}

/** The bytes of a compound file whose root storage holds these streams. */
export function compoundFile(streams: CompoundStream[]): Uint8Array {
  const sorted = [...streams].sort((a, b) => compareNames(a.name, b.name));
  const small = sorted.filter((s) => s.data.length < MINI_CUTOFF);
  const large = sorted.filter((s) => s.data.length >= MINI_CUTOFF);

  // The mini stream and its allocation table.
  const miniFat: number[] = [];
  const miniStarts = new Map<CompoundStream, number>();
  const miniParts: Uint8Array[] = [];
  for (const s of small) {
    const sectors = Math.max(1, Math.ceil(s.data.length / MINI_SECTOR));
    miniStarts.set(s, miniFat.length);
    for (let i = 0; i < sectors; i++) miniFat.push(i === sectors - 1 ? ENDOFCHAIN : miniFat.length + 1);
    miniParts.push(padTo(s.data, MINI_SECTOR));
  }
  const miniStream = new Uint8Array(miniParts.reduce((n, p) => n + p.length, 0));
  miniParts.reduce((at, p) => (miniStream.set(p, at), at + p.length), 0);

  // Regular sectors, in order: directory, mini FAT, mini stream, large streams, then the FAT itself.
  const entries = 1 + sorted.length;
  const dirSectors = Math.ceil((entries * 128) / SECTOR);
  const miniFatSectors = miniFat.length > 0 ? Math.ceil((miniFat.length * 4) / SECTOR) : 0;
  const miniStreamSectors = Math.ceil(miniStream.length / SECTOR);
  const largeSectors = large.map((s) => Math.ceil(s.data.length / SECTOR));
  const dataSectors = dirSectors + miniFatSectors + miniStreamSectors + largeSectors.reduce((a, b) => a + b, 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < dataSectors + fatSectors) fatSectors++;
  if (fatSectors > 109) throw new Error("The compound file writer holds up to 109 FAT sectors.");

  const fat: number[] = [];
  const chain = (count: number): number => {
    const start = fat.length;
    for (let i = 0; i < count; i++) fat.push(i === count - 1 ? ENDOFCHAIN : fat.length + 1);
    return count > 0 ? start : ENDOFCHAIN;
  };
  const dirStart = chain(dirSectors);
  const miniFatStart = chain(miniFatSectors);
  const miniStreamStart = chain(miniStreamSectors);
  const largeStarts = largeSectors.map((n) => chain(n));
  const fatStart = fat.length;
  for (let i = 0; i < fatSectors; i++) fat.push(FATSECT);
  const totalSectors = fat.length;

  const out = new Uint8Array(SECTOR * (1 + totalSectors));
  const view = new DataView(out.buffer);
  const at = (sector: number) => SECTOR * (1 + sector);

  // Header.
  out.set(COMPOUND_FILE_SIGNATURE, 0);
  view.setUint16(24, 0x003e, true);
  view.setUint16(26, 0x0003, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, fatSectors, true);
  view.setUint32(48, dirStart, true);
  view.setUint32(56, MINI_CUTOFF, true);
  view.setUint32(60, miniFatSectors > 0 ? miniFatStart : ENDOFCHAIN, true);
  view.setUint32(64, miniFatSectors, true);
  view.setUint32(68, ENDOFCHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i < fatSectors ? fatStart + i : FREESECT, true);

  // Directory: the root, whose child is the first stream; the others follow as right siblings.
  const dir: DirEntry[] = [
    { name: "Root Entry", type: 5, left: NOSTREAM, right: NOSTREAM, child: sorted.length > 0 ? 1 : NOSTREAM, start: miniStream.length > 0 ? miniStreamStart : ENDOFCHAIN, size: miniStream.length },
    ...sorted.map((s, i): DirEntry => {
      const largeIndex = large.indexOf(s);
      return {
        name: s.name,
        type: 2,
        left: NOSTREAM,
        right: i + 1 < sorted.length ? i + 2 : NOSTREAM,
        child: NOSTREAM,
        start: largeIndex >= 0 ? largeStarts[largeIndex]! : miniStarts.get(s)!,
        size: s.data.length,
      };
    }),
  ];
  const dirBytes = new Uint8Array(dirSectors * SECTOR);
  const dirView = new DataView(dirBytes.buffer);
  for (let i = dir.length; i < (dirSectors * SECTOR) / 128; i++) {
    // Unused entries: empty name, no siblings.
    dirView.setUint32(i * 128 + 68, NOSTREAM, true);
    dirView.setUint32(i * 128 + 72, NOSTREAM, true);
    dirView.setUint32(i * 128 + 76, NOSTREAM, true);
  }
  dir.forEach((entry, i) => writeDirEntry(dirView, i * 128, entry));
  out.set(dirBytes, at(dirStart));

  if (miniFatSectors > 0) {
    const bytes = new Uint8Array(miniFatSectors * SECTOR).fill(0xff);
    const v = new DataView(bytes.buffer);
    miniFat.forEach((n, i) => v.setUint32(i * 4, n, true));
    out.set(bytes, at(miniFatStart));
  }
  if (miniStream.length > 0) out.set(miniStream, at(miniStreamStart));
  large.forEach((s, i) => out.set(s.data, at(largeStarts[i]!)));

  const fatBytes = new Uint8Array(fatSectors * SECTOR).fill(0xff);
  const fatView = new DataView(fatBytes.buffer);
  fat.forEach((n, i) => fatView.setUint32(i * 4, n, true));
  out.set(fatBytes, at(fatStart));
  return out;
}
