/** npm run build:corpus: writes the corpus of bad and odd workbooks to test-output/corpus/ (not committed), to open by hand. */
import { mkdirSync, writeFileSync } from "node:fs";
import { buildCorpus } from "./corpus/corpus";

const folder = new URL("../test-output/corpus/", import.meta.url);
mkdirSync(folder, { recursive: true });
const entries = await buildCorpus();
const index: string[] = ["# RAG Tracker corpus of bad and odd workbooks", ""];
for (const entry of entries) {
  writeFileSync(new URL(`${entry.name}.xlsx`, folder), entry.bytes);
  index.push(`- ${entry.name}.xlsx: ${entry.about} (${entry.bytes.length} bytes)`);
}
writeFileSync(new URL("README.md", folder), `${index.join("\n")}\n`);
console.log(`Wrote ${entries.length} workbooks to test-output/corpus/.`);
