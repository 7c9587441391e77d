/**
 * The browser workbench: the same task pane as in Excel, over an .xlsx workbook held in this page
 * by the file door, beside a read-only grid of the workbook. It opens on the sample; a workbook
 * from disk comes in by the file picker or by dropping it on the page, and the result goes out
 * as a download. Nothing leaves the browser. What only Excel can do (the ribbon, last-updated
 * stamping as a user types) is absent.
 */
import { Button, Caption1, FluentProvider, Spinner, Title2, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ChangeEvent, DragEvent } from "react";
import { App } from "../taskpane/App";
import type { PaneCapabilities } from "../taskpane/capabilities";
import { errorSentence } from "../taskpane/messages";
import { Message } from "../taskpane/Message";
import { columnLetter } from "../core/cells";
import { XlsxDoor } from "../xlsx/XlsxDoor";
import { ObservedDoor } from "./observedDoor";
import type { GridSelection } from "./SheetGrid";
import { SheetGrid } from "./SheetGrid";
import { downloadName } from "./downloadName";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  root: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
    "@media (max-width: 699px)": { height: "auto", minHeight: "100vh" },
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { marginRight: "auto" },
  hint: { color: tokens.colorNeutralForeground2, flexBasis: "100%" },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    "@media (max-width: 699px)": { flexDirection: "column" },
  },
  pane: {
    flexShrink: 0,
    width: "380px",
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 699px)": { width: "auto", height: "auto", overflowY: "visible", borderRight: "none", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  grid: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    "@media (max-width: 699px)": { height: "85vh", padding: tokens.spacingHorizontalS },
  },
  gridTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  messages: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  notice: { display: "block", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
  dropCover: {
    position: "fixed",
    inset: 0,
    zIndex: 10,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: "rgba(255, 255, 255, 0.9)",
    border: `4px dashed ${tokens.colorBrandStroke1}`,
    fontSize: tokens.fontSizeBase500,
    pointerEvents: "none",
  },
  loading: { padding: tokens.spacingHorizontalXXL },
});

interface Opened {
  door: ObservedDoor;
  /** What this host adds to the pane: the file door's notes about formats it left out. Nothing Excel-only. */
  capabilities: PaneCapabilities;
  /** Bumped after every change, so the grid draws the workbook again. */
  version: number;
}

export interface WorkbenchProps {
  /** The sample workbook's bytes and file name, already on their way when the page starts. */
  sample: Promise<{ bytes: ArrayBuffer; name: string }>;
}

function sentenceFor(error: unknown, name: string): string {
  const sentence = errorSentence(error);
  return sentence.includes(name) ? sentence : `${name} could not be opened: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

export function Workbench({ sample }: WorkbenchProps) {
  const styles = useStyles();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [activeSheet, setActiveSheet] = useState("");
  const [selection, setSelection] = useState<GridSelection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const dragDepth = useRef(0);

  const redraw = useCallback(() => setOpened((o) => (o ? { ...o, version: o.version + 1 } : o)), []);

  const load = useCallback(
    async (bytes: ArrayBuffer, name: string) => {
      const file = await XlsxDoor.open(bytes, name);
      performance.mark("workbench:workbook-opened");
      const door = new ObservedDoor(file, {
        show: (sheet, cell) => {
          setActiveSheet(sheet);
          setSelection(cell ? { sheet, ...cell } : null);
          redraw();
        },
      });
      const first = file.sheetViews().find((s) => s.visibility === "visible");
      setOpened({ door, capabilities: { formatOutcome: () => file.lastFormatOutcome }, version: 0 });
      setActiveSheet(first?.name ?? "");
      setSelection(null);
      setError(null);
    },
    [redraw],
  );

  useEffect(() => {
    sample
      .then(({ bytes, name }) => load(bytes, name))
      .catch((e: unknown) => setError(`The sample workbook could not be loaded: ${errorSentence(e)} Open a workbook of your own instead.`));
  }, [sample, load]);

  /** A file that cannot be opened leaves the current workbook as it was. */
  const openFile = useCallback(
    async (file: File) => {
      setNotice(null);
      try {
        await load(await file.arrayBuffer(), file.name);
        setNotice(`Opened ${file.name}.`);
      } catch (e) {
        setError(sentenceFor(e, file.name));
      }
    },
    [load],
  );

  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) void openFile(file);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    if (files.length > 1) setError(`Drop one workbook at a time; ${files.length} files were dropped.`);
    else void openFile(files[0]!);
  };

  const download = async () => {
    if (!opened || saving) return;
    setSaving(true);
    setNotice(null);
    try {
      const bytes = await opened.door.file.save();
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
      const link = document.createElement("a");
      link.href = url;
      link.download = downloadName(opened.door.label);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setNotice(`Downloaded ${link.download}.`);
    } catch (e) {
      setError(`The workbook could not be saved: ${errorSentence(e)}`);
    } finally {
      setSaving(false);
    }
  };

  const sheets = useMemo(() => (opened ? opened.door.file.sheetViews() : []), [opened]);

  return (
    <FluentProvider theme={webLightTheme}>
      <div
        className={styles.root}
        data-ready={opened ? "true" : undefined}
        onDragEnter={(e) => {
          e.preventDefault();
          dragDepth.current++;
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => {
          dragDepth.current = Math.max(0, dragDepth.current - 1);
          if (dragDepth.current === 0) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <header className={styles.bar}>
          <Title2 as="h1" className={styles.title}>
            RAG Tracker workbench
          </Title2>
          <input ref={fileInput} type="file" accept=".xlsx,.xlsm,.xltx,.xltm" hidden onChange={onPicked} aria-label="Workbook file" />
          <Button appearance="secondary" onClick={() => fileInput.current?.click()}>
            Open workbook…
          </Button>
          <Button appearance="primary" disabledFocusable={!opened || saving} onClick={() => void download()}>
            {saving ? "Preparing download…" : "Download result (.xlsx)"}
          </Button>
          <Caption1 className={styles.hint}>
            The Excel task pane, running on a workbook in this browser: open an .xlsx or drop one on this page. Nothing is uploaded. The ribbon buttons and last-updated
            stamping need Excel.
          </Caption1>
        </header>
        <div role="alert">
          {error && (
            <div className={styles.messages}>
              <Message intent="error" text={error} />
            </div>
          )}
        </div>
        <div role="status">{notice && <Caption1 className={styles.notice}>{notice}</Caption1>}</div>
        {opened ? (
          <div className={styles.body}>
            <section className={styles.pane} aria-label="RAG Tracker task pane">
              <App door={opened.door} capabilities={opened.capabilities} onWorkbookChanged={redraw} />
            </section>
            <section className={styles.grid} aria-labelledby="workbench-grid-title">
              <h2 id="workbench-grid-title" className={styles.gridTitle}>
                {opened.door.label}
              </h2>
              <p role="status" style={{ margin: 0 }}>
                <Caption1>{selection ? `Selected cell: ${selection.sheet}!${columnLetter(selection.column)}${selection.row}` : "Links in the pane select cells here."}</Caption1>
              </p>
              <SheetGrid
                sheets={sheets}
                activeSheet={activeSheet}
                selection={selection}
                onActivate={(sheet) => {
                  setActiveSheet(sheet);
                }}
              />
            </section>
          </div>
        ) : (
          !error && <Spinner className={styles.loading} label="Opening the sample workbook…" />
        )}
        {dragging && (
          <div className={styles.dropCover} aria-hidden="true">
            Drop an .xlsx workbook to open it
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
