/**
 * Reading the directory of a Microsoft compound file, the container of an Excel 97-2003 (.xls)
 * workbook and of a password-protected .xlsx one: the names of the streams it holds tell the two
 * apart. Only the directory is read, never a stream.
 */

export const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const HEADER_FAT_ENTRIES = 109;
const DIRECTORY_ENTRY = 128;
/**
 * Sector numbers from here up are not followed: the last regular sector (which no file this reader
 * meets is large enough to reach), then the markers of a chain's end, a free sector and the tables' own.
 */
const LAST_SECTOR_NUMBER = 0xfffffffa;
const NAME_DECODER = new TextDecoder("utf-16le");

/**
 * The names of the entries in a compound file's directory (the root, storages and streams), or
 * null when the bytes are not a compound file whose directory can be followed to its end.
 */
export function compoundEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512 || !COMPOUND_FILE_SIGNATURE.every((b, i) => bytes[i] === b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectorCount = Math.floor(bytes.length / size) - 1;
  const offsetOf = (sector: number): number | null => (sector < sectorCount ? (sector + 1) * size : null);
  const perSector = size / 4;

  // The sectors of the allocation table: the first 109 listed in the header, the rest in a chain of list sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_FAT_ENTRIES; i++) fatSectors.push(view.getUint32(76 + i * 4, true));
  let listSector = view.getUint32(68, true);
  for (let hops = 0; listSector < LAST_SECTOR_NUMBER; hops++) {
    const at = offsetOf(listSector);
    if (at === null || hops >= sectorCount) return null;
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(view.getUint32(at + i * 4, true));
    listSector = view.getUint32(at + size - 4, true);
  }
  const next = (sector: number): number | null => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    const at = fatSector === undefined || fatSector >= LAST_SECTOR_NUMBER ? null : offsetOf(fatSector);
    return at === null ? null : view.getUint32(at + (sector % perSector) * 4, true);
  };

  const names: string[] = [];
  let sector: number | null = view.getUint32(48, true);
  // A chain longer than the file has sectors loops back on itself.
  for (let hops = 0; sector !== null && sector < LAST_SECTOR_NUMBER; hops++) {
    const at = offsetOf(sector);
    if (at === null || hops >= sectorCount) return null;
    for (let entry = at; entry < at + size; entry += DIRECTORY_ENTRY) {
      const nameBytes = view.getUint16(entry + 64, true);
      const type = view.getUint8(entry + 66);
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      names.push(NAME_DECODER.decode(bytes.subarray(entry, entry + nameBytes - 2)));
    }
    sector = next(sector);
  }
  return sector === null ? null : names;
}
