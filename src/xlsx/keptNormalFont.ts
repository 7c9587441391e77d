/**
 * The workbook's Normal font, which every cell without a style of its own is shown in. ExcelJS
 * writes Calibri 11 as the first font whatever the workbook had, so a workbook whose Normal font is
 * Arial 10 (many a council's template) or Aptos Narrow (Excel's own since 2023) came back with every
 * plain cell in Calibri. The opened package's first font is given to ExcelJS's style sheet as its
 * first, before any cell's style is numbered: plain cells keep the Normal font, and a cell styled in
 * Calibri gets a font of its own, as it had.
 */
import type JSZip from "jszip";
import { attribute, partText } from "./packageXml";

/** The first font of the package's style sheet as it is written there, or null where ExcelJS's own (Calibri 11) will do. */
export async function normalFontXml(zip: JSZip): Promise<string | null> {
  // A package whose parts carry a namespace prefix ("<x:font>") has no plain list to find it in: left to ExcelJS.
  const list = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec((await partText(zip, "xl/styles.xml")) ?? "");
  const font = list && /<font\b[^>]*\/>|<font\b[^>]*>[\s\S]*?<\/font>/.exec(list[1]!)?.[0];
  if (!font) return null;
  const value = (element: string) => attribute(new RegExp(`<${element}\\b[^>]*>`).exec(font)?.[0] ?? "", "val");
  return value("name") === "Calibri" && value("sz") === "11" ? null : font;
}

interface StyleSheetInternals {
  model?: { fonts?: string[] };
  index?: { font?: Record<string, number> };
}

/**
 * Makes `font` the first font of ExcelJS's style sheet for one write: `model` is the write's model,
 * whose style sheet ExcelJS creates and at once numbers every cell's style into. Its fonts are
 * XML texts, numbered by their text, so the Normal font's own text takes number 0.
 */
export function firstFontFor(model: object, font: string): void {
  let styles: StyleSheetInternals | undefined;
  Object.defineProperty(model, "styles", {
    configurable: true,
    enumerable: true,
    get: () => styles,
    set: (sheet: StyleSheetInternals) => {
      styles = sheet;
      const fonts = sheet.model?.fonts;
      if (fonts?.length === 0 && sheet.index?.font) {
        fonts.push(font);
        sheet.index.font[font] = 0;
      }
    },
  });
}
