/**
 * Why the pane's buttons are unavailable while a task runs: each is described by one sentence the
 * pane keeps ("Unavailable until Generating the RAG summary has finished."), so a screen reader
 * says why with "unavailable", not only that it is.
 */
import { createContext, useContext } from "react";

/** The id of the element holding the sentence, while a task runs. */
export const BusyReasonId = createContext<string | undefined>(undefined);

/** The aria-describedby of a control unavailable while `busy`: the reason, then its own descriptions. */
export function useBusyDescribedBy(busy: boolean, ...own: (string | undefined)[]): string | undefined {
  const reason = useContext(BusyReasonId);
  const ids = [busy ? reason : undefined, ...own].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function busyReasonSentence(title: string | undefined): string {
  return `Unavailable until ${title ?? "the task under way"} has finished.`;
}
