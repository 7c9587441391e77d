/** The zip writer's CRC-32 (eight bytes at a time) against the standard check value and Node's own zlib. */
import { describe, expect, it } from "vitest";
import zlib from "node:zlib";
import fc from "fast-check";
import { crc32 } from "../../src/xlsx/zipWriter";

describe("crc32", () => {
  it("gives the standard check value for 123456789, and 0 for nothing", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("agrees with zlib on every length up to 64 bytes and on random data, wherever the eight-byte steps end", () => {
    const zlibCrc = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;
    const reference = zlibCrc ?? ((data: Uint8Array) => {
      // Bit by bit, the definition itself, where this Node has no zlib.crc32.
      let crc = 0xffffffff;
      for (const byte of data) {
        crc ^= byte;
        for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
      }
      return (crc ^ 0xffffffff) >>> 0;
    });
    for (let length = 0; length <= 64; length++) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 151 + length * 7) & 0xff);
      expect(crc32(data), `length ${length}`).toBe(reference(data));
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2_000 }), (data) => crc32(data) === reference(data)), { numRuns: 300 });
  });
});
