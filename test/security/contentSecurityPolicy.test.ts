// @vitest-environment jsdom
/**
 * Every page of the add-in (and the workbench) carries a Content-Security-Policy that allows
 * scripts only from its own origin and, where it loads office.js, Microsoft's Office script host;
 * and the page itself keeps to its policy (no inline script, no script from anywhere else).
 * These are the source templates; builtPagesPolicy.test.ts checks the production build's pages.
 */
import { describe, expect, it } from "vitest";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ADDIN_PAGES, OFFICE_HOST, checkPage, htmlFiles, parsePolicy, readPage, type Page } from "./pagePolicy";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

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
