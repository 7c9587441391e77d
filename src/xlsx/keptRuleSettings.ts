/**
 * ExcelJS reads no conditional format's "Stop If True" (stopIfTrue), and of a "contains text" rule
 * it keeps neither the text looked for nor its operator, so a user's rule came back from the
 * download applying after a rule that should have stopped it, and Excel's rule manager no longer
 * showed what it looks for. Of an above-average rule it writes neither "or equal to" (equalAverage)
 * nor the standard deviations (stdDev), so "equal to or below average" came back as "below average"
 * and "1 std dev above average" as "above average". The saved package takes those settings back
 * from the opened file, on each rule of a kept sheet that is the same rule: the same cells, type
 * and formulas, and the same place in priority order among the rules alike in those. Not by
 * priority number: a highlight button adds RAG Tracker's own rules first and so renumbers the
 * user's. Not by the order written: the saved file lists the rules in priority order
 * (rulesInPriorityOrder.ts), the opened one may not.
 *
 * Rules of the types ExcelJS writes only as text rules (writableRuleTypes.ts) get back the text
 * they look for, and the operator the schema has for them, in the same way. An element left with
 * no rule, which ExcelJS writes empty, is taken out, as the schema wants at least one rule in each.
 *
 * ExcelJS also writes a rule's type as its operator on a rule for blanks, errors, duplicate or
 * unique values or text not contained (operator="containsBlanks"), a value the schema's operators do
 * not include, so Excel may call the file damaged. Such an operator is taken out: the type alone says
 * what the rule looks for, and where the file had an operator of the schema's ("notContains") it is
 * put back.
 */
import type JSZip from "jszip";
import type { KeptSheets } from "./keptDrawings";
import { restoreInKeptSheets } from "./keptDrawings";
import { attribute } from "./packageXml";

/** The settings put back, as the file wrote them. */
const SETTINGS = ["stopIfTrue", "operator", "text", "equalAverage", "stdDev"] as const;
/** A conditionalFormatting element, with its rules or written empty ("<conditionalFormatting sqref="F4:F9"/>"). */
const FORMATTING = /<conditionalFormatting\b((?:[^>/]|\/(?!>))*)(?:\/>|>([\s\S]*?)<\/conditionalFormatting>)/g;
const RULE = /<cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/cfRule>)/g;
const HAS_SETTING = /<cfRule\b[^>]*\s(?:stopIfTrue|text|equalAverage|stdDev)\s*=/;
/** A rule whose type ExcelJS writes again as its operator, which the schema does not allow. */
const OPERATOR_AS_TYPE = /<cfRule\b[^>]*\stype\s*=\s*["'](?:containsBlanks|notContainsBlanks|containsErrors|notContainsErrors|notContainsText|duplicateValues|uniqueValues)["']/;
/** ECMA-376's ST_ConditionalFormattingOperator: the only values a rule's operator may take. */
const OPERATORS = new Set(["lessThan", "lessThanOrEqual", "equal", "notEqual", "greaterThanOrEqual", "greaterThan", "between", "notBetween", "containsText", "notContains", "beginsWith", "endsWith"]);

/** A formula's text as written, with the five escapes XML allows read (ExcelJS writes &quot; where Excel writes "). */
function unescaped(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" })[e]!);
}

/** What a rule is: its cells, type and formulas (not its priority, which the door changes). */
function ruleIdentity(sqref: string, rule: string): string {
  const open = /^<cfRule\b[^>]*>/.exec(rule)![0];
  const formulas = [...rule.matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((m) => unescaped(m[1]!));
  return JSON.stringify([sqref.trim(), attribute(open, "type"), formulas]);
}

/** A rule's priority, for ordering; one with none comes after those with one. */
function priorityOf(rule: string): number {
  const value = Number(attribute(/^<cfRule\b[^>]*>/.exec(rule)![0], "priority"));
  return Number.isFinite(value) ? value : Number.MAX_SAFE_INTEGER;
}

/**
 * The key of each rule of a sheet, in the order written: what it is and which of the rules alike it
 * is (…#0, …#1), counted in priority order, so the same rule has the same key whether or not the
 * saved file lists the rules in another order than the opened one (rulesInPriorityOrder.ts).
 */
function ruleKeys(xml: string): { key: string; rule: string }[] {
  const rules: { identity: string; rule: string; priority: number; key: string }[] = [];
  for (const block of xml.matchAll(FORMATTING)) {
    const sqref = attribute(`<c${block[1]}>`, "sqref") ?? "";
    for (const [rule] of (block[2] ?? "").matchAll(RULE)) rules.push({ identity: ruleIdentity(sqref, rule), rule, priority: priorityOf(rule), key: "" });
  }
  const seen = new Map<string, number>();
  for (const entry of [...rules].sort((a, b) => a.priority - b.priority)) {
    const nth = seen.get(entry.identity) ?? 0;
    seen.set(entry.identity, nth + 1);
    entry.key = `${entry.identity}#${nth}`;
  }
  return rules;
}

/** Each rule of the original that has a setting ExcelJS drops, by its key, with those settings as written. */
function originalSettings(original: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { key, rule } of ruleKeys(original)) {
    const open = /^<cfRule\b[^>]*>/.exec(rule)![0];
    const settings = SETTINGS.flatMap((name) => {
      const m = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`).exec(open);
      return m ? [`${name}=${m[1]}`] : [];
    });
    if (settings.length > 0) out.set(key, settings);
  }
  return out;
}

/** A rule's opening tag without an operator the schema does not allow. */
function withoutInvalidOperator(open: string): string {
  const operator = attribute(`${open}>`, "operator");
  return operator === null || OPERATORS.has(operator) ? open : open.replace(/\soperator\s*=\s*(?:"[^"]*"|'[^']*')/, "");
}

/**
 * `saved` with the original's rule settings put back on each same rule that lacks them, with no
 * operator the schema does not allow, and with no conditionalFormatting element left empty; null
 * when nothing changes.
 */
export function withOriginalRuleSettings(saved: string, original: string): string | null {
  const settings = originalSettings(original);
  const keys = ruleKeys(saved).map((r) => r.key);
  let next = 0;
  let changed = false;
  const out = saved.replace(FORMATTING, (block, attributes: string, body: string | undefined) => {
    if (!body || !/<cfRule\b/.test(body)) {
      changed = true; // an element with no rule is not valid (a cfRule at least); Excel may offer to repair the file
      return "";
    }
    const rules = body.replace(RULE, (rule) => {
      const key = keys[next++]!;
      const written = /^<cfRule\b[^>]*?(?=\/?>)/.exec(rule)![0];
      const open = withoutInvalidOperator(written);
      const found = settings.get(key) ?? [];
      const missing = found.filter((s) => attribute(`${open}>`, s.slice(0, s.indexOf("="))) === null);
      if (missing.length === 0 && open === written) return rule;
      changed = true;
      return `${[open, ...missing].join(" ")}${rule.slice(written.length)}`;
    });
    return `<conditionalFormatting${attributes}>${rules}</conditionalFormatting>`;
  });
  return changed ? out : null;
}

export function keepRuleSettings(kept: KeptSheets, target: JSZip, targetParts: Map<string, string>): Promise<void> {
  return restoreInKeptSheets(kept, target, targetParts, (original) => HAS_SETTING.test(original) || OPERATOR_AS_TYPE.test(original), withOriginalRuleSettings);
}
