#!/usr/bin/env node
import { runCli } from "./program";
import { nodeIo, watchStandardOutput } from "./nodeIo";
import { workingFolder } from "./workingFolder";

watchStandardOutput();
const exitCode = await runCli(process.argv.slice(2), nodeIo(workingFolder(process.env, process.cwd())));
// A failed write to standard output may already have set its own code (it wins: the report was lost), or may yet.
process.exitCode ??= exitCode;
