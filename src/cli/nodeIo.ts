/** The command line's real file system and terminal. */
import { readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import type { CliIo } from "./cliIo";
import { UsageError } from "./cliIo";
import { todayIso } from "../door/operations";

async function readInput(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`There is no file at "${path}"; give the path of an .xlsx workbook.`);
  }
  if (!info.isFile()) throw new UsageError(`"${path}" is not a file; give the path of an .xlsx workbook.`);
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw new UsageError(`"${path}" could not be read; check that you may open it.`);
  }
}

/** Write beside the target, then rename: a reader never sees half a workbook. */
async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch {
    await unlink(temp).catch(() => undefined);
    throw new UsageError(`The output file "${path}" could not be written; check that its folder exists and you may write there.`);
  }
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: readInput,
  writeFileAtomic,
  samePath: (a, b) => resolve(a) === resolve(b),
  today: () => todayIso(),
};
