/**
 * A rating given by colour alone: a team that colours a blank rating cell green, instead of typing
 * Green, means Green. A fill is read by its hue family (red, amber, green, blue, purple), matched to
 * the one index entry whose colour is of that family: Excel's light "Good", "Neutral" and "Bad"
 * fills (#C6EFCE, #FFEB9C, #FFC7CE) and its palette's lighter shades read as Green, Amber and Red as
 * surely as #00B050 does. Greys, near-whites and near-blacks are no rating, nor is a family two
 * entries share. Whether a fill is the rating cell's own, not a filled row's or a shaded column's,
 * is ratingFills.ts's to say.
 */
import type { RagEntry, RagIndex } from "./ragIndex";
import { isKnownColourName } from "./ragIndex";

export type HueFamily = "red" | "amber" | "green" | "blue" | "purple";

/**
 * Below this saturation a fill is a grey; above this lightness nearly white. Both lie well away
 * from the palette's swatches (its lightest shades are 0.86 to 0.93 light), so that a colour and
 * its slightly different rounding by Excel and by a file door read alike.
 */
const MIN_SATURATION = 0.3;
const MAX_LIGHTNESS = 0.96;
const MIN_LIGHTNESS = 0.08;

/** The family of a colour "#RRGGBB", or null for a grey, a near-white, a near-black or text that is no colour. */
export function hueFamily(colour: string): HueFamily | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) return null;
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  if (chroma === 0 || lightness > MAX_LIGHTNESS || lightness < MIN_LIGHTNESS) return null;
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  if (saturation < MIN_SATURATION) return null;
  const sector = max === r ? ((g - b) / chroma + 6) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  const hue = sector * 60;
  // Amber runs from orange to yellow: teams colour "amber" anywhere in it.
  if (hue < 20 || hue >= 330) return "red";
  if (hue < 70) return "amber";
  if (hue < 170) return "green";
  if (hue < 260) return "blue";
  return "purple";
}

/** The one entry a fill means in this index, or undefined. */
export function entryForFill(colour: string, index: RagIndex): RagEntry | undefined {
  const family = hueFamily(colour);
  if (!family) return undefined;
  const matches = index.entries.filter((e) => hueFamily(e.colour) === family);
  if (matches.length === 1) return matches[0];
  // A green fill beside Green and Amber-Green (drawn between amber and green) means Green: the rating named for the colour.
  const named = matches.filter((e) => isKnownColourName(e.name));
  return named.length === 1 ? named[0] : undefined;
}
