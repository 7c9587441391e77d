/** A link-styled button that shows a cell in the workbook (selects it in Excel, scrolls the workbench grid). */
import { Link } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface CellTarget {
  sheet: string;
  row: number;
  column: number;
}

export type SelectCell = (target: CellTarget) => void;

export function CellLink({ target, onSelect, children }: { target: CellTarget; onSelect: SelectCell; children: ReactNode }) {
  return (
    <Link as="button" type="button" onClick={() => onSelect(target)}>
      {children}
    </Link>
  );
}
