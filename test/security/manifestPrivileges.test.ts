/**
 * The manifest asks for no more than the add-in uses: ReadWriteDocument (it reads the ratings
 * and writes the generated sheets; WriteDocument alone could not read), no AppDomains (the pages
 * never navigate away from the add-in's own origin), and every address in it is that origin.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const manifest = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
const OWN_ORIGIN = "https://localhost:3000";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("manifest.xml privileges", () => {
  it("asks for ReadWriteDocument only", () => {
    expect([...manifest.matchAll(/<Permissions>\s*(\w+)\s*<\/Permissions>/g)].map((m) => m[1])).toEqual(["ReadWriteDocument"]);
  });

  it("lists no AppDomains", () => {
    expect(manifest).not.toMatch(/<AppDomains?\b/);
  });

  it("names no address outside the add-in's own origin", () => {
    // Namespace declarations name schemas, not places the add-in goes.
    const withoutNamespaces = manifest.replace(/\sxmlns(?::\w+)?="[^"]*"/g, "");
    const addresses = [...withoutNamespaces.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]);
    expect(addresses.length).toBeGreaterThan(5);
    for (const address of addresses) expect(new URL(address).origin, address).toBe(OWN_ORIGIN);
  });

  it("the code uses nothing that would need more: no mailbox, identity token or other documents", () => {
    const offending = sourceFiles(path.join(repoRoot, "src"))
      .map((file) => ({ file: path.relative(repoRoot, file), text: readFileSync(file, "utf8") }))
      .filter(({ text }) => /Office\.context\.(mailbox|auth)|OfficeRuntime\.auth|getAccessToken|getFileAsync|Office\.context\.document\.getFilePropertiesAsync/.test(text))
      .map(({ file }) => file);
    expect(offending).toEqual([]);
  });
});
