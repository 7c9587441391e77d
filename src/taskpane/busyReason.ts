/**
 * Why the pane's buttons are unavailable while a task runs: each is described by one sentence the
 * pane keeps ("Unavailable until generating the RAG summary has finished."), so a screen reader
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

/** A task's title ("Generating the RAG summary") goes mid-sentence: its capital is lowered, an initialism's ("RAG …") kept. */
export function busyReasonSentence(title: string | undefined): string {
  const task = title === undefined ? "the task under way" : /^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
  return `Unavailable until ${task} has finished.`;
}
