/** npm run build:sample: writes assets/sample-action-plans.xlsx from the reference documents. */
import { writeFileSync } from "node:fs";
import { sampleWorkbookBytes } from "./sample/buildSample";

const target = new URL("../assets/sample-action-plans.xlsx", import.meta.url);
const bytes = await sampleWorkbookBytes();
writeFileSync(target, bytes);
console.log(`Wrote assets/sample-action-plans.xlsx (${bytes.length} bytes).`);
