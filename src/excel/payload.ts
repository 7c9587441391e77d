/**
 * Excel on the web rejects any request or response over 5 MB, and desktop Excel returns
 * null values past 5,000,000 cells. The door plans its batches under these limits from
 * estimates, and shrinks and retries when the host says a batch was still too large.
 */

/** What the door aims for per request: the estimate leaves room for Office.js's own envelope. */
export const DEFAULT_WRITE_BUDGET = 4_000_000;

/** What the door aims for per read response. */
export const DEFAULT_READ_BUDGET = 4_000_000;

/** Desktop Excel's cap on cells in one read. */
export const MAX_CELLS_PER_READ = 5_000_000;

/**
 * Estimated response bytes per cell when the text is not yet known: the value (about 30
 * characters of text on average in an action plan), its number format and its value type.
 */
export const READ_BYTES_PER_CELL = 50;

/** Estimated bytes Office.js adds per queued call (object path, action, ids). */
export const CALL_OVERHEAD_BYTES = 120;

/** Bytes a string takes in UTF-8: one per ASCII character, up to four for others. */
function utf8Length(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character of four bytes: two per half.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/**
 * Bytes a grid of cells takes in a response (its JSON, escapes aside), counted without building
 * the JSON: the door measures what a read returned to size the next one.
 */
export function gridResponseBytes(grid: readonly (readonly unknown[])[]): number {
  // Brackets, and a comma between neighbours.
  let bytes = 2 + Math.max(0, grid.length - 1);
  for (const row of grid) {
    bytes += 2 + Math.max(0, row.length - 1);
    for (const value of row) {
      if (typeof value === "string") bytes += utf8Length(value) + 2;
      else if (typeof value === "number") bytes += String(value).length;
      else bytes += value === false ? 5 : 4;
    }
  }
  return bytes;
}

/** Bytes of a value once JSON-encoded, as it travels in a request. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

const LIMIT_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "PayloadTooLarge"]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** True when Excel refused a batch for its size, so a smaller batch may succeed. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = errorCode(error);
  if (code && LIMIT_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : "";
  return /payload size|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(message);
}

/** What Office.js does when a response would pass its limit; also raised when Excel sends no values at all. */
export function refusedForSize(): Error {
  return Object.assign(new Error("Excel returned no values for a read."), { code: "ResponsePayloadSizeLimitExceeded" });
}

export { errorCode };
