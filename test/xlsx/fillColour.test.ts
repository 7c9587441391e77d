/**
 * The shared colour resolver against colours Excel shows: its palette's shades of the Office
 * theme (Excel writes each shade as the theme colour with a tint), the legacy indexed palette, and
 * theme parts written as other programs write them.
 */
import { describe, expect, it } from "vitest";
import { LEGACY_PALETTE, OFFICE_THEME, colourOf, fillColour, makePalette, themeColours, tinted } from "../../src/xlsx/fillColour";

/** The tints Excel writes for "Lighter 80%", "Lighter 60%", "Lighter 40%", "Darker 25%", "Darker 50%". */
const SHADES = [0.79998168889431442, 0.59999389629810485, 0.39997558519241921, -0.249977111117893, -0.499984740745262];

/** Excel's theme palette: each Office (2013–2021) colour and its five shades as Excel draws them. */
const EXCEL_SHADES: Record<string, string[]> = {
  "4472C4": ["D9E1F2", "B4C6E7", "8EA9DB", "305496", "203764"],
  ED7D31: ["FCE4D6", "F8CBAD", "F4B084", "C65911", "833C0C"],
  A5A5A5: ["EDEDED", "DBDBDB", "C9C9C9", "7B7B7B", "525252"],
  FFC000: ["FFF2CC", "FFE699", "FFD966", "BF8F00", "806000"],
  "5B9BD5": ["DDEBF7", "BDD7EE", "9BC2E6", "2F75B5", "1F4E78"],
  "70AD47": ["E2EFDA", "C6E0B4", "A9D08E", "548235", "375623"],
};

function channels(rgb: string): number[] {
  return [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
}

describe("tinted", () => {
  it("gives the greys of Excel's palette exactly (white darker, black lighter)", () => {
    const whiteDarker = [-0.0499893185216834, -0.1499984740745262, DARKER(25), -0.3499862666707358, DARKER(50)].map((t) => tinted("FFFFFF", t));
    expect(whiteDarker).toEqual(["F2F2F2", "D9D9D9", "BFBFBF", "A6A6A6", "808080"]);
    const blackLighter = [0.0499893185216834, 0.1499984740745262, 0.249977111117893, 0.3499862666707358, 0.499984740745262].map((t) => tinted("000000", t));
    expect(blackLighter).toEqual(["0D0D0D", "262626", "404040", "595959", "808080"]);
  });

  it("gives the shades a team rates with (green, amber, gold: darker 25%, lighter 40% and 80%) exactly", () => {
    expect(tinted("70AD47", DARKER(25))).toBe("548235");
    expect(tinted("ED7D31", DARKER(25))).toBe("C65911");
    expect(tinted("FFC000", DARKER(25))).toBe("BF8F00");
    expect(tinted("70AD47", SHADES[2])).toBe("A9D08E");
    expect(tinted("FFC000", SHADES[0])).toBe("FFF2CC");
    expect(tinted("ED7D31", SHADES[0])).toBe("FCE4D6");
  });

  it("gives every shade of the Office accents within 2 of Excel's in each channel, most of them exactly", () => {
    let exact = 0;
    for (const [base, shades] of Object.entries(EXCEL_SHADES)) {
      SHADES.forEach((tint, i) => {
        const got = tinted(base, tint);
        const want = shades[i]!;
        if (got === want) exact++;
        const apart = Math.max(...channels(got).map((c, k) => Math.abs(c - channels(want)[k]!)));
        expect(apart, `${base} tinted ${tint}: ${got}, Excel ${want}`).toBeLessThanOrEqual(2);
      });
    }
    // Excel's own rounding in its integer HLS is not published; these are the shades it matches.
    expect(exact).toBeGreaterThanOrEqual(22);
  });

  it("leaves a colour without a tint as it is, and a full tint makes black or white", () => {
    expect(tinted("ED7D31", undefined)).toBe("ED7D31");
    expect(tinted("ED7D31", 0)).toBe("ED7D31");
    expect(tinted("ED7D31", -1)).toBe("000000");
    expect(tinted("ED7D31", 1)).toBe("FFFFFF");
  });
});

function DARKER(percent: 25 | 50): number {
  return percent === 25 ? -0.249977111117893 : -0.499984740745262;
}

describe("themeColours", () => {
  it("reads a scheme whatever its prefix, swapping light and dark into SpreadsheetML's order, a system colour by its last value or its name", () => {
    const xml =
      '<t:theme xmlns:t="http://schemas.openxmlformats.org/drawingml/2006/main"><t:themeElements><t:clrScheme name="Team">' +
      '<t:dk1><t:sysClr val="windowText"/></t:dk1><t:lt1><t:sysClr val="window" lastClr="FFFFF0"/></t:lt1>' +
      '<t:dk2><t:srgbClr val="1b2a41"/></t:dk2><t:lt2><t:srgbClr val="EEEEEE"/></t:lt2>' +
      ["2A9D8F", "C1121F", "8D99AE", "FFB703", "219EBC", "3A5A40"].map((rgb, i) => `<t:accent${i + 1}><t:srgbClr val="${rgb}"/></t:accent${i + 1}>`).join("") +
      '<t:hlink><t:srgbClr val="0000FF"/></t:hlink><t:folHlink><t:prstClr val="purple"/></t:folHlink>' +
      "</t:clrScheme></t:themeElements></t:theme>";
    expect(themeColours(xml)).toEqual(["FFFFF0", "000000", "EEEEEE", "1B2A41", "2A9D8F", "C1121F", "8D99AE", "FFB703", "219EBC", "3A5A40", "0000FF", OFFICE_THEME[11]]);
  });

  it("gives the Office theme's colours to a workbook without a theme part", () => {
    expect(themeColours(null)).toEqual([...OFFICE_THEME]);
    expect(OFFICE_THEME.slice(4, 10)).toEqual(["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"]);
  });
});

describe("colourOf and fillColour", () => {
  const palette = makePalette(null, ["FF111111"]);

  it("resolves ARGB, theme, indexed (the workbook's own palette first) and automatic colours", () => {
    expect(colourOf({ argb: "FF00B050" }, palette)).toBe("00B050");
    expect(colourOf({ theme: 9, tint: DARKER(25) }, palette)).toBe("548235");
    expect(colourOf({ indexed: 0 }, palette)).toBe("111111");
    expect(colourOf({ indexed: 10 }, palette)).toBe(LEGACY_PALETTE[10]);
    expect(colourOf({ auto: true }, palette)).toBe("000000");
    expect(colourOf({ indexed: 99 }, palette)).toBeNull();
    expect(colourOf({ theme: 12 }, palette)).toBeNull();
    expect(colourOf({ argb: "green" }, palette)).toBeNull();
  });

  it("gives a colour only to a solid pattern", () => {
    expect(fillColour({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } }, palette)).toBe("#FF0000");
    expect(fillColour({ type: "pattern", pattern: "solid" }, palette)).toBe("#000000");
    expect(fillColour({ type: "pattern", pattern: "lightGray", fgColor: { argb: "FFFF0000" } }, palette)).toBeNull();
    expect(fillColour({ type: "pattern", pattern: "none" }, palette)).toBeNull();
    expect(fillColour({ type: "pattern", fgColor: { argb: "FFFF0000" } }, palette)).toBeNull();
    expect(fillColour({ type: "gradient" }, palette)).toBeNull();
    expect(fillColour(undefined, palette)).toBeNull();
  });

  it("has the legacy palette of ECMA-376 §18.8.27", () => {
    expect(LEGACY_PALETTE).toHaveLength(66);
    expect(LEGACY_PALETTE.slice(0, 8)).toEqual(LEGACY_PALETTE.slice(8, 16));
    expect(LEGACY_PALETTE.slice(8, 14)).toEqual(["000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00"]);
    expect([LEGACY_PALETTE[17], LEGACY_PALETTE[22], LEGACY_PALETTE[42], LEGACY_PALETTE[51], LEGACY_PALETTE[53], LEGACY_PALETTE[63]]).toEqual(["008000", "C0C0C0", "CCFFCC", "FFCC00", "FF6600", "333333"]);
  });
});
