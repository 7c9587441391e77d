/**
 * A link-styled button that shows a cell in the workbook (selects it in Excel, scrolls the
 * workbench grid). Lists stack many of them, each a line of text high: each is made a target at
 * least 24 px tall (WCAG 2.5.8), so a tap meant for one does not land on its neighbour.
 */
import { Link, makeStyles } from "@fluentui/react-components";
import type { ReactNode, Ref } from "react";

export interface CellTarget {
  sheet: string;
  row: number;
  column: number;
}

export type SelectCell = (target: CellTarget) => void;

const useStyles = makeStyles({
  target: { display: "inline-flex", alignItems: "center", minHeight: "24px" },
});

export interface CellLinkProps {
  target: CellTarget;
  onSelect: SelectCell;
  children: ReactNode;
  /** For a list that moves focus to one of its links. */
  ref?: Ref<HTMLButtonElement>;
}

export function CellLink({ target, onSelect, children, ref }: CellLinkProps) {
  const styles = useStyles();
  return (
    <Link ref={ref} as="button" type="button" className={styles.target} onClick={() => onSelect(target)}>
      {children}
    </Link>
  );
}
