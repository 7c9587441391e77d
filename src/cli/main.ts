#!/usr/bin/env node
import { runCli } from "./program";
import { nodeIo } from "./nodeIo";

process.exitCode = await runCli(process.argv.slice(2), nodeIo);
