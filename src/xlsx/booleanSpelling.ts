/**
 * Yes-or-no settings as ExcelJS reads them. A part may say yes as "1" or "true" and no as "0" or
 * "false" (xsd:boolean; LibreOffice writes the words, as the streaming door's isTrue reads them),
 * but ExcelJS takes "1" alone for most: given "true" it would count a 1904 workbook's dates from
 * 1900, save a protected sheet unprotected, a right-to-left sheet left to right, and drop fit to
 * page, hidden grid lines and print options; given locked="false" it would lock an unlocked cell.
 * The parts ExcelJS reads are given to it with those attributes spelled 1 and 0: by element and
 * attribute name, so that no text (a sheet, a table column or a link's words) is ever touched.
 */
import type JSZip from "jszip";
import { partText } from "./packageXml";

/** The yes-or-no attributes of each element, as the schema has them (ECMA-376), where ExcelJS reads the element. */
const WORKSHEET: Record<string, readonly string[]> = {
  sheetView: ["windowProtection", "showFormulas", "showGridLines", "showRowColHeaders", "showZeros", "rightToLeft", "tabSelected", "showRuler", "showOutlineSymbols", "defaultGridColor", "showWhiteSpace"],
  sheetFormatPr: ["customHeight", "zeroHeight", "thickTop", "thickBottom"],
  pageSetUpPr: ["autoPageBreaks", "fitToPage"],
  outlinePr: ["applyStyles", "summaryBelow", "summaryRight", "showOutlineSymbols"],
  sheetProtection: ["sheet", "objects", "scenarios", "formatCells", "formatColumns", "formatRows", "insertColumns", "insertRows", "insertHyperlinks", "deleteColumns", "deleteRows", "selectLockedCells", "sort", "autoFilter", "pivotTables", "selectUnlockedCells"],
  cfRule: ["stopIfTrue", "aboveAverage", "percent", "bottom", "equalAverage"],
  dataValidation: ["allowBlank", "showDropDown", "showInputMessage", "showErrorMessage"],
  printOptions: ["horizontalCentered", "verticalCentered", "headings", "gridLines", "gridLinesSet"],
  pageSetup: ["usePrinterDefaults", "blackAndWhite", "draft", "useFirstPageNumber"],
  headerFooter: ["differentOddEven", "differentFirst", "scaleWithDoc", "alignWithMargins"],
};

const WORKBOOK: Record<string, readonly string[]> = {
  workbookPr: ["date1904", "showBorderUnselectedTables", "filterPrivacy", "promptedSolutions", "showInkAnnotation", "backupFile", "saveExternalLinkValues", "hidePivotFieldList", "showPivotChartFilter", "allowRefreshQuery", "publishItems", "checkCompatibility", "autoCompressPictures", "refreshAllConnections"],
  workbookView: ["minimized", "showHorizontalScroll", "showVerticalScroll", "showSheetTabs", "autoFilterDateGrouping"],
};

const STYLES: Record<string, readonly string[]> = {
  protection: ["locked", "hidden"],
  alignment: ["wrapText", "justifyLastLine", "shrinkToFit"],
};

const ATTRIBUTE = /(\s+)([\w:.-]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;

function respelled(xml: string, elements: Record<string, readonly string[]>): string {
  // A start tag is matched attribute by attribute, so a ">" or a word inside a quoted value is never read as markup.
  const tag = new RegExp(`<(?:[\\w.-]+:)?(${Object.keys(elements).join("|")})((?:\\s+[\\w:.-]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)(\\s*/?>)`, "g");
  return xml.replace(tag, (whole, element: string, attributes: string, end: string) => {
    const names = elements[element]!;
    const spelled = attributes.replace(ATTRIBUTE, (attribute, space: string, name: string, equals: string, double?: string, single?: string) => {
      const value = double ?? single!;
      if ((value !== "true" && value !== "false") || !names.includes(name)) return attribute;
      const quote = double === undefined ? "'" : '"';
      return `${space}${name}${equals}${quote}${value === "true" ? 1 : 0}${quote}`;
    });
    return spelled === attributes ? whole : whole.slice(0, whole.length - attributes.length - end.length) + spelled + end;
  });
}

/** The workbook part with its yes-or-no settings spelled as ExcelJS reads them; null where nothing needs it. */
export function workbookBooleansAsExcelJsReads(workbookXml: string): string | null {
  const spelled = respelled(workbookXml, WORKBOOK);
  return spelled === workbookXml ? null : spelled;
}

/** The style sheet with its cells' protection and alignment spelled as ExcelJS reads them; null where nothing needs it. */
export function styleBooleansAsExcelJsReads(stylesXml: string): string | null {
  const spelled = respelled(stylesXml, STYLES);
  return spelled === stylesXml ? null : spelled;
}

/**
 * A worksheet with its settings spelled as ExcelJS reads them; null where nothing needs it. The
 * cells are not read (ExcelJS reads a row's and a cell's own words itself), so a big sheet costs
 * no more than its settings.
 */
export function worksheetBooleansAsExcelJsReads(sheetXml: string): string | null {
  const start = sheetXml.indexOf("<sheetData");
  const end = sheetXml.lastIndexOf("</sheetData>");
  const [before, cells, after] = start < 0 || end < start ? [sheetXml, "", ""] : [sheetXml.slice(0, start), sheetXml.slice(start, end), sheetXml.slice(end)];
  const spelled = respelled(before, WORKSHEET) + cells + respelled(after, WORKSHEET);
  return spelled === sheetXml ? null : spelled;
}

/** The worksheets and style sheet ExcelJS reads, by path, where any needs its settings spelled again. */
export async function partsWithBooleansAsExcelJsReads(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const path of Object.keys(zip.files)) {
    const respell = /^xl\/worksheets\/[^/]+\.xml$/.test(path) ? worksheetBooleansAsExcelJsReads : path === "xl/styles.xml" ? styleBooleansAsExcelJsReads : null;
    const text = respell && (await partText(zip, path));
    const spelled = text ? respell(text) : null;
    if (spelled !== null) out.set(path, spelled);
  }
  return out;
}
