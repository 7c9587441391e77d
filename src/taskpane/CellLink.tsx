/**
 * A link-styled button that shows a cell in the workbook (selects it in Excel, scrolls the
 * workbench grid). Lists stack many of them, each a line of text high: each is made a target at
 * least 24 px tall (WCAG 2.5.8), so a tap meant for one does not land on its neighbour.
 */
import { Link, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface CellTarget {
  sheet: string;
  row: number;
  column: number;
}

export type SelectCell = (target: CellTarget) => void;

const useStyles = makeStyles({
  target: { display: "inline-flex", alignItems: "center", minHeight: "24px" },
});

export function CellLink({ target, onSelect, children }: { target: CellTarget; onSelect: SelectCell; children: ReactNode }) {
  const styles = useStyles();
  return (
    <Link as="button" type="button" className={styles.target} onClick={() => onSelect(target)}>
      {children}
    </Link>
  );
}
