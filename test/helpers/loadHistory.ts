/** The history the task pane shows, read as its reading does (readHistory), for tests that want that alone. */
import type { SheetsDoor } from "../../src/door/RagDoor";
import { readHistory } from "../../src/door/historyOperations";

export async function loadHistory(door: SheetsDoor) {
  return (await readHistory(door)).history;
}
