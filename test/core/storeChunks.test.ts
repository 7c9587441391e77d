import { describe, expect, it } from "vitest";
import { STORE_CHUNK, decodeStore, encodeStore } from "../../src/core/store";

const isLoneHalf = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdfff;
};

describe("store records in cells", () => {
  it("never splits an emoji between two cells, wherever the chunk edge falls", () => {
    for (let before = STORE_CHUNK - 3; before <= STORE_CHUNK + 1; before++) {
      const json = `${"x".repeat(before)}😀👍🏽 after`;
      const [, row] = encodeStore([{ kind: "snapshot", id: "2021-07-13", json }]);
      const chunks = row!.slice(2);
      for (const chunk of chunks) {
        expect(chunk.length).toBeLessThanOrEqual(STORE_CHUNK);
        expect(isLoneHalf(chunk, chunk.length - 1) && chunk.charCodeAt(chunk.length - 1) <= 0xdbff).toBe(false);
        expect(isLoneHalf(chunk, 0) && chunk.charCodeAt(0) >= 0xdc00).toBe(false);
      }
      expect(decodeStore(encodeStore([{ kind: "snapshot", id: "2021-07-13", json }]))).toEqual([{ kind: "snapshot", id: "2021-07-13", json }]);
    }
  });

  it("keeps a record shorter than one cell in one cell, and an empty one as one empty cell", () => {
    expect(encodeStore([{ kind: "settings", id: "workbook", json: "{}" }])[1]).toEqual(["settings", "workbook", "{}"]);
    expect(encodeStore([{ kind: "probe", id: "1", json: "" }])[1]).toEqual(["probe", "1", ""]);
  });
});
