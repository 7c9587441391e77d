/**
 * The recorded reports for the pane: read from the workbook's store each time the pane has read
 * the workbook (so "since the last report" compares the workbook as the pane last read it),
 * and again after the Reports section has changed the store. Whether the plan has changed since
 * the report of the report date is said only against a reading known to be no older than that
 * report; `readAgain` reads the workbook and the store together when it is not.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { RagDoor } from "../door/RagDoor";
import type { Analysis } from "../core/model";
import type { StoreRecord } from "../core/store";
import type { Progress } from "../door/operations";
import type { History, ReadHistory } from "../door/historyOperations";
import { historyOf, readHistory, rememberingSnapshotReader } from "../door/historyOperations";
import { errorSentence } from "./messages";

export interface HistoryState {
  /** null until the store has been read. */
  history: History | null;
  /** One sentence when the store could not be read. */
  error: string | null;
  /** Reads the store again; resolves when the pane shows the result. */
  reload(): Promise<void>;
  /** Reads the workbook and the store again, together; resolves to that reading once the section shows its history. */
  readAgain(progress: Progress): Promise<ReadHistory>;
}

/** `storeAtReading`: the store as read with `analysis`, where the pane has it (Analysed.store). */
export function useHistory(door: RagDoor, analysis: Analysis, storeAtReading?: readonly StoreRecord[]): HistoryState {
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
      const history = await historyOf(door, analysis, readSnapshots, storeAtReading);
      if (mounted.current && request === latest.current) setState({ history, error: null });
    } catch (error) {
      if (mounted.current && request === latest.current) setState((s) => ({ history: s.history, error: errorSentence(error) }));
    }
  }, [door, analysis, readSnapshots, storeAtReading]);

  const readAgain = useCallback(
    async (progress: Progress) => {
      const request = ++latest.current;
      const read = await readHistory(door, progress, readSnapshots);
      if (mounted.current && request === latest.current) setState({ history: read.history, error: null });
      return read;
    },
    [door, readSnapshots],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload, readAgain };
}
