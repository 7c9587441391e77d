/**
 * Review > Protect Workbook: a workbook whose structure is locked lets no sheet be added,
 * removed or renamed. ExcelJS neither reads nor writes <workbookProtection>, so the file door
 * checks it in the opened package, refuses what Excel would refuse, and puts the element back
 * when it saves (otherwise saving would silently unprotect the user's workbook).
 */
const PROTECTION = /<workbookProtection\b[^>]*\/>|<workbookProtection\b[^>]*>[\s\S]*?<\/workbookProtection>/;

export function structureLocked(workbookXml: string): boolean {
  const element = PROTECTION.exec(workbookXml)?.[0];
  return element !== undefined && /\slockStructure="(1|true)"/.test(element);
}

/** The saved workbook.xml with the opened file's protection element, where ExcelJS left it out. */
export function keepWorkbookProtection(savedXml: string, originalXml: string): string {
  const element = PROTECTION.exec(originalXml)?.[0];
  if (!element || PROTECTION.test(savedXml)) return savedXml;
  // Schema order: workbookPr, then workbookProtection, then bookViews and sheets.
  const before = /<bookViews\b|<sheets\b/.exec(savedXml);
  if (!before) return savedXml;
  return savedXml.slice(0, before.index) + element + savedXml.slice(before.index);
}
