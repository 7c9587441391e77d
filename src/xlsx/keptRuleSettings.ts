/**
 * ExcelJS reads no conditional format's "Stop If True" (stopIfTrue), and of a "contains text" rule
 * it keeps neither the text looked for nor its operator, so a user's rule came back from the
 * download applying after a rule that should have stopped it, and Excel's rule manager no longer
 * showed what it looks for. The saved package takes those settings back from the opened file, on
 * each rule of a kept sheet that is the same rule: the same cells, priority, type and formula.
 */
import type JSZip from "jszip";
import type { KeptSheets } from "./keptDrawings";
import { restoreInKeptSheets } from "./keptDrawings";
import { attribute } from "./packageXml";

/** The settings put back, as the file wrote them. */
const SETTINGS = ["stopIfTrue", "operator", "text"] as const;
const FORMATTING = /<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g;
const RULE = /<cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/cfRule>)/g;
const HAS_SETTING = /<cfRule\b[^>]*\s(?:stopIfTrue|text)\s*=/;

/** A formula's text as written, with the five escapes XML allows read (ExcelJS writes &quot; where Excel writes "). */
function unescaped(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" })[e]!);
}

/** What tells a rule from the others: its cells, priority, type and formulas. */
function ruleKey(sqref: string, rule: string): string {
  const open = /^<cfRule\b[^>]*>/.exec(rule)![0];
  const formulas = [...rule.matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((m) => unescaped(m[1]!));
  return JSON.stringify([sqref.trim(), attribute(open, "priority"), attribute(open, "type"), formulas]);
}

/** Each rule of the original that has a setting ExcelJS drops, by its key, with those settings as written. */
function originalSettings(original: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const block of original.matchAll(FORMATTING)) {
    const sqref = attribute(`<c${block[1]}>`, "sqref") ?? "";
    for (const [rule] of block[2]!.matchAll(RULE)) {
      const open = /^<cfRule\b[^>]*>/.exec(rule)![0];
      const settings = SETTINGS.flatMap((name) => {
        const m = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`).exec(open);
        return m ? [`${name}=${m[1]}`] : [];
      });
      if (settings.length > 0) out.set(ruleKey(sqref, rule), settings);
    }
  }
  return out;
}

/** `saved` with the original's rule settings put back on each same rule that lacks them; null when none is. */
export function withOriginalRuleSettings(saved: string, original: string): string | null {
  const settings = originalSettings(original);
  if (settings.size === 0) return null;
  let changed = false;
  const out = saved.replace(FORMATTING, (block, attributes: string, body: string) => {
    const sqref = attribute(`<c${attributes}>`, "sqref") ?? "";
    const rules = body.replace(RULE, (rule) => {
      const wanted = settings.get(ruleKey(sqref, rule));
      if (!wanted) return rule;
      const open = /^<cfRule\b[^>]*?(?=\/?>)/.exec(rule)![0];
      const missing = wanted.filter((s) => attribute(`${open}>`, s.slice(0, s.indexOf("="))) === null);
      if (missing.length === 0) return rule;
      changed = true;
      return `${open} ${missing.join(" ")}${rule.slice(open.length)}`;
    });
    return `<conditionalFormatting${attributes}>${rules}</conditionalFormatting>`;
  });
  return changed ? out : null;
}

export function keepRuleSettings(kept: KeptSheets, target: JSZip, targetParts: Map<string, string>): Promise<void> {
  return restoreInKeptSheets(kept, target, targetParts, (original) => HAS_SETTING.test(original), withOriginalRuleSettings);
}
