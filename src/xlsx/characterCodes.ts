/**
 * In a workbook file, "_x0041_" inside a cell's text stands for the character U+0041 ("A"): the
 * format's escape for characters XML cannot hold. ExcelJS decodes these codes when it reads a
 * file but writes text as it is, so a literal "_x0041_" typed by a user (or inside RAG Tracker's
 * stored JSON) would come back as "A". Saving escapes the underscore that starts each such code
 * ("_x005F_" is "_"), as Excel does, so the text reads back as it was written.
 */
export function escapeCharacterCodes(xml: string): string {
  return xml.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_");
}
