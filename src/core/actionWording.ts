/** The text an action is named by, on one line, in reports and comparisons (history/snapshot.ts). */
import type { Action } from "./model";

/** Its actions, else its recommendation, else its response, spaces and line breaks made single spaces. */
export function actionWording(a: Pick<Action, "actions" | "recommendation" | "response">): string {
  return (a.actions || a.recommendation || a.response).replace(/\s+/g, " ").trim();
}
