/** A MemoryDoor whose reads, once `holding` is set, wait until the test releases them: for what the pane shows while work runs. */
import type { WorkbookSnapshot } from "../../src/core/cells";
import { MemoryDoor } from "./memoryDoor";

export class HeldReadDoor extends MemoryDoor {
  holding = false;
  private releaseRead: () => void = () => undefined;

  /** Lets the read that is waiting go on. */
  release(): void {
    this.releaseRead();
  }

  override async read(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    if (this.holding) await new Promise<void>((resolve) => (this.releaseRead = resolve));
    return super.read(onProgress);
  }
}
