import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { addinUrl, rewriteManifest } from "../../webpack.config.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const manifestPath = path.join(repoRoot, "manifest.xml");
const schema = path.join(repoRoot, "test/manifest/schemas/OfficeAppManifestV1_1.xsd");
const manifest = readFileSync(manifestPath, "utf8");
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

describe("manifest.xml", () => {
  it("is valid against the add-in manifest schema v1.1, offline", () => {
    // A missing xmllint or schema is a failure, not a reason to skip (.ci/run installs libxml2-utils).
    expect(hasXmllint, "xmllint is not installed: apt-get install -y libxml2-utils").toBe(true);
    expect(existsSync(schema), `the manifest schemas are missing: expected ${schema}`).toBe(true);
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifestPath], { encoding: "utf8" });
    expect(result.stderr.trim()).toBe("manifest.xml validates".replace("manifest.xml", manifestPath));
    expect(result.status).toBe(0);
  });

  it("asks for Excel, ReadWriteDocument and no more, from ExcelApi 1.7", () => {
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect([...manifest.matchAll(/<Permissions>(\w+)<\/Permissions>/g)].map((m) => m[1])).toEqual(["ReadWriteDocument"]);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
  });

  it("has a Home-tab group with the three buttons", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="RagTracker.Group">/);
    const labels = [...manifest.matchAll(/<bt:String id="(\w+)\.Label" DefaultValue="([^"]+)"/g)].map((m) => m[2]);
    expect(labels).toEqual(["RAG Tracker", "Generate RAG summary", "Check ratings", "Open RAG Tracker"]);
    expect([...manifest.matchAll(/<Action xsi:type="(\w+)">/g)].map((m) => m[1])).toEqual(["ExecuteFunction", "ExecuteFunction", "ShowTaskpane"]);
  });

  it("associates every FunctionName with Office.actions.associate in src/commands", () => {
    const functions = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(functions).toEqual(["generateSummary", "checkRatings"]);
    const dir = path.join(repoRoot, "src/commands");
    const source = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => readFileSync(path.join(dir, f), "utf8"))
      .join("\n");
    const associated = [...source.matchAll(/Office\.actions\.associate\(\s*"(\w+)"/g)].map((m) => m[1]);
    expect(associated.sort()).toEqual([...functions].sort());
  });

  it("defines every resource it refers to", () => {
    const ids = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([\w.]+)"/g)].map((m) => m[1]));
    const used = [...manifest.matchAll(/resid="([\w.]+)"/g)].map((m) => m[1]!);
    for (const id of used) expect(ids.has(id), `resource ${id}`).toBe(true);
  });

  it("points at icons that exist at their stated pixel sizes", () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)/g)].map((m) => ({ file: m[1]!, size: Number(m[2]) }));
    expect(new Set(icons.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { file, size } of icons) {
      const png = readFileSync(path.join(repoRoot, file));
      expect(png.subarray(0, 8).toString("hex"), file).toBe("89504e470d0a1a0a");
      expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([size, size]);
    }
    expect(manifest).toMatch(/<IconUrl DefaultValue="https:\/\/localhost:3000\/assets\/icon-32.png"\/>/);
    expect(manifest).toMatch(/<HighResolutionIconUrl DefaultValue="https:\/\/localhost:3000\/assets\/icon-64.png"\/>/);
  });

  it("names only pages the build makes", () => {
    const pages = new Set([...manifest.matchAll(/https:\/\/localhost:3000\/(\w+)\.html/g)].map((m) => m[1]));
    expect(pages).toEqual(new Set(["taskpane", "commands"]));
    expect(existsSync(path.join(repoRoot, "src/commands/commands.html"))).toBe(true);
  });
});

describe("the production manifest address", () => {
  it("replaces the development address with ADDIN_URL everywhere", () => {
    const url = addinUrl("https://addins.example.org/rag-tracker/");
    const built = rewriteManifest(manifest, url);
    expect(built).not.toContain("https://localhost");
    expect(built).toContain('<SourceLocation DefaultValue="https://addins.example.org/rag-tracker/taskpane.html"/>');
    expect(built).toContain('DefaultValue="https://addins.example.org/rag-tracker/commands.html"');
  });

  it("keeps the development address without ADDIN_URL and refuses one that is not https or lacks the final slash", () => {
    expect(addinUrl(undefined)).toBe("https://localhost:3000/");
    expect(() => addinUrl("http://addins.example.org/")).toThrow('ADDIN_URL "http://addins.example.org/" must start with https://, because Office only loads add-ins over HTTPS.');
    expect(() => addinUrl("https://addins.example.org/rag")).toThrow('ADDIN_URL "https://addins.example.org/rag" must end with "/", for example "https://addins.example.org/rag/".');
    expect(() => addinUrl("not a url")).toThrow(/is not a web address/);
  });
});
