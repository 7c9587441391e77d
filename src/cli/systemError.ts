/** An operating system's error in words, with its code for searching: "no space left on device (ENOSPC)". */
import { getSystemErrorMap } from "node:util";

export function systemErrorWords(error: unknown): string {
  const { code, errno } = error as NodeJS.ErrnoException;
  const words = errno === undefined ? undefined : getSystemErrorMap().get(errno)?.[1];
  if (words && code) return `${words} (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}
