/**
 * The 1904 date system as ExcelJS reads it. A workbook part may say it with date1904="1" or
 * date1904="true" (both valid xsd:boolean spellings, both read by the streaming door's isTrue), but
 * ExcelJS takes "1" alone: given "true", it would count every date from 1900, four years early.
 */

/** The workbook part with date1904="true" spelled "1", as ExcelJS reads it; null where nothing needs it. */
export function date1904AsExcelJsReads(workbookXml: string): string | null {
  // The attributes before it are skipped whole, so a ">" inside one's quoted value does not end the element.
  const spelled = workbookXml.replace(/(<(?:\w+:)?workbookPr(?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*?\s+date1904\s*=\s*)(["'])true\2/, (_, before: string, quote: string) => `${before}${quote}1${quote}`);
  return spelled === workbookXml ? null : spelled;
}
