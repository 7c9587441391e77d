// @vitest-environment jsdom
/**
 * The production build's pages keep the Content-Security-Policy of their templates, and load
 * only what it allows: their own bundles, and office.js from the Office script host. The build is
 * the one the end-to-end tests share (made once per set of sources).
 */
import { beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { builtSite } from "../e2e/builtSite";
import { SETUP_TIMEOUT } from "../e2e/workbenchSession";
import { checkPage, htmlFiles, readPage } from "./pagePolicy";

let pages: string[] = [];
let dir = "";

beforeAll(async () => {
  dir = (await builtSite()).dir;
  pages = htmlFiles(dir);
}, SETUP_TIMEOUT);

describe("the built pages' Content-Security-Policy", () => {
  it("the build has the task pane, commands, outcome and workbench (index.html) pages", () => {
    expect(pages.map((p) => path.basename(p)).sort()).toEqual(expect.arrayContaining(["commands.html", "index.html", "outcome.html", "taskpane.html"]));
  });

  it("every built page allows only its own origin and the Office script host, and loads its own bundle", () => {
    for (const file of pages) {
      const page = readPage(file);
      checkPage(page);
      expect(page.scripts.some((s) => s.src && !/^(https?:)?\/\//.test(s.src)), `${path.basename(file)} loads its own bundle`).toBe(true);
    }
  });
});
