/**
 * This RAG Tracker's version, as package.json gives it (the number `rag-tracker --version` prints). Every door
 * records it in each report, and names it beside a later version's report it cannot read: the engine is told it,
 * never reads it.
 */
import packageJson from "../../package.json" with { type: "json" };

export const APP_VERSION: string = packageJson.version;
