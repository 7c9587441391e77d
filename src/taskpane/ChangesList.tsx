/**
 * What Fix ratings changed, and the suggested ratings used since ("Use Amber"), one link per cell, so each change can be checked in the sheet, and
 * the way to put them all back: the list is the only record of what the cells held before.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { CellEdit } from "../core/formatPlan";
import type { SelectCell } from "./CellLink";
import { CellLink } from "./CellLink";
import { describeEdit } from "./messages";
import { useBusyDescribedBy } from "./busyReason";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export interface ChangesListProps {
  edits: CellEdit[];
  busy: boolean;
  onSelect: SelectCell;
  onUndo: () => void;
}

export function ChangesList({ edits, busy, onSelect, onUndo }: ChangesListProps) {
  const styles = useStyles();
  const describedBy = useBusyDescribedBy(busy);
  return (
    <div className={styles.root}>
      <ul className={styles.list} aria-label="Ratings the pane changed">
        {edits.map((e) => (
          <li key={`${e.sheet}-${e.row}-${e.column}`}>
            <CellLink target={{ sheet: e.sheet, row: e.row, column: e.column }} onSelect={onSelect}>
              {describeEdit(e, true)}
            </CellLink>
          </li>
        ))}
      </ul>
      <Button disabledFocusable={busy} aria-describedby={describedBy} onClick={onUndo}>
        {edits.length === 1 ? "Undo the rating change" : `Undo the ${edits.length} rating changes`}
      </Button>
    </div>
  );
}
