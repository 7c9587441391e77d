/**
 * The browser workbench: the same task pane as in Excel, over an .xlsx workbook held in this page
 * by the file door, beside a read-only grid of the workbook. It opens on the sample; a workbook
 * from disk comes in by the file picker or by dropping it on the page, and the result goes out
 * as a download. Nothing leaves the browser. What only Excel can do (the ribbon, last-updated
 * stamping as a user types) is absent. The pane's changes live only in this page until they are
 * downloaded, so the workbench says when there are some and asks before anything drops them.
 */
import { Button, Caption1, FluentProvider, Spinner, Title2, makeStyles, mergeClasses, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ChangeEvent, DragEvent } from "react";
import type { Analysis } from "../core/model";
import { App } from "../taskpane/App";
import type { PaneCapabilities } from "../taskpane/capabilities";
import { errorSentence } from "../taskpane/messages";
import { Message } from "../taskpane/Message";
import { XlsxDoor } from "../xlsx/XlsxDoor";
import { DiscardChangesDialog } from "./DiscardChangesDialog";
import { ObservedDoor } from "./observedDoor";
import type { GridSelection } from "./SheetGrid";
import { SheetGrid, shownSheet } from "./SheetGrid";
import { downloadName } from "./downloadName";
import { selectedCellCaption, selectedCellSentence } from "./selectedCellSentence";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A short window beside the grid (200% zoom of a laptop screen is 700×450): the page scrolls as one,
 * so the bar and its hint scroll away and the pane gets the window's height, while the grid stays
 * in view beside it. Nothing is pinned over the pane, so no focused control is hidden under the bar.
 */
const SHORT_WIDE = "@media (min-width: 700px) and (max-height: 640px)";

const useStyles = makeStyles({
  root: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
    "@media (max-width: 699px)": { height: "auto", minHeight: "100vh" },
    [SHORT_WIDE]: { height: "auto", minHeight: "100vh" },
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
  unsaved: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2, flexBasis: "100%" },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    "@media (max-width: 699px)": { flexDirection: "column" },
    [SHORT_WIDE]: { alignItems: "flex-start" },
  },
  /** The workbook being replaced, shown faded while the next one opens. */
  held: { opacity: 0.5 },
  pane: {
    flexShrink: 0,
    width: "380px",
    overflowY: "auto",
    // The containing block of the pane's absolutely placed parts (Fluent's hidden "Error:" words, its check
    // box and radio inputs): without it they are placed against the page, past the pane's scrolled foot, and
    // make the page thousands of pixels tall where it should not scroll at all.
    position: "relative",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 699px)": { width: "auto", height: "auto", overflowY: "visible", borderRight: "none", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    [SHORT_WIDE]: { overflowY: "visible", minHeight: "100vh", boxSizing: "border-box" },
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
    [SHORT_WIDE]: { position: "sticky", top: 0, height: "100vh" },
  },
  gridTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  messages: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  notice: { display: "block", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
  opening: { justifyContent: "flex-start", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
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
  /** How many changes the pane has reported for this workbook, and how many of them the last download held. */
  changes: number;
  downloaded: number;
  /** The file the user opened, said to be opened once the pane has read it; absent for the sample. */
  announce?: string;
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
  /** The pane's last reading: the grid says in words what its highlights mean. */
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [error, setError] = useState<string | null>(null);
  /**
   * `untilChanged`: said of the workbook as opened or downloaded, which the pane's next change leaves behind
   * (the pane then says what it did, and "Changes not downloaded" says the rest): stale, so no longer shown.
   */
  const [notice, setNotice] = useState<{ text: string; untilChanged?: boolean } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [saving, setSaving] = useState(false);
  /** The name of the file being read; the workbook on screen is held still meanwhile. */
  const [opening, setOpening] = useState<string | null>(null);
  /** A file waiting while the user is asked whether to lose the changes not downloaded. */
  const [pending, setPending] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const dragDepth = useRef(0);
  /** Where focus was when the dialog asked about a file, so it goes back there afterwards. */
  const focusBeforeAsking = useRef<HTMLElement | null>(null);
  const unsavedId = useId();

  const redraw = useCallback(() => setOpened((o) => (o ? { ...o, version: o.version + 1 } : o)), []);
  // Counted against the door that changed: a task finishing on a workbook already replaced changes nothing here.
  const changedIn = useCallback((door: ObservedDoor) => setOpened((o) => (o && o.door === door ? { ...o, version: o.version + 1, changes: o.changes + 1 } : o)), []);
  const door = opened?.door;
  const onWorkbookChanged = useMemo(() => (door ? () => changedIn(door) : undefined), [door, changedIn]);
  const unsaved = opened !== null && opened.changes > opened.downloaded;
  const announce = opened?.announce;
  const shownDoor = useRef<ObservedDoor | null>(null);
  useEffect(() => {
    shownDoor.current = door ?? null;
  }, [door]);
  const onFirstReading = useMemo(
    () =>
      door && announce
        ? (problem: string | null) => {
            // A reading of a workbook already replaced says nothing.
            if (shownDoor.current !== door) return;
            setNotice({ text: problem === null ? `Opened ${announce}.` : `Opened ${announce}, but the pane cannot use it: the message under Actions says why.`, untilChanged: true });
          }
        : undefined,
    [door, announce],
  );
  // Another workbook starts a fresh pane, at its top: the place scrolled to in the last one would hide its first message.
  const paneSection = useRef<HTMLElement>(null);
  useEffect(() => {
    const section = paneSection.current;
    if (!door || !section) return;
    section.scrollTop = 0;
    // In a narrow window the page scrolls instead, with the pane at its top.
    if (section.getBoundingClientRect().top < 0) window.scrollTo({ top: 0 });
  }, [door]);
  // A task still running in the pane may be changing the workbook: opening another would lose that too.
  const [paneBusy, setPaneBusy] = useState(false);
  const atRisk = unsaved || paneBusy;
  const held = opening !== null || saving;

  // A layout effect, so the question comes and goes in the same commit as the note: a passive effect
  // left it asking for a moment after a download had cleared the note.
  useLayoutEffect(() => {
    if (!atRisk) return;
    // The browser then asks before a reload or a closed tab throws the changes away.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [atRisk]);

  const load = useCallback(
    async (bytes: ArrayBuffer, name: string, announce?: string) => {
      const file = await XlsxDoor.open(bytes, name);
      performance.mark("workbench:workbook-opened");
      const door = new ObservedDoor(file, {
        show: (sheet, cell) => {
          setActiveSheet(sheet);
          setSelection(cell ? { sheet, ...cell } : null);
          redraw();
        },
      });
      const first = file.sheetTabs().find((s) => s.visibility === "visible");
      setOpened({ door, capabilities: { formatOutcome: () => file.lastFormatOutcome, editOutcome: () => file.lastEditOutcome }, version: 0, changes: 0, downloaded: 0, announce });
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
      setOpening(file.name);
      try {
        // "Opened …" waits for the pane's reading: a workbook with no tracker in it has not opened as the user hoped.
        await load(await file.arrayBuffer(), file.name, file.name);
      } catch (e) {
        setError(sentenceFor(e, file.name));
      } finally {
        setOpening(null);
      }
    },
    [load],
  );

  /** Opens a chosen or dropped file, after asking when it would drop changes not downloaded. */
  const offer = (file: File) => {
    if (!atRisk) {
      void openFile(file);
      return;
    }
    focusBeforeAsking.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending(file);
  };

  useEffect(() => {
    if (pending) return;
    focusBeforeAsking.current?.focus();
    focusBeforeAsking.current = null;
  }, [pending]);

  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) offer(file);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    // One workbook at a time: not while one opens, nor while the dialog asks about another.
    if (opening !== null || pending) return;
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    if (files.length > 1) setError(`Drop one workbook at a time; ${files.length} files were dropped.`);
    else offer(files[0]!);
  };

  const download = async () => {
    // Not while a pane job runs: the file would hold its sheets half written (a summary with no rows).
    if (!opened || saving || opening !== null || paneBusy) return;
    // Only the changes made before the save starts are sure to be in the file.
    const saved = opened.door;
    const changes = opened.changes;
    setSaving(true);
    setNotice(null);
    try {
      const bytes = await saved.file.save();
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
      const link = document.createElement("a");
      link.href = url;
      link.download = downloadName(saved.label);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setNotice({ text: `Downloaded ${link.download}.`, untilChanged: true });
      setError(null);
      setOpened((o) => (o && o.door === saved ? { ...o, downloaded: Math.max(o.downloaded, changes) } : o));
    } catch (e) {
      setError(`The workbook could not be saved: ${errorSentence(e)}`);
    } finally {
      setSaving(false);
    }
  };

  // Asked again after every change: the door hands back the same view of a sheet it has not changed, so the grid keeps its rows.
  const tabs = useMemo(() => (opened ? opened.door.file.sheetTabs() : []), [opened]);
  const shown = shownSheet(tabs, activeSheet);
  const view = useMemo(() => (opened && shown !== undefined ? opened.door.file.sheetView(shown) : undefined), [opened, shown]);
  // What the selected cell holds and what its colour means, said with its place: a merged cell's are in its top-left.
  const selectedCaption = useMemo(() => {
    if (!opened || !selection) return "";
    const sheet = view?.name === selection.sheet ? view : opened.door.file.sheetView(selection.sheet);
    return sheet ? selectedCellCaption(sheet, selection, analysis) : selectedCellSentence(selection);
  }, [opened, selection, view, analysis]);

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
          <Button appearance="secondary" disabledFocusable={opening !== null} onClick={() => fileInput.current?.click()}>
            Open workbook…
          </Button>
          <Button
            appearance="primary"
            disabledFocusable={!opened || saving || opening !== null || paneBusy}
            aria-describedby={unsaved ? unsavedId : undefined}
            onClick={() => void download()}
          >
            {saving ? "Preparing download…" : "Download result (.xlsx)"}
          </Button>
          {unsaved && (
            <Caption1 id={unsavedId} className={styles.unsaved}>
              Changes not downloaded
            </Caption1>
          )}
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
        <div role="status">
          {opening !== null ? (
            <Spinner className={styles.opening} size="tiny" labelPosition="after" label={`Opening ${opening}…`} />
          ) : (
            <>
              {notice && !(notice.untilChanged && unsaved) && <Caption1 className={styles.notice}>{notice.text}</Caption1>}
              {/* Said while the workbook is open, so whoever downloads it knows before sending it on. */}
              {opened?.door.file.leftOutOnSave && (
                <div className={styles.messages}>
                  <Message intent="warning" text={opened.door.file.leftOutOnSave} />
                </div>
              )}
            </>
          )}
        </div>
        {opened ? (
          // Inert while the next workbook opens, so a click cannot act on the one about to be replaced, and while a
          // download is prepared, so no job changes the workbook as it is saved.
          <main className={mergeClasses(styles.body, held && styles.held)} inert={held} aria-busy={held}>
            <section ref={paneSection} className={styles.pane} aria-label="RAG Tracker task pane">
              <App
                embedded
                door={opened.door}
                capabilities={opened.capabilities}
                onWorkbookChanged={onWorkbookChanged}
                onBusyChange={setPaneBusy}
                onFirstReading={onFirstReading}
                onAnalysis={setAnalysis}
              />
            </section>
            <section className={styles.grid} aria-labelledby="workbench-grid-title">
              <h2 id="workbench-grid-title" className={styles.gridTitle}>
                {opened.door.label}
              </h2>
              {/* Only a cell selected is announced: the hint, shown again whenever a job shows a sheet, is no news. */}
              <p style={{ margin: 0 }}>
                <span role="status">
                  <Caption1>{selectedCaption}</Caption1>
                </span>
                {selection ? null : <Caption1>Links in the pane select cells here.</Caption1>}
              </p>
              <SheetGrid
                tabs={tabs}
                view={view}
                selection={selection}
                analysis={analysis}
                onActivate={(sheet) => {
                  setActiveSheet(sheet);
                }}
              />
            </section>
          </main>
        ) : (
          !error && <Spinner className={styles.loading} label="Opening the sample workbook…" />
        )}
        <DiscardChangesDialog
          current={opened?.door.label ?? ""}
          running={paneBusy}
          next={pending?.name ?? null}
          onKeep={() => setPending(null)}
          onDiscard={() => {
            if (pending) void openFile(pending);
            setPending(null);
          }}
        />
        {dragging && !pending && (
          <div className={styles.dropCover} aria-hidden="true">
            {opening !== null ? `${opening} is still opening; drop another workbook once it has opened.` : "Drop an .xlsx workbook to open it"}
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
