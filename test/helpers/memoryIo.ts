/** An in-memory CliIo: files in a Map, output captured, today fixed. */
import type { CliIo } from "../../src/cli/cliIo";
import { UsageError } from "../../src/cli/cliIo";

export interface MemoryIo extends CliIo {
  files: Map<string, Uint8Array>;
  out: string[];
  err: string[];
}

export function memoryIo(files: Record<string, Uint8Array> = {}, today = "2021-11-01"): MemoryIo {
  const map = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  return {
    files: map,
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (path) => {
      const bytes = map.get(path);
      if (!bytes) throw new UsageError(`There is no file at "${path}"; give the path of an .xlsx workbook.`);
      return bytes;
    },
    writeFileAtomic: async (path, bytes) => {
      map.set(path, bytes);
    },
    sameFile: (a, b) => a === b,
    today: () => today,
  };
}
