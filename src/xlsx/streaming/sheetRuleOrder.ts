/**
 * The command line's copy lists a user sheet's conditional formats in priority order, as the
 * workbench's download does (../rulesInPriorityOrder.ts): LibreOffice applies them in the order the
 * file lists them, so two formats whose priorities interleave (a "B" rule at 1 and a rule for any
 * rating at 3 on the rating column, a "G" rule at 2 added later on part of it) showed a green
 * rating with the priority-3 fill. Only the sheet's <conditionalFormatting> elements are rewritten,
 * each rule's XML kept as written; the cells and everything else in the part stay as they were.
 * The reader notes which sheets need it (worksheetPart.ts), so a sheet listed in order is not read again.
 */
import { SaxesParser } from "saxes";
import type { XmlAttributes } from "./xmlEvents";
import { listedInPriorityOrder, rulesInPriorityOrder } from "../rulesInPriorityOrder";

/** A <cfRule>'s priority; undefined where it has none or it is not a number. */
export function rulePriority(attributes: XmlAttributes): number | undefined {
  const n = parseInt(attributes.priority ?? "", 10);
  return Number.isFinite(n) ? n : undefined;
}

interface ListedRule {
  priority: number | undefined;
  xml: string;
}

interface ListedFormat {
  /** The start tag, with the cells it applies to. */
  open: string;
  close: string;
  /** What the element holds besides its rules (an extLst), kept on the first part. */
  other: string;
  rules: ListedRule[];
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** The sheet's own <conditionalFormatting> elements (not Excel 2010's, in its extLst), and where they stand; null where they are not side by side. */
function listedFormats(xml: string): { formats: ListedFormat[]; start: number; end: number } | null {
  const parser = new SaxesParser({ position: true });
  const formats: ListedFormat[] = [];
  let depth = 0;
  let start = -1;
  let end = -1;
  let apart = false;
  let passed = false;
  let format: ListedFormat | null = null;
  let childStart = -1;
  // An element's start tag ends at the parser's position; it begins at the last "<" before it (an attribute value holds none).
  const tagStart = (): number => xml.lastIndexOf("<", parser.position - 1);
  parser.on("opentag", (tag) => {
    depth++;
    const name = localName(tag.name);
    if (depth === 2) {
      if (name !== "conditionalFormatting") {
        passed = start >= 0;
        return;
      }
      const at = tagStart();
      if (start < 0) start = at;
      // Another element or a comment between two of them: the elements are left as they are.
      else if (passed || xml.slice(end, at).trim() !== "") apart = true;
      format = { open: xml.slice(at, parser.position), close: "", other: "", rules: [] };
      formats.push(format);
    } else if (depth === 3 && format) {
      childStart = tagStart();
      if (name === "cfRule") format.rules.push({ priority: rulePriority(tag.attributes as XmlAttributes), xml: "" });
    }
  });
  parser.on("closetag", (tag) => {
    if (depth === 2 && format) {
      // A self-closing element's start tag is all of it.
      if (!tag.isSelfClosing) format.close = xml.slice(tagStart(), parser.position);
      end = parser.position;
      format = null;
    } else if (depth === 3 && format) {
      const child = xml.slice(childStart, parser.position);
      if (localName(tag.name) === "cfRule") format.rules[format.rules.length - 1]!.xml = child;
      else format.other += child;
    }
    depth--;
  });
  let damaged = false;
  parser.on("error", () => {
    damaged = true;
  });
  parser.write(xml).close();
  return damaged || apart || start < 0 ? null : { formats, start, end };
}

/** The worksheet part's text with its conditional formats listed in priority order; null where they already are, or cannot be told apart. */
export function sheetRulesInPriorityOrder(xml: string): string | null {
  const listed = listedFormats(xml);
  if (!listed || listedInPriorityOrder(listed.formats.flatMap((f) => f.rules.map((r) => r.priority)))) return null;
  const parts = rulesInPriorityOrder(
    listed.formats,
    (format) => format.rules,
    (format, rules) => ({ ...format, rules, other: rules[0] === format.rules[0] ? format.other : "" }),
  );
  const written = parts.map((part) => (part.close === "" ? part.open : part.open + part.rules.map((r) => r.xml).join("") + part.other + part.close)).join("");
  return xml.slice(0, listed.start) + written + xml.slice(listed.end);
}
