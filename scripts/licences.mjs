#!/usr/bin/env node
// Lists every production dependency (the packages the add-in, the workbench and the command
// line ship with, found from package-lock.json) with its version and licence.
// Exit 1 when a licence is missing or is not one the project accepts.
//   node scripts/licences.mjs [path/to/package-lock.json]   (default: this repository's)
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const ACCEPTED = new Set(["MIT", "ISC", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "0BSD", "BlueOak-1.0.0", "Unlicense", "CC0-1.0", "Python-2.0", "(MIT OR GPL-3.0-or-later)", "(MIT AND Zlib)", "MIT OR Apache-2.0", "(MIT OR Apache-2.0)", "Apache-2.0 OR MIT", "(BSD-2-Clause OR MIT OR Apache-2.0)", "Zlib", "(MIT OR CC0-1.0)", "MIT-0", "(WTFPL OR MIT)", "BSD"]);

// Packages whose package.json names no licence, with the licence their own README states.
const STATED_ELSEWHERE = { buffers: "MIT/X11" };
ACCEPTED.add("MIT/X11");

const lockUrl = process.argv[2] ? pathToFileURL(process.argv[2]) : new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockUrl, "utf8"));
const rows = [];
for (const [path, info] of Object.entries(lock.packages ?? {})) {
  if (!path.startsWith("node_modules/") || info.dev || info.devOptional) continue;
  const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
  // Platform-specific optional packages (esbuild's binaries) are listed but not installed here.
  if (info.optional && !existsSync(new URL(path, lockUrl))) continue;
  rows.push({ name, version: info.version, licence: info.license ?? STATED_ELSEWHERE[name] ?? "" });
}
rows.sort((a, b) => a.name.localeCompare(b.name));
const width = Math.max(...rows.map((r) => `${r.name}@${r.version}`.length));
let bad = 0;
for (const r of rows) {
  const ok = ACCEPTED.has(r.licence);
  if (!ok) bad++;
  console.log(`${`${r.name}@${r.version}`.padEnd(width)}  ${r.licence || "(none)"}${ok ? "" : "  <- check"}`);
}
console.log(`\n${rows.length} production packages; ${bad} with a licence to check.`);
process.exitCode = bad > 0 ? 1 : 0;
