/**
 * Dependencies are pinned by package-lock.json: every dependency package.json names is locked,
 * at a version its range accepts, with an integrity hash, and installed at that version.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(repoRoot, file), "utf8")) as T;

type Version = [number, number, number];

function parseVersion(text: string): Version | null {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * Whether `version` satisfies `range`, for the range forms this package.json uses: ^x.y.z, ~x.y.z,
 * x.y.z, x.y and x. Any other form is refused, so a new form is noticed rather than waved through.
 */
function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  if (!v) return false; // pre-releases and builds are not accepted by plain ranges
  const caret = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (caret) {
    const low: Version = [Number(caret[1]), Number(caret[2]), Number(caret[3])];
    const high: Version = low[0] > 0 ? [low[0] + 1, 0, 0] : low[1] > 0 ? [0, low[1] + 1, 0] : [0, 0, low[2] + 1];
    return compare(v, low) >= 0 && compare(v, high) < 0;
  }
  const tilde = /^~(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (tilde) {
    const low: Version = [Number(tilde[1]), Number(tilde[2]), Number(tilde[3])];
    return compare(v, low) >= 0 && compare(v, [low[0], low[1] + 1, 0]) < 0;
  }
  const exact = parseVersion(range);
  if (exact) return compare(v, exact) === 0;
  const partial = /^(\d+)(?:\.(\d+))?$/.exec(range);
  if (partial) return v[0] === Number(partial[1]) && (partial[2] === undefined || v[1] === Number(partial[2]));
  throw new Error(`The range "${range}" is not one this check understands.`);
}

interface LockEntry {
  version?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

describe("package-lock.json pins every dependency", () => {
  const pkg = readJson<{ dependencies: Record<string, string>; devDependencies: Record<string, string> }>("package.json");
  const lock = readJson<{ lockfileVersion: number; packages: Record<string, LockEntry> }>("package-lock.json");
  const all = { ...pkg.dependencies, ...pkg.devDependencies };

  it("is a current lockfile that records the same ranges as package.json", () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(lock.packages[""]!.dependencies).toEqual(pkg.dependencies);
    expect(lock.packages[""]!.devDependencies).toEqual(pkg.devDependencies);
  });

  it.each(Object.entries(all))("%s %s is locked at a version in range, with an integrity hash, and installed at it", (name, range) => {
    const entry = lock.packages[`node_modules/${name}`];
    expect(entry, `${name} is in package-lock.json`).toBeDefined();
    expect(satisfies(entry!.version!, range), `${name}@${entry!.version} satisfies ${range}`).toBe(true);
    expect(entry!.integrity).toMatch(/^sha(256|384|512)-[A-Za-z0-9+/]+=*$/);
    // A production dependency must not be locked as development-only (npm ci --omit=dev would leave it out).
    // A development one may be locked as production when a production package names it as a peer (@types/react).
    if (name in pkg.dependencies) expect(entry!.dev, `${name} is locked as a production dependency`).toBeUndefined();
    const installed = path.join(repoRoot, "node_modules", name, "package.json");
    expect(existsSync(installed), `${name} is installed (npm ci)`).toBe(true);
    expect(readJson<{ version: string }>(path.relative(repoRoot, installed)).version).toBe(entry!.version);
  });

  it("every package the lockfile installs has an integrity hash", () => {
    const unhashed = Object.entries(lock.packages).filter(([p, e]) => p !== "" && !e.link && !e.integrity).map(([p]) => p);
    expect(unhashed).toEqual([]);
  });
});

describe("the range check", () => {
  it.each([
    ["4.4.0", "^4.4.0", true],
    ["4.9.1", "^4.4.0", true],
    ["5.0.0", "^4.4.0", false],
    ["4.3.9", "^4.4.0", false],
    ["0.2.5", "^0.2.3", true],
    ["0.3.0", "^0.2.3", false],
    ["1.2.9", "~1.2.3", true],
    ["1.3.0", "~1.2.3", false],
    ["5.9.3", "5.9", true],
    ["5.10.0", "5.9", false],
    ["2.0.0", "2.0.0", true],
    ["2.0.1", "2.0.0", false],
    ["4.5.0-beta.1", "^4.4.0", false],
  ])("%s against %s is %s", (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it("refuses a range form it does not understand", () => {
    expect(() => satisfies("1.0.0", ">=1.0.0 <2")).toThrow(/not one this check understands/);
  });
});
