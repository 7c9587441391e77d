import { beforeEach, describe, expect, it } from "vitest";
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeIo } from "../../src/cli/nodeIo";
import type { CliIo } from "../../src/cli/cliIo";

let dir: string;
let io: CliIo;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "rag-io-"));
  io = nodeIo(dir);
  mkdirSync(join(dir, "real"));
  writeFileSync(join(dir, "real", "plan.xlsx"), "the input");
});

describe("the command line's own file system: whether the output is the input", () => {
  it("sees one file behind a link to it, a link to its folder, a hard link and a path through ..", () => {
    const input = join(dir, "real", "plan.xlsx");
    symlinkSync(input, join(dir, "link.xlsx"));
    symlinkSync(join(dir, "real"), join(dir, "alias"));
    linkSync(input, join(dir, "hard.xlsx"));
    for (const other of [join(dir, "link.xlsx"), join(dir, "alias", "plan.xlsx"), join(dir, "hard.xlsx"), join(dir, "alias", "..", "real", "plan.xlsx")]) {
      expect(io.sameFile(input, other)).toBe(true);
      expect(io.sameFile(other, input)).toBe(true);
    }
  });

  it("sees two files, or a file and a name not yet taken, as different", () => {
    writeFileSync(join(dir, "other.xlsx"), "the input");
    expect(io.sameFile(join(dir, "real", "plan.xlsx"), join(dir, "other.xlsx"))).toBe(false);
    expect(io.sameFile(join(dir, "real", "plan.xlsx"), join(dir, "new.xlsx"))).toBe(false);
  });
});

describe("the command line's own file system: relative paths", () => {
  it("lead from the folder it is given, and are quoted as written", async () => {
    expect(new TextDecoder().decode(await io.readFile(join("real", "plan.xlsx")))).toBe("the input");
    await io.writeFileAtomic("summary.xlsx", new TextEncoder().encode("the summary"));
    expect(readFileSync(join(dir, "summary.xlsx"), "utf8")).toBe("the summary");
    expect(io.sameFile(join("real", "plan.xlsx"), join(dir, "real", "plan.xlsx"))).toBe(true);
    await expect(io.readFile("plan.xlsx")).rejects.toThrow('There is no file at "plan.xlsx"; give the path of an .xlsx workbook.');
  });
});

describe("the command line's own file system: writing the output", () => {
  const bytes = new TextEncoder().encode("the summary");

  it("names the folder that does not exist when the output cannot be written there", async () => {
    const out = join(dir, "missing", "summary.xlsx");
    await expect(io.writeFileAtomic(out, bytes)).rejects.toThrow(
      `The output file "${out}" could not be written because the folder "${join(dir, "missing")}" does not exist; create it first, or choose another folder.`,
    );
    expect(readdirSync(dir)).toEqual(["real"]);
  });

  it("names the system's error when a folder that exists takes no new file", async () => {
    // /proc is there, yet refuses a new file with the error a missing folder gives.
    await expect(io.writeFileAtomic("/proc/summary.xlsx", bytes)).rejects.toThrow('The output file "/proc/summary.xlsx" could not be written in the folder "/proc": no such file or directory (ENOENT).');
  });

  it("says in one sentence when the output's folder is a file, and sees such a path as no file", async () => {
    const out = join(dir, "real", "plan.xlsx", "summary.xlsx");
    await expect(io.writeFileAtomic(out, bytes)).rejects.toThrow(
      `The output file "${out}" could not be written because "${join(dir, "real", "plan.xlsx")}" is a file, not a folder; choose another folder.`,
    );
    expect(io.sameFile(join(dir, "real", "plan.xlsx"), out)).toBe(false);
  });

  it("refuses a read-only output file and leaves it as it was", async () => {
    const out = join(dir, "locked.xlsx");
    writeFileSync(out, "kept");
    chmodSync(out, 0o444);
    await expect(io.writeFileAtomic(out, bytes)).rejects.toThrow(`The output file "${out}" is read-only; choose another name, or make it writable first.`);
    expect(readFileSync(out, "utf8")).toBe("kept");
    expect(statSync(out).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir).sort()).toEqual(["locked.xlsx", "real"]);
  });

  it("keeps an existing output's permissions when it replaces it", async () => {
    const out = join(dir, "shared.xlsx");
    writeFileSync(out, "old");
    chmodSync(out, 0o640);
    await io.writeFileAtomic(out, bytes);
    expect(readFileSync(out, "utf8")).toBe("the summary");
    expect(statSync(out).mode & 0o777).toBe(0o640);
  });

  it("gives a new output no wider permissions than the workbook read, as cp does: a private plan's copy stays private", async () => {
    const input = join(dir, "real", "plan.xlsx");
    chmodSync(input, 0o600);
    await io.readFile(input);
    const out = join(dir, "copy.xlsx");
    await io.writeFileAtomic(out, bytes);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it("writes an output whose name is as long as the folder takes (255 bytes), leaving no temporary file", async () => {
    const out = join(dir, `${"c".repeat(250)}.xlsx`);
    await io.writeFileAtomic(out, bytes);
    expect(readFileSync(out, "utf8")).toBe("the summary");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("writes through a link to the file it leads to, and keeps the link", async () => {
    const target = join(dir, "real", "summary.xlsx");
    writeFileSync(target, "old");
    symlinkSync(target, join(dir, "summary-link.xlsx"));
    await io.writeFileAtomic(join(dir, "summary-link.xlsx"), bytes);
    expect(lstatSync(join(dir, "summary-link.xlsx")).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("the summary");
  });

  it("refuses a link that leads nowhere, and keeps it", async () => {
    const link = join(dir, "dangling.xlsx");
    symlinkSync(join(dir, "gone", "summary.xlsx"), link);
    await expect(io.writeFileAtomic(link, bytes)).rejects.toThrow(`The output "${link}" is a link that leads to no file (it points to "${join(dir, "gone", "summary.xlsx")}"); give the path of the file to write.`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    // A relative link is shown where it leads; a link to a link that leads nowhere leads to no file either.
    const chained = join(dir, "chained.xlsx");
    symlinkSync("dangling.xlsx", chained);
    await expect(io.writeFileAtomic(chained, bytes)).rejects.toThrow(`The output "${chained}" is a link that leads to no file (it points to "${link}"); give the path of the file to write.`);
  });

  it("refuses a folder as the output", async () => {
    await expect(io.writeFileAtomic(join(dir, "real"), bytes)).rejects.toThrow(`The output "${join(dir, "real")}" is not a file; give the name of an .xlsx workbook to write.`);
  });
});
