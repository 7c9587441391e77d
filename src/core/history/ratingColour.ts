/** Fill and text colours for a rating name as a snapshot's index has it. */
import type { Snapshot } from "./snapshot";
import { coloursFor, textColourOn } from "../ragIndex";
import { PROBLEM_STYLES } from "../formats";

export function ratingColour(snapshot: Snapshot | undefined, name: string): { fill: string; fontColour: string } {
  const entry = snapshot?.index.find((e) => e.name === name);
  if (name === "Invalid") return { fill: PROBLEM_STYLES.invalid.fill, fontColour: PROBLEM_STYLES.invalid.fontColour };
  const { colour, textColour } = entry ? { colour: entry.colour, textColour: textColourOn(entry.colour) } : coloursFor(name);
  return { fill: colour, fontColour: textColour };
}
