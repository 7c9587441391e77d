/** A small square in a rating's colour, always beside the rating's name: decoration, hidden from screen readers. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

const useStyles = makeStyles({
  swatch: {
    flexShrink: 0,
    display: "inline-block",
    width: "10px",
    height: "10px",
    borderRadius: "2px",
    outline: `1px solid ${tokens.colorNeutralStroke1}`,
    // Keep the rating colours in Windows high-contrast themes: the name beside it carries the meaning anyway.
    forcedColorAdjust: "none",
  },
});

export function RatingSwatch({ look }: { look: CSSProperties }) {
  return <span aria-hidden="true" className={useStyles().swatch} style={look} />;
}
