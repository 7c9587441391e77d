/**
 * The benchmark's synthetic workbooks on disk (bench/.workbooks, git-ignored), each built once per
 * run by `tsx bench/measure.ts prepare <n>` in a process of its own.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join("bench", ".workbooks");

export function workbookFile(actions: number): string {
  mkdirSync(DIR, { recursive: true });
  return join(DIR, `tracker-${actions}.xlsx`);
}

export function preparedWorkbook(actions: number): Uint8Array {
  const file = workbookFile(actions);
  if (!existsSync(file)) throw new Error(`There is no prepared workbook of ${actions} actions; run "tsx bench/measure.ts prepare ${actions}" first (npm run bench does).`);
  return new Uint8Array(readFileSync(file));
}
