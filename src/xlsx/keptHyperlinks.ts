/**
 * ExcelJS keeps only the links that go through a relationship, and of those only the target: a
 * link to a place in the workbook as Excel and LibreOffice write it (`location="Notes!A1"`, no
 * relationship) was deleted on save, and every link's tooltip and display text went. The saved
 * package takes each kept sheet's links back from the opened file: a link to a place as the file
 * had it, and a link ExcelJS kept with the attributes the file gave it, on ExcelJS's relationship.
 * The door never moves a user's cells, so each link still covers the cells it did.
 *
 * A web link over a range of cells ("F5:F7") ExcelJS drops whole, with its relationship: its
 * address is given a relationship of its own in the saved sheet, and the link is put back on it.
 */
import type JSZip from "jszip";
import type { KeptSheets } from "./keptDrawings";
import { keptPartText, restoreInKeptSheets } from "./keptDrawings";
import type { Relationship } from "./packageXml";
import { freeRelId, parseRelationships, partText, relationshipsXml, relsPathOf } from "./packageXml";

const HYPERLINKS = /<hyperlinks\b[^>]*?(?:\/>|>[\s\S]*?<\/hyperlinks>)/;
const HYPERLINK = /<hyperlink\b[^>]*?(?:\/>|>[\s\S]*?<\/hyperlink>)/g;
/** What follows <hyperlinks> in a worksheet, in the schema's order (ECMA-376 CT_Worksheet): the links go before the first of these. */
const AFTER_HYPERLINKS = /<(?:printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;
/** A link's attributes in the schema (CT_Hyperlink), as the file spells their values; others (Excel's revision ids) need namespaces the saved sheet may not declare. */
const LINK_ATTRIBUTES = ["ref", "r:id", "location", "tooltip", "display"] as const;

type Link = Partial<Record<(typeof LINK_ATTRIBUTES)[number], string>>;

function linkOf(element: string): Link {
  const open = /^<hyperlink\b[^>]*>/.exec(element)![0];
  const link: Link = {};
  for (const name of LINK_ATTRIBUTES) {
    const m = new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(open);
    if (m) link[name] = (m[1] ?? m[2]!).replace(/"/g, "&quot;");
  }
  return link;
}

function linkXml(link: Link): string {
  return `<hyperlink${LINK_ATTRIBUTES.filter((name) => link[name] !== undefined)
    .map((name) => ` ${name}="${link[name]}"`)
    .join("")}/>`;
}

function linksOf(sheetXml: string): Link[] {
  return [...(HYPERLINKS.exec(sheetXml)?.[0] ?? "").matchAll(HYPERLINK)].map((m) => linkOf(m[0]));
}

/**
 * `target` with the original's links; null when nothing changes. `carried`: the relationship in the
 * saved sheet of each web link ExcelJS dropped, by the one the original gave it.
 */
export function withOriginalLinks(target: string, original: string, carried: ReadonlyMap<string, string> = new Map()): string | null {
  const was = linksOf(original);
  if (was.length === 0) return null;
  const now = linksOf(target);
  const byRef = new Map(now.map((link) => [link.ref?.toUpperCase(), link]));
  const links: Link[] = [];
  const placed = new Set<Link>();
  for (const link of was) {
    const saved = byRef.get(link.ref?.toUpperCase());
    if (saved) {
      // ExcelJS's relationship for it (its target), the file's own words for the rest.
      links.push({ ...link, "r:id": saved["r:id"] });
      placed.add(saved);
    } else if (link["r:id"] === undefined && link.location !== undefined) {
      links.push(link);
    } else if (link["r:id"] !== undefined && carried.has(link["r:id"])) {
      links.push({ ...link, "r:id": carried.get(link["r:id"]) });
    }
  }
  for (const link of now) if (!placed.has(link)) links.push(link);
  const block = `<hyperlinks>${links.map(linkXml).join("")}</hyperlinks>`;
  const existing = HYPERLINKS.exec(target)?.[0];
  if (existing !== undefined) return existing === block ? null : target.replace(existing, () => block);
  // After the cells, conditional formats and drop-downs (whose rules may hold an <extLst> of their own).
  const from = Math.max(target.lastIndexOf("</sheetData>"), target.lastIndexOf("</conditionalFormatting>"), target.lastIndexOf("</dataValidations>"), 0);
  const at = AFTER_HYPERLINKS.exec(target.slice(from));
  return at ? target.slice(0, from + at.index) + block + target.slice(from + at.index) : null;
}

const HYPERLINK_TYPE = /\/hyperlink$/;

/**
 * A relationship in the saved sheet for each web link over a range of cells in the original, to the
 * same address, by the original's relationship id; the saved sheet's relationships are written with them.
 */
async function carryRangeLinkTargets(kept: KeptSheets, from: string, original: string, target: JSZip, to: string): Promise<Map<string, string>> {
  const ids = linksOf(original).flatMap((link) => (link["r:id"] !== undefined && link.ref?.includes(":") ? [link["r:id"]] : []));
  const carried = new Map<string, string>();
  if (ids.length === 0) return carried;
  const originalRels = parseRelationships(await keptPartText(kept, relsPathOf(from)));
  const savedRels: Relationship[] = parseRelationships(await partText(target, relsPathOf(to)));
  for (const id of ids) {
    const rel = originalRels.find((r) => r.id === id && HYPERLINK_TYPE.test(r.type));
    if (!rel || carried.has(id)) continue;
    const free = freeRelId(savedRels);
    savedRels.push({ id: free, type: rel.type, target: rel.target, targetMode: rel.targetMode });
    carried.set(id, free);
  }
  if (carried.size > 0) target.file(relsPathOf(to), relationshipsXml(savedRels));
  return carried;
}

export function keepHyperlinks(kept: KeptSheets, target: JSZip, targetParts: Map<string, string>): Promise<void> {
  return restoreInKeptSheets(kept, target, targetParts, (original) => original.includes("<hyperlink"), async (saved, original, { from, to }) => withOriginalLinks(saved, original, await carryRangeLinkTargets(kept, from, original, target, to)));
}
