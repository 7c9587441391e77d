/**
 * The lint rules SECURITY.md relies on really reject what they are meant to: each offending
 * sample is linted with the repository's own ESLint config, as if it were a file in src/.
 */
import { describe, expect, it } from "vitest";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const eslint = new ESLint({ cwd: repoRoot });

/** The rule ids that report errors for `code` placed at `file`. */
async function errorsFor(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  expect(result, `ESLint linted ${file}`).toBeDefined();
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, "the sample parses").toEqual([]);
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? "");
}

const offending: { what: string; file: string; code: string; rule: string }[] = [
  { what: "dangerouslySetInnerHTML", file: "src/taskpane/Sample.tsx", code: `export const Sample = ({ text }: { text: string }) => <div dangerouslySetInnerHTML={{ __html: text }} />;\n`, rule: "no-restricted-syntax" },
  { what: "innerHTML assignment", file: "src/commands/sample.ts", code: `export function show(el: HTMLElement, text: string): void {\n  el.innerHTML = text;\n}\n`, rule: "no-restricted-syntax" },
  { what: "outerHTML assignment", file: "src/commands/sample.ts", code: `export function show(el: HTMLElement, text: string): void {\n  el.outerHTML = text;\n}\n`, rule: "no-restricted-syntax" },
  { what: "insertAdjacentHTML", file: "src/taskpane/sample.ts", code: `export function show(el: HTMLElement, text: string): void {\n  el.insertAdjacentHTML("beforeend", text);\n}\n`, rule: "no-restricted-syntax" },
  { what: "document.write", file: "src/taskpane/sample.ts", code: `export function show(text: string): void {\n  document.write(text);\n}\n`, rule: "no-restricted-syntax" },
  { what: "eval", file: "src/door/sample.ts", code: `export function run(text: string): unknown {\n  return eval(text);\n}\n`, rule: "no-eval" },
  { what: "new Function", file: "src/door/sample.ts", code: `export function run(text: string): unknown {\n  return new Function(text)();\n}\n`, rule: "no-new-func" },
  { what: "implied eval (setTimeout with a string)", file: "src/door/sample.ts", code: `export function later(text: string): void {\n  setTimeout("run(" + text + ")", 10);\n}\n`, rule: "no-implied-eval" },
  { what: "fetch", file: "src/taskpane/sample.ts", code: `export async function send(text: string): Promise<void> {\n  await fetch("https://example.org/", { method: "POST", body: text });\n}\n`, rule: "no-restricted-globals" },
  { what: "window.fetch", file: "src/taskpane/sample.ts", code: `export async function send(text: string): Promise<void> {\n  await window.fetch("https://example.org/", { method: "POST", body: text });\n}\n`, rule: "no-restricted-properties" },
  { what: "XMLHttpRequest", file: "src/excel/sample.ts", code: `export function send(text: string): void {\n  const request = new XMLHttpRequest();\n  request.open("POST", "https://example.org/");\n  request.send(text);\n}\n`, rule: "no-restricted-globals" },
  { what: "WebSocket", file: "src/commands/sample.ts", code: `export function send(text: string): void {\n  new WebSocket("wss://example.org/").send(text);\n}\n`, rule: "no-restricted-globals" },
  { what: "navigator.sendBeacon", file: "src/taskpane/sample.ts", code: `export function send(text: string): void {\n  navigator.sendBeacon("https://example.org/", text);\n}\n`, rule: "no-restricted-properties" },
  { what: "fetch in the engine", file: "src/core/sample.ts", code: `export async function send(text: string): Promise<void> {\n  await fetch("https://example.org/", { method: "POST", body: text });\n}\n`, rule: "no-restricted-globals" },
  { what: "a remote dynamic import", file: "src/taskpane/sample.ts", code: `export async function load(): Promise<unknown> {\n  return import("https://example.org/code.js");\n}\n`, rule: "no-restricted-syntax" },
];

describe("the lint config rejects what SECURITY.md says it bans", { timeout: 30_000 }, () => {
  it.each(offending)("$what in $file", async ({ file, code, rule }) => {
    expect(await errorsFor(code, file)).toContain(rule);
  });

  it("accepts the same jobs done safely, so the rules are not simply rejecting everything", async () => {
    const safe = `export function show(el: HTMLElement, text: string): void {\n  el.textContent = text;\n  setTimeout(() => el.focus(), 10);\n}\n`;
    expect(await errorsFor(safe, "src/taskpane/sample.ts")).toEqual([]);
    const pane = `export const Sample = ({ text }: { text: string }) => <div title={text}>{text}</div>;\n`;
    expect(await errorsFor(pane, "src/taskpane/Sample.tsx")).toEqual([]);
    const localImport = `export async function load(): Promise<unknown> {\n  return import("./other");\n}\n`;
    expect(await errorsFor(localImport, "src/taskpane/sample.ts")).toEqual([]);
  });
});
