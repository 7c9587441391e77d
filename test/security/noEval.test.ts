/**
 * The pages' policy forbids eval, so nothing the pane or the commands run may build code at run
 * time. zod tries `new Function` unless told not to; each page's entry tells it first.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RealFunction = globalThis.Function;

/** Replaces the Function constructor with one that refuses, as a page's policy does, and counts the attempts. */
function forbidFunctionConstructor(): { attempts: number } {
  const seen = { attempts: 0 };
  const refusing = new Proxy(RealFunction, {
    construct() {
      seen.attempts++;
      throw new EvalError("Refused to evaluate a string as JavaScript: 'unsafe-eval' is not an allowed source.");
    },
    apply() {
      seen.attempts++;
      throw new EvalError("Refused to evaluate a string as JavaScript: 'unsafe-eval' is not an allowed source.");
    },
  });
  globalThis.Function = refusing;
  return seen;
}

async function parseStoredShapes(): Promise<void> {
  const { settingsSchema } = await import("../../src/core/settings");
  expect(settingsSchema.parse({ asOf: "2021-11-01" }).asOf).toBe("2021-11-01");
  const { z } = await import("zod");
  expect(z.object({ a: z.string(), b: z.number() }).parse({ a: "x", b: 1 })).toEqual({ a: "x", b: 1 });
}

afterEach(() => {
  globalThis.Function = RealFunction;
  vi.resetModules();
});

describe("no code built at run time under the pages' policy", () => {
  it("left alone, zod tries new Function once (which the policy would block)", async () => {
    vi.resetModules();
    const seen = forbidFunctionConstructor();
    await parseStoredShapes();
    expect(seen.attempts).toBeGreaterThan(0);
  });

  it("with zodWithoutEval imported, parsing never reaches for new Function", async () => {
    vi.resetModules();
    const seen = forbidFunctionConstructor();
    await import("../../src/excel/zodWithoutEval");
    await parseStoredShapes();
    expect(seen.attempts).toBe(0);
  });

  it.each(["src/taskpane/index.tsx", "src/commands/commands.ts", "src/workbench/index.tsx"])("%s imports zodWithoutEval before anything else", (entry) => {
    const imports = [...readFileSync(path.join(repoRoot, entry), "utf8").matchAll(/^import\s[^;]*?["']([^"']+)["'];?$/gm)].map((m) => m[1]);
    expect(imports[0]).toBe("../excel/zodWithoutEval");
  });
});
