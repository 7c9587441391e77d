/**
 * The pane's heading levels. In Excel the pane is the page, so its title is the h1; in the
 * workbench it is one part of a page whose own title is the h1, so every heading of the pane
 * goes one level down and the outline of the page stays whole.
 */
import { createContext, useContext } from "react";

export type HeadingTag = "h1" | "h2" | "h3" | "h4" | "h5" | "h6";

/** How many levels the pane's headings sit below where they would be in Excel. */
export const HeadingDepth = createContext(0);

/** The tag of a heading at `level` within the pane, as in Excel (the pane's title is level 1). */
export function useHeadingTag(level: 1 | 2 | 3 | 4): HeadingTag {
  return `h${Math.min(level + useContext(HeadingDepth), 6)}` as HeadingTag;
}
