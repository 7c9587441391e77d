#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so the installed bin and
// `npm run cli` are the same code with no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
