/**
 * Text for a screen reader alone: kept in the accessibility tree but not drawn, so a sentence that
 * only repeats what the eye already sees (a row gone from a list) does not move the layout.
 */
import { makeStyles } from "@fluentui/react-components";

export const useVisuallyHiddenStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
