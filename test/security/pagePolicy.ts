/**
 * Reading a page's Content-Security-Policy and checking it: scripts only from the page's own origin
 * and, where it loads office.js, the Office script host; and the page keeps to its own policy.
 * Parsed with the DOM's parser, so the test files using this run under jsdom.
 */
import { expect } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export const OFFICE_HOST = "https://appsforoffice.microsoft.com";
export const ADDIN_PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html", "src/commands/outcome.html"];

/** Sources a directive may name beyond 'self' and 'none', and why. */
const ALLOWED_EXTRA: Record<string, string[]> = {
  "script-src": [OFFICE_HOST],
  "connect-src": [OFFICE_HOST],
  // Fluent UI inserts <style> elements at run time.
  "style-src": ["'unsafe-inline'"],
  "img-src": ["data:", "blob:"],
  "font-src": ["data:"],
};

export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : e.name.endsWith(".html") ? [path.join(dir, e.name)] : []));
}

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(policy.has(name.toLowerCase()), `directive ${name} given twice`).toBe(false);
    policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export interface Page {
  file: string;
  policy: Policy;
  /** Elements before the policy's meta tag, which the policy does not cover. */
  scriptsBeforePolicy: number;
  scripts: { src: string | null; inline: boolean }[];
}

export function readPage(file: string): Page {
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

export function checkPage(page: Page): void {
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

