// @vitest-environment jsdom
/**
 * Every page of the add-in (and the workbench) carries a Content-Security-Policy that allows
 * scripts only from its own origin and, where it loads office.js, Microsoft's Office script host;
 * and the page itself keeps to its policy (no inline script, no script from anywhere else).
 * The source templates are always checked; the built pages too when dist/ has been built.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const OFFICE_HOST = "https://appsforoffice.microsoft.com";
const ADDIN_PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html", "src/commands/outcome.html"];

/** Sources a directive may name beyond 'self' and 'none', and why. */
const ALLOWED_EXTRA: Record<string, string[]> = {
  "script-src": [OFFICE_HOST],
  "connect-src": [OFFICE_HOST],
  // Fluent UI inserts <style> elements at run time.
  "style-src": ["'unsafe-inline'"],
  "img-src": ["data:", "blob:"],
  "font-src": ["data:"],
};

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : e.name.endsWith(".html") ? [path.join(dir, e.name)] : []));
}

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(policy.has(name.toLowerCase()), `directive ${name} given twice`).toBe(false);
    policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

interface Page {
  file: string;
  policy: Policy;
  /** Elements before the policy's meta tag, which the policy does not cover. */
  scriptsBeforePolicy: number;
  scripts: { src: string | null; inline: boolean }[];
}

function readPage(file: string): Page {
  const document = new DOMParser().parseFromString(readFileSync(file, "utf8"), "text/html");
  const metas = [...document.querySelectorAll("meta")].filter((m) => m.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy");
  expect(metas, `${file} has one Content-Security-Policy`).toHaveLength(1);
  const meta = metas[0]!;
  const all = [...document.querySelectorAll("script, link, style, meta")];
  const scripts = [...document.querySelectorAll("script")];
  return {
    file,
    policy: parsePolicy(meta.getAttribute("content") ?? ""),
    scriptsBeforePolicy: all.slice(0, all.indexOf(meta)).filter((e) => e.tagName === "SCRIPT" || e.tagName === "LINK" || e.tagName === "STYLE").length,
    scripts: scripts.map((s) => ({ src: s.getAttribute("src"), inline: !s.hasAttribute("src") && (s.textContent ?? "").trim() !== "" })),
  };
}

/** What a page's scripts need of script-src: 'self' for relative ones, the host's origin for absolute ones. */
function scriptSources(page: Page): Set<string> {
  return new Set(page.scripts.filter((s) => s.src).map((s) => (/^[a-z]+:\/\//i.test(s.src!) || s.src!.startsWith("//") ? new URL(s.src!, "https://self.invalid/").origin : "'self'")));
}

function checkPage(page: Page): void {
  const { policy, file } = page;
  expect(policy.get("default-src"), `${file}: default-src`).toEqual(["'self'"]);
  expect(policy.get("object-src"), `${file}: object-src`).toEqual(["'none'"]);
  expect(policy.get("base-uri"), `${file}: base-uri`).toEqual(["'self'"]);
  const scriptSrc = policy.get("script-src");
  expect(scriptSrc, `${file}: script-src`).toBeDefined();
  for (const [directive, sources] of policy) {
    for (const source of sources) {
      const allowed = source === "'self'" || source === "'none'" || (ALLOWED_EXTRA[directive] ?? []).includes(source);
      expect(allowed, `${file}: ${directive} allows ${source}`).toBe(true);
    }
  }
  // The page keeps to its own policy: nothing loads before it, no inline script, every script allowed.
  expect(page.scriptsBeforePolicy, `${file}: scripts or styles before the policy`).toBe(0);
  expect(page.scripts.filter((s) => s.inline), `${file}: inline scripts`).toEqual([]);
  for (const source of scriptSources(page)) expect(scriptSrc, `${file}: a script from ${source}`).toContain(source);
  // A page that does not load office.js does not allow the Office host either.
  const loadsOffice = page.scripts.some((s) => s.src?.startsWith(`${OFFICE_HOST}/`));
  expect(scriptSrc!.includes(OFFICE_HOST), `${file}: allows ${OFFICE_HOST} only if it loads office.js`).toBe(loadsOffice);
}

describe("Content-Security-Policy of the pages", () => {
  const sourcePages = htmlFiles(path.join(repoRoot, "src"));

  it("covers the add-in's three pages", () => {
    for (const page of ADDIN_PAGES) expect(sourcePages).toContain(path.join(repoRoot, page));
  });

  it.each(sourcePages.map((f) => path.relative(repoRoot, f)))("%s allows only its own origin and the Office script host", (file) => {
    checkPage(readPage(path.join(repoRoot, file)));
  });

  it("the add-in's pages load office.js from the Office script host, and nothing else from outside", () => {
    for (const file of ADDIN_PAGES) {
      const page = readPage(path.join(repoRoot, file));
      expect(page.scripts.filter((s) => s.src && /^(https?:)?\/\//.test(s.src)).map((s) => s.src)).toEqual([`${OFFICE_HOST}/lib/1/hosted/office.js`]);
    }
  });

  const builtPages = htmlFiles(path.join(repoRoot, "dist"));
  it.skipIf(builtPages.length === 0).each(builtPages.map((f) => path.relative(repoRoot, f)))("built %s keeps the policy and loads only allowed scripts", (file) => {
    const page = readPage(path.join(repoRoot, file));
    checkPage(page);
    expect(page.scripts.some((s) => s.src && !/^(https?:)?\/\//.test(s.src)), `${file} loads its own bundle`).toBe(true);
  });
});

describe("the policy check itself", () => {
  const page = (csp: string, scripts: Page["scripts"] = []): Page => ({ file: "sample.html", policy: parsePolicy(csp), scriptsBeforePolicy: 0, scripts });
  const good = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'";

  it("accepts a strict policy", () => {
    expect(() => checkPage(page(good, [{ src: "app.js", inline: false }]))).not.toThrow();
  });

  it.each([
    ["'unsafe-eval' for scripts", good.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")],
    ["'unsafe-inline' for scripts", good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")],
    ["a wildcard", good.replace("default-src 'self'", "default-src *")],
    ["another host", good.replace("script-src 'self'", "script-src 'self' https://cdn.example.org")],
    ["the Office host on a page without office.js", good.replace("script-src 'self'", `script-src 'self' ${OFFICE_HOST}`)],
    ["no object-src", good.replace("; object-src 'none'", "")],
  ])("rejects %s", (_what, csp) => {
    expect(() => checkPage(page(csp))).toThrow();
  });

  it("rejects a page whose scripts its policy would block", () => {
    expect(() => checkPage(page(good, [{ src: null, inline: true }]))).toThrow();
    expect(() => checkPage(page(good, [{ src: "https://cdn.example.org/x.js", inline: false }]))).toThrow();
  });
});
