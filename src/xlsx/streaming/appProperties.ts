/**
 * The package's extended properties (docProps/app.xml) list its worksheets by name, counted in a
 * heading pair ("Worksheets", in the language of the program that saved it), for programs that
 * describe a file without opening it. When sheets are added, the run of titles that lists the
 * worksheets is replaced by the new list and its count updated. A file whose list is not exactly
 * the workbook's worksheets is left as it was: nothing there is guessed.
 */
import { xmlEscape, xmlUnescape } from "../packageXml";

const TITLES = /(<TitlesOfParts>\s*<vt:vector\b[^>]*\bsize=")(\d+)("[^>]*>)([\s\S]*?)(<\/vt:vector>)/;
const HEADING_PAIRS = /<HeadingPairs>[\s\S]*?<\/HeadingPairs>/;
const TITLE = /<vt:lpstr>([^<]*)<\/vt:lpstr>/g;
const COUNT = /<vt:i4>(\d+)<\/vt:i4>/g;

export function withWorksheetTitles(appXml: string, before: readonly string[], after: readonly string[]): string {
  const titles = TITLES.exec(appXml);
  const pairs = HEADING_PAIRS.exec(appXml);
  if (!titles || !pairs) return appXml;
  const names = [...titles[4]!.matchAll(TITLE)].map((m) => xmlUnescape(m[1]!));
  const counts = [...pairs[0].matchAll(COUNT)].map((m) => Number(m[1]));
  // The heading pair whose titles are exactly the worksheets before the change.
  let offset = 0;
  let pair = -1;
  for (let i = 0; i < counts.length && pair < 0; i++) {
    const run = names.slice(offset, offset + counts[i]!);
    if (counts[i] === before.length && run.every((name, j) => name === before[j])) pair = i;
    else offset += counts[i]!;
  }
  if (pair < 0) return appXml;
  const updated = [...names.slice(0, offset), ...after, ...names.slice(offset + before.length)];
  let seen = 0;
  const newPairs = pairs[0].replace(COUNT, (whole) => (seen++ === pair ? `<vt:i4>${after.length}</vt:i4>` : whole));
  const newTitles = `${titles[1]}${updated.length}${titles[3]}${updated.map((n) => `<vt:lpstr>${xmlEscape(n)}</vt:lpstr>`).join("")}${titles[5]}`;
  return appXml.replace(HEADING_PAIRS, newPairs).replace(TITLES, newTitles);
}
