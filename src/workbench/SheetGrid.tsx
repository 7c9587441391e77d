/**
 * A read-only picture of the workbook as Excel would show it: a tab per visible sheet (hidden and
 * very hidden sheets stay out of sight, as in Excel), and the active sheet's cells with their
 * fills, fonts, merges and the conditional formats the add-in wrote, text running over the empty
 * cells to its right as in Excel (empty columns past the last one used included). The cell the pane last selected is outlined and scrolled into view.
 */
import { Caption1, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import type { CSSProperties, KeyboardEvent } from "react";
import { columnLetter } from "../core/cells";
import type { SheetTab, SheetView } from "../xlsx/sheetView";
import type { Analysis } from "../core/model";
import { cellDescription, sheetFacts } from "./cellDescription";
import type { GridCell } from "./gridModel";
import { gridModel, shownRowsSentence, skippedRulesSentence } from "./gridModel";

export interface GridSelection {
  sheet: string;
  row: number;
  column: number;
}

export interface SheetGridProps {
  /** Every sheet's tab, hidden ones included (they are left out, as in Excel). */
  tabs: SheetTab[];
  /** The sheet on show (see shownSheet): the only one whose cells are read. */
  view: SheetView | undefined;
  selection: GridSelection | null;
  onActivate: (sheet: string) => void;
  /** The pane's last reading, for the words of what cells show only as colour (overdue, a rating given by a fill). */
  analysis?: Analysis | null;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0, minHeight: 0, flexGrow: 1 },
  tabs: { overflowX: "auto", flexShrink: 0 },
  scroller: {
    flexGrow: 1,
    minHeight: "240px",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: "#FFFFFF",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  table: { borderCollapse: "separate", borderSpacing: 0, tableLayout: "fixed", fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif", fontSize: "14px", color: "#000000" },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 3 },
  heading: {
    backgroundColor: "#F3F3F3",
    color: "#333333",
    fontWeight: "normal",
    fontSize: "12px",
    borderRight: "1px solid #D4D4D4",
    borderBottom: "1px solid #D4D4D4",
    padding: "2px 4px",
  },
  columnHeading: { position: "sticky", top: 0, zIndex: 2, textAlign: "center" },
  rowHeading: { position: "sticky", left: 0, zIndex: 1, textAlign: "right", minWidth: "36px" },
  cell: {
    borderRight: "1px solid #E1E1E1",
    borderBottom: "1px solid #E1E1E1",
    padding: "1px 4px",
    verticalAlign: "top",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
  },
  wrapped: { whiteSpace: "normal", overflowWrap: "anywhere" },
  /** The cell lets its text out; the box inside it, as wide as the empty cells it runs over, cuts it off there. */
  runsOn: { overflow: "visible" },
  runOnText: { display: "block", overflow: "hidden", textOverflow: "ellipsis" },
  /** Long wrapped text is cut after a few lines, as a fixed row height would cut it in Excel. */
  clip: { maxHeight: "5.6em", overflow: "hidden" },
  selected: { outline: "2px solid #107C41", outlineOffset: "-2px" },
  note: { color: tokens.colorNeutralForeground2 },
});

function cellStyle(cell: GridCell): CSSProperties {
  const style: CSSProperties = {};
  if (cell.look.fill) style.backgroundColor = cell.look.fill;
  if (cell.look.colour) style.color = cell.look.colour;
  if (cell.look.bold) style.fontWeight = 700;
  if (cell.look.italic) style.fontStyle = "italic";
  if (cell.alignRight) style.textAlign = "right";
  return style;
}

/** A cell's padding and right border: what its text has less than its columns' width. */
const CELL_INSET = 9;

/** The width the text of a cell may take: its own column and those of the empty cells it runs over. */
function runOnWidth(widths: number[], cell: GridCell): number {
  return widths.slice(cell.column - 1, cell.column + cell.spill).reduce((a, b) => a + b, 0) - CELL_INSET;
}

function isSelected(selection: GridSelection | null, sheet: string, row: number, cell: GridCell): boolean {
  if (!selection || selection.sheet !== sheet) return false;
  return selection.row >= row && selection.row < row + cell.rowSpan && selection.column >= cell.column && selection.column < cell.column + cell.colSpan;
}

/** The name of the sheet to show: the active one while it is visible, else the first visible one. */
export function shownSheet(tabs: SheetTab[], active: string): string | undefined {
  const visible = tabs.filter((t) => t.visibility === "visible");
  return (visible.find((t) => t.name === active) ?? visible[0])?.name;
}

/** Whether an element lies wholly above or below the window's visible part. */
function isOutOfView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom <= 0 || box.top >= window.innerHeight;
}

export function SheetGrid({ tabs, view, selection, onActivate, analysis = null }: SheetGridProps) {
  const styles = useStyles();
  const visible = tabs.filter((s) => s.visibility === "visible");
  const hiddenCount = tabs.filter((s) => s.visibility === "hidden").length;
  const selectedHere = selection && view && selection.sheet === view.name ? selection : null;
  // Built again only when the view is a new one (the door changed the sheet, or another is shown) or the selection needs more rows.
  const model = useMemo(() => (view ? gridModel(view, selectedHere?.row ?? 0) : null), [view, selectedHere?.row]);
  const facts = useMemo(() => (view ? sheetFacts(analysis, view.name) : null), [analysis, view]);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  /** The control that chose the cell, where focus went to the grid from it: Escape goes back there. */
  const returnTo = useRef<HTMLElement | null>(null);
  const shownSelection = useRef<GridSelection | null>(null);

  useEffect(() => {
    const cell = selectedRef.current;
    if (!cell) return;
    const chooser = document.activeElement;
    cell.scrollIntoView({ block: "center", inline: "center" });
    // Where the grid sits below the pane (a narrow window, or a zoomed one), showing the cell scrolls the page
    // away from the link that chose it: focus follows the cell, so it is never left out of sight. Focus goes to
    // the cell itself, not the grid around it, so a screen reader says the cell, its headers and what it holds.
    const chosenNow = selection !== shownSelection.current;
    shownSelection.current = selection;
    if (chosenNow && chooser instanceof HTMLElement && !scrollerRef.current?.contains(chooser) && isOutOfView(chooser)) {
      returnTo.current = chooser;
      cell.focus({ preventScroll: true });
    }
  }, [selection, model]);

  const onScrollerKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape" && returnTo.current) {
      returnTo.current.focus();
      returnTo.current = null;
      return;
    }
    // Ctrl+Home and Ctrl+End show the first and the last cell, as in Excel: the browser's own would scroll
    // the grid one way only, then go on to scroll the page.
    const corner = (event.ctrlKey || event.metaKey) && (event.key === "Home" || event.key === "End") ? event.key : null;
    const scroller = event.currentTarget;
    if (!corner) return;
    event.preventDefault();
    const toEnd = corner === "End";
    scroller.scrollTo({ top: toEnd ? scroller.scrollHeight : 0, left: toEnd ? scroller.scrollWidth : 0 });
  };

  if (!view || !model) return <p className={styles.note}>This workbook has no visible sheet to show.</p>;
  const totalWidth = 40 + model.widths.reduce((a, b) => a + b, 0);

  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label="Sheets"
        selectedValue={view.name}
        onTabSelect={(_, data) => onActivate(String(data.value))}
      >
        {visible.map((s) => (
          <Tab key={s.name} value={s.name} data-sheet-tab={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div
        ref={scrollerRef}
        className={styles.scroller}
        role="region"
        aria-label={`Sheet ${view.name}, read only`}
        tabIndex={0}
        data-sheet={view.name}
        onKeyDown={onScrollerKey}
      >
        <table className={styles.table} style={{ width: `${totalWidth}px` }}>
          <colgroup>
            <col style={{ width: "40px" }} />
            {model.widths.map((w, i) => (
              <col key={i} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className={mergeClasses(styles.heading, styles.corner)} aria-hidden="true" />
              {model.widths.map((_, i) => (
                <th key={i} scope="col" className={mergeClasses(styles.heading, styles.columnHeading)}>
                  {columnLetter(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((r) => (
              <tr key={r.row}>
                <th scope="row" className={mergeClasses(styles.heading, styles.rowHeading)}>
                  {r.row}
                </th>
                {r.cells.map((cell) => {
                  const selected = isSelected(selectedHere, view.name, r.row, cell);
                  return (
                    <td
                      key={cell.column}
                      ref={selected ? selectedRef : undefined}
                      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                      className={mergeClasses(styles.cell, cell.wrap && styles.wrapped, cell.spill > 0 && styles.runsOn, selected && styles.selected)}
                      style={cellStyle(cell)}
                      data-cell={`${columnLetter(cell.column)}${r.row}`}
                      aria-current={selected ? "location" : undefined}
                      // Focusable by script only, so a link can take focus to the cell it shows; Tab still stops at the grid alone.
                      tabIndex={selected ? -1 : undefined}
                      aria-description={cellDescription(cell.highlights, r.row, cell.column, facts)}
                    >
                      {cell.wrap ? (
                        <div className={styles.clip}>{cell.text}</div>
                      ) : cell.spill > 0 ? (
                        <span className={styles.runOnText} style={{ width: `${runOnWidth(model.widths, cell)}px` }}>
                          {cell.text}
                        </span>
                      ) : (
                        cell.text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Caption1 className={styles.note}>
        {model.lastRow > model.rows.length ? `${shownRowsSentence(model.rows.length, model.lastRow)} ` : ""}
        {hiddenCount > 0 ? `${hiddenCount} hidden ${hiddenCount === 1 ? "sheet is" : "sheets are"} not shown, as in Excel. ` : ""}
        {model.skippedRules > 0 ? skippedRulesSentence(model.skippedRules) : ""}
      </Caption1>
    </div>
  );
}
