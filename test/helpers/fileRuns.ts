/** A file door run as the command line and the workbench run it: each run opens the saved bytes, generates the summary and saves them. */
import { generateSummary } from "../../src/door/operations";
import type { SheetsDoor } from "../../src/door/RagDoor";
import { sampleBytes } from "./workbooks";

export type OpenFileDoor = (bytes: Uint8Array) => Promise<SheetsDoor & { save(): Promise<Uint8Array> }>;

export function fileRuns(open: OpenFileDoor, start: Uint8Array = sampleBytes()) {
  let bytes = start;
  return {
    async run() {
      const door = await open(bytes);
      const result = await generateSummary(door);
      bytes = await door.save();
      return result;
    },
    /** The workbook as the last run saved it. */
    bytes: () => bytes,
    /** The workbook changed between runs, as a user would change it. */
    replace: (changed: Uint8Array) => {
      bytes = changed;
    },
  };
}
