/**
 * The production build the end-to-end and budget tests run against, made once for the sources as
 * they are: it goes into a temporary folder named by a hash of everything the build reads, so the
 * test files of one run (in parallel workers) share a single build, and a later run with the same
 * sources reuses it. The first worker to need it builds; the others wait for it.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** What the build reads: the sources, assets, configuration and the locked dependency versions. */
const INPUTS = ["src", "assets", "webpack.config.js", "manifest.xml", "tsconfig.json", "package-lock.json"];
const DONE = ".build-complete";
/** A build that has held the lock this long is taken to have died with its worker. */
const STALE_LOCK_MS = 10 * 60_000;

/** Whether the lock's holder has gone: its process no longer runs, or it has held the lock too long. */
function lockAbandoned(lock: string): boolean {
  try {
    if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) return true;
    const pid = Number(readFileSync(path.join(lock, "pid"), "utf8"));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // ESRCH: no such process. A pid file not written yet (ENOENT) means the holder is just starting.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function filesUnder(relative: string): string[] {
  const full = path.join(REPO, relative);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(relative, name)));
}

function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash.update(file);
    hash.update(readFileSync(path.join(REPO, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

function runWebpack(outputPath: string): Promise<void> {
  const cli = path.join(REPO, "node_modules/webpack-cli/bin/cli.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "--mode", "production", "--output-path", outputPath], {
      cwd: REPO,
      env: { ...process.env, ADDIN_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`The production build failed (exit ${code}):\n${output.slice(-4000)}`))));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface BuiltSite {
  dir: string;
  /** Seconds this call spent building (0 when the build was already there or made by another worker). */
  buildSeconds: number;
}

/** The folder holding the production build of the current sources, building it if needed. */
export async function builtSite(): Promise<BuiltSite> {
  const dir = path.join(os.tmpdir(), `rag-tracker-site-${sourceHash()}`);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(path.join(dir, DONE))) return { dir, buildSeconds: 0 };
    try {
      mkdirSync(lock);
    } catch {
      if (lockAbandoned(lock)) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      const started = performance.now();
      const scratch = `${dir}.partial`;
      rmSync(scratch, { recursive: true, force: true });
      await runWebpack(scratch);
      writeFileSync(path.join(scratch, DONE), new Date().toISOString());
      rmSync(dir, { recursive: true, force: true });
      renameSync(scratch, dir);
      return { dir, buildSeconds: (performance.now() - started) / 1000 };
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
