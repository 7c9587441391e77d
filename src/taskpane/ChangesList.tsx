/** What Fix ratings changed, one link per cell, so each change can be checked in the sheet. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CellEdit } from "../core/formatPlan";
import type { SelectCell } from "./CellLink";
import { CellLink } from "./CellLink";
import { describeEdit } from "./messages";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export function ChangesList({ edits, onSelect }: { edits: CellEdit[]; onSelect: SelectCell }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {edits.map((e) => (
        <li key={`${e.sheet}-${e.row}-${e.column}`}>
          <CellLink target={{ sheet: e.sheet, row: e.row, column: e.column }} onSelect={onSelect}>
            {describeEdit(e, true)}
          </CellLink>
        </li>
      ))}
    </ul>
  );
}
