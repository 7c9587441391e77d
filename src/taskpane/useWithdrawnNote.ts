/**
 * A sentence a task's outcome said of the workbook ('"Committee Pack" does not match the tracker …'),
 * taken out of that outcome once the pane's reading no longer bears it out: the pack generated
 * again from the Reports section, or the summary from the actions above, leave the other section's
 * message saying what is no longer true.
 */
import { useEffect, useRef } from "react";

export function useWithdrawnNote(note: string | undefined, unsay: (sentence: string) => void): void {
  const last = useRef(note);
  useEffect(() => {
    if (last.current && last.current !== note) unsay(last.current);
    last.current = note;
  }, [note, unsay]);
}
