#!/usr/bin/env node
import { runCli } from "./program";
import { dropOutputOnClosedPipe, nodeIo } from "./nodeIo";

dropOutputOnClosedPipe();
process.exitCode = await runCli(process.argv.slice(2), nodeIo);
