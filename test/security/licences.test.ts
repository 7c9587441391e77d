/**
 * `npm run licences` (scripts/licences.mjs) lists every production dependency with its licence,
 * and fails when a licence is missing or not one the project accepts.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const script = path.join(repoRoot, "scripts/licences.mjs");

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
}

function run(lockfile?: string) {
  const result = spawnSync(process.execPath, [script, ...(lockfile ? [lockfile] : [])], { encoding: "utf8" });
  const lines = result.stdout.split("\n").filter((l) => /^\S+@\S+\s{2}/.test(l));
  const listed = new Map(lines.map((l) => [l.split(/\s+/)[0]!, l.replace(/^\S+\s+/, "")]));
  return { status: result.status, stdout: result.stdout, listed };
}

describe("npm run licences", () => {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  const { status, stdout, listed } = run();

  it("passes on this repository: every production licence is accepted", () => {
    expect(stdout).toMatch(/\d+ production packages; 0 with a licence to check\./);
    expect(status).toBe(0);
  });

  it("lists each direct production dependency at its locked version with its licence", () => {
    for (const name of Object.keys(pkg.dependencies)) {
      const entry = lock.packages[`node_modules/${name}`]!;
      expect(listed.get(`${name}@${entry.version}`), name).toBe(entry.license);
    }
  });

  it("lists every installed production package in the lockfile, and no development-only one", () => {
    const production = Object.entries(lock.packages).filter(([p, e]) => p.startsWith("node_modules/") && !e.dev && !e.devOptional && (!e.optional || existsSync(path.join(repoRoot, p))));
    expect(listed.size).toBe(new Set(production.map(([p, e]) => `${p.slice(p.lastIndexOf("node_modules/") + 13)}@${e.version}`)).size);
    expect(stdout).toContain(`${production.length} production packages`);
    const devOnly = Object.entries(lock.packages).find(([p, e]) => p.startsWith("node_modules/") && e.dev)!;
    expect(listed.has(`${devOnly[0].slice(devOnly[0].lastIndexOf("node_modules/") + 13)}@${devOnly[1].version}`)).toBe(false);
  });

  it("reports the licence each installed package states for itself", () => {
    let compared = 0;
    for (const [id, licence] of listed) {
      const name = id.slice(0, id.lastIndexOf("@"));
      const manifest = path.join(repoRoot, "node_modules", name, "package.json");
      if (!existsSync(manifest)) continue; // nested copies live deeper; the top-level ones are enough to check
      const own = JSON.parse(readFileSync(manifest, "utf8")) as { version: string; license?: string | { type: string } };
      if (`${name}@${own.version}` !== id) continue;
      const stated = typeof own.license === "string" ? own.license : own.license?.type;
      if (stated === undefined) continue;
      expect(licence, id).toBe(stated);
      compared++;
    }
    expect(compared).toBeGreaterThan(listed.size / 2);
  });

  it("fails, and marks the package, when a licence is missing or not accepted", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "licences-"));
    try {
      const file = path.join(dir, "package-lock.json");
      const packages: Record<string, LockEntry> = {
        "": {},
        "node_modules/fine": { version: "1.0.0", license: "MIT" },
        "node_modules/unknown-terms": { version: "2.0.0", license: "SSPL-1.0" },
        "node_modules/no-licence": { version: "3.0.0" },
        "node_modules/dev-tool": { version: "4.0.0", license: "SSPL-1.0", dev: true },
      };
      writeFileSync(file, JSON.stringify({ lockfileVersion: 3, packages }));
      const bad = run(file);
      expect(bad.status).toBe(1);
      expect(bad.listed.get("fine@1.0.0")).toBe("MIT");
      expect(bad.listed.get("unknown-terms@2.0.0")).toBe("SSPL-1.0  <- check");
      expect(bad.listed.get("no-licence@3.0.0")).toBe("(none)  <- check");
      expect(bad.listed.has("dev-tool@4.0.0")).toBe(false);
      expect(bad.stdout).toContain("3 production packages; 2 with a licence to check.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
