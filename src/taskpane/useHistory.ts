/**
 * The recorded reports for the pane: read from the workbook's store each time the pane has read
 * the workbook (so "since the last report" compares the workbook as the pane last read it),
 * and again after the Reports section has changed the store.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { RagDoor } from "../door/RagDoor";
import type { Analysis } from "../core/model";
import type { History } from "../door/historyOperations";
import { historyOf, rememberingSnapshotReader } from "../door/historyOperations";
import { errorSentence } from "./messages";

export interface HistoryState {
  /** null until the store has been read. */
  history: History | null;
  /** One sentence when the store could not be read. */
  error: string | null;
  /** Reads the store again; resolves when the pane shows the result. */
  reload(): Promise<void>;
}

export function useHistory(door: RagDoor, analysis: Analysis): HistoryState {
  const [state, setState] = useState<{ history: History | null; error: string | null }>({ history: null, error: null });
  // Only the latest request may set the state: an earlier, slower read must not overwrite it.
  const latest = useRef(0);
  const mounted = useRef(true);
  // Snapshots already checked are not checked again on the next reading (the pane starts afresh for another workbook).
  const [readSnapshots] = useState(rememberingSnapshotReader);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const history = await historyOf(door, analysis, readSnapshots);
      if (mounted.current && request === latest.current) setState({ history, error: null });
    } catch (error) {
      if (mounted.current && request === latest.current) setState((s) => ({ history: s.history, error: errorSentence(error) }));
    }
  }, [door, analysis, readSnapshots]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload };
}
