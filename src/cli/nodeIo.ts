/** The command line's real file system and terminal. */
import { access, lstat, readFile, readlink, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { constants, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import type { CliIo } from "./cliIo";
import { UsageError } from "./cliIo";
import { todayIso } from "../door/operations";
import { systemErrorWords } from "./systemError";

/** `shown` is the path as the user wrote it, for the messages; `path` is where it leads. */
async function readInput(shown: string, path: string): Promise<{ bytes: Uint8Array; mode: number }> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`There is no file at "${shown}"; give the path of an .xlsx workbook.`);
  }
  if (!info.isFile()) throw new UsageError(`"${shown}" is not a file; give the path of an .xlsx workbook.`);
  try {
    return { bytes: new Uint8Array(await readFile(path)), mode: info.mode };
  } catch {
    throw new UsageError(`"${shown}" could not be read; check that you may open it.`);
  }
}

/**
 * Write beside the target, then rename: a reader never sees half a workbook. An existing output
 * is replaced only if it may be written to, keeps its permissions, and when it is a link, the
 * file it leads to is replaced and the link kept; a link that leads nowhere is refused. A new
 * output is readable by no more people than the workbook it copies (`inputMode`), as with cp: the
 * team's plans hold confidential case reviews.
 */
async function writeFileAtomic(shown: string, path: string, bytes: Uint8Array, inputMode: number | undefined): Promise<void> {
  const existing = await stat(path).catch(() => null);
  // A link to nothing would be replaced by a file, and the link lost: the team meant the place it names.
  if (!existing && (await lstat(path).catch(() => null))?.isSymbolicLink()) {
    const target = resolve(dirname(path), await readlink(path));
    throw new UsageError(`The output "${shown}" is a link that leads to no file (it points to "${target}"); give the path of the file to write.`);
  }
  const target = existing ? await realpath(path) : path;
  const folder = dirname(target);
  if ((await stat(folder).catch(() => null))?.isDirectory() === false) throw new UsageError(`The output file "${shown}" could not be written because "${folder}" is a file, not a folder; choose another folder.`);
  if (existing && !existing.isFile()) throw new UsageError(`The output "${shown}" is not a file; give the name of an .xlsx workbook to write.`);
  if (existing && !(await isWritable(target, existing.mode))) throw new UsageError(`The output file "${shown}" is read-only; choose another name, or make it writable first.`);
  // Named apart from the output, so any name the folder takes for the output it takes for this too.
  const temp = join(dirname(target), `.rag-tracker-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const mode = existing ? existing.mode & 0o7777 : inputMode === undefined ? undefined : inputMode & 0o666;
    await writeFile(temp, bytes, mode === undefined ? {} : { mode });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const { code } = error as NodeJS.ErrnoException;
    // ENOENT also comes from folders that exist but take no new file, such as /proc.
    if (code === "ENOENT" && !(await stat(folder).catch(() => null))) throw new UsageError(`The output file "${shown}" could not be written because the folder "${folder}" does not exist; create it first, or choose another folder.`);
    if (code === "EACCES" || code === "EPERM") throw new UsageError(`The output file "${shown}" could not be written; check that you may write in the folder "${folder}".`);
    throw new UsageError(`The output file "${shown}" could not be written in the folder "${folder}": ${systemErrorWords(error)}.`);
  }
}

/** Read-only means no write permission for the user, or (for an administrator, whom access() never refuses) no write bit at all. */
async function isWritable(path: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return false;
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
}

/** Two paths name one file when they lead to the same file on disk (links followed), or, for a file not yet there, to the same place. */
function sameFile(a: string, b: string): boolean {
  const first = statOrNull(a);
  const second = statOrNull(b);
  if (first && second) return first.dev === second.dev && first.ino === second.ino;
  return resolve(a) === resolve(b);
}

/** A path under a file ("report.sh/out.xlsx") is no file either: statSync throws ENOTDIR for it even when told not to throw. */
function statOrNull(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/**
 * A reader that stops early (`rag-tracker changes … | head`) closes the pipe: the rest of the output
 * is not wanted, so it is dropped quietly and the command ends with its own exit code. Any other
 * failure to write (a full disk) loses the report: one sentence, and exit 2, as for an output file
 * that could not be written.
 */
let stdoutStopped = false;
export function watchStandardOutput(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // Once stopped, a write already on its way fails too, with another code.
    if (stdoutStopped) return;
    stdoutStopped = true;
    if (error.code === "EPIPE") return;
    process.stderr.write(`rag-tracker: Could not write the report to standard output: ${systemErrorWords(error)}.\n`);
    process.exitCode = 2;
  });
}

/** The real file system and terminal; relative paths lead from `folder` (see workingFolder). */
export function nodeIo(folder: string): CliIo {
  const at = (path: string) => resolve(folder, path);
  // The permissions of the workbook read, for the copy written from it.
  let inputMode: number | undefined;
  return {
    stdout: (text) => {
      if (!stdoutStopped) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => {
      const { bytes, mode } = await readInput(path, at(path));
      inputMode = mode;
      return bytes;
    },
    writeFileAtomic: (path, bytes) => writeFileAtomic(path, at(path), bytes, inputMode),
    sameFile: (a, b) => sameFile(at(a), at(b)),
    today: () => todayIso(),
  };
}
