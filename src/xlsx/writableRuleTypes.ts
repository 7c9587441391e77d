/**
 * ExcelJS reads conditional formats for text a cell begins with, ends with or does not contain, and
 * for duplicate or unique values, but its writer knows no such type and left them out of the saved
 * file. It writes a "contains text" rule with its operator as its type, and with its formula and
 * format, so each such rule is handed to it as one, its own type as the operator: it is written back
 * with the type, formula, format and priority it had. The operator ExcelJS then writes where the
 * schema has another ("notContainsText", not "notContains") or none, and the text looked for, are set
 * as the file had them after it writes (keptRuleSettings.ts).
 */
import type ExcelJS from "exceljs";
import { conditionalFormats } from "./internals";

/** The rule types ExcelJS reads but cannot write by their own name. */
const WRITTEN_AS_TEXT_RULES = new Set(["beginsWith", "endsWith", "notContainsText", "duplicateValues", "uniqueValues"]);

interface RuleModel {
  type: string;
  operator?: string;
}

/** Each rule of those types on the sheet, given to ExcelJS as a text rule whose operator is its type. */
export function makeRuleTypesWritable(sheet: ExcelJS.Worksheet): void {
  for (const format of conditionalFormats(sheet) ?? []) {
    for (const rule of format.rules as unknown as RuleModel[]) {
      if (!WRITTEN_AS_TEXT_RULES.has(rule.type)) continue;
      rule.operator = rule.type;
      rule.type = "containsText";
    }
  }
}
