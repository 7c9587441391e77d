/**
 * The borders of core/styleLooks in Excel. Cells of one border kind are drawn together: one step
 * per group of areas, as looks are.
 */
import type { CellRange } from "../core/cells";
import type { PlanCell } from "../core/writePlan";
import { DARK_GREY, GRID_COLOUR, STYLE_LOOKS, type BorderKind } from "../core/styleLooks";
import type { XlBorderIndex } from "./excelApi";
import { byIndexes } from "./addresses";
import { areaGroups, areasAddress } from "./areaGroups";
import { rectanglesByKey } from "./rectangles";
import { CALL_OVERHEAD_BYTES } from "./payload";
import type { WriteStep } from "./writeSteps";
import { callStep } from "./writeSteps";

const GREY = GRID_COLOUR;

/** Each edge's colour; every edge a thin continuous line. */
const EDGES: Record<BorderKind, Record<XlBorderIndex, string>> = {
  box: { EdgeTop: GREY, EdgeBottom: GREY, EdgeLeft: GREY, EdgeRight: GREY, InsideHorizontal: GREY, InsideVertical: GREY },
  // Every total cell's top is dark, so between stacked total rows too.
  total: { EdgeTop: DARK_GREY, EdgeBottom: GREY, EdgeLeft: GREY, EdgeRight: GREY, InsideHorizontal: DARK_GREY, InsideVertical: GREY },
};

const CALLS = Object.keys(EDGES.box).length * 2;

function borderStep(sheetName: string, kind: BorderKind, group: CellRange[]): WriteStep {
  const address = group.length > 1 ? areasAddress(group) : null;
  // As for looks: each property call names its target, so a multi-area address travels once per call.
  return callStep(CALL_OVERHEAD_BYTES * (1 + CALLS) + (address ? (address.length + 16) * CALLS : 0), (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const target = address ? sheet.getRanges(address) : byIndexes(sheet, group[0]!);
    for (const [edge, colour] of Object.entries(EDGES[kind]) as [XlBorderIndex, string][]) {
      const border = target.format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = colour;
    }
  });
}

/** Boxes first, then totals, so a total's dark top wins the edge it shares with the row above. */
export function borderSteps(sheetName: string, height: number, width: number, cellAt: (row: number, column: number) => PlanCell | undefined, multiArea: boolean): WriteStep[] {
  const byKind = rectanglesByKey(height, width, (r, c) => {
    const style = cellAt(r, c)?.style;
    return style ? STYLE_LOOKS[style].border : undefined;
  });
  const steps: WriteStep[] = [];
  for (const kind of ["box", "total"] as const) for (const group of areaGroups(byKind.get(kind) ?? [], multiArea)) steps.push(borderStep(sheetName, kind, group));
  return steps;
}
