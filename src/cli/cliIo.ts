/** What the command line needs from the outside world, so it can be run in-process by tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  /** Writes the whole file or nothing. */
  writeFileAtomic: (path: string, bytes: Uint8Array) => Promise<void>;
  /** True when both paths lead to one file (through links, "..", or another name for the same folder). */
  sameFile: (a: string, b: string) => boolean;
  today: () => string;
}

/** A problem the user can fix, reported as one sentence and exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
