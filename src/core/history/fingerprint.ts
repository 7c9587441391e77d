/**
 * Short fingerprints of text, to tell whether a response changed between two reports and to
 * recognise an action whose number changed. Two 32-bit FNV-1a passes with different offsets;
 * not for security, only to notice change.
 */
function fnv1a(text: string, offset: number): number {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function fingerprint(text: string): string {
  return fnv1a(text, 0x811c9dc5).toString(16).padStart(8, "0") + fnv1a(text, 0x050c5d1f).toString(16).padStart(8, "0");
}

/** Fingerprint of text as a person reads it: case and spacing do not count. */
export function looseFingerprint(text: string): string {
  return fingerprint(text.toLowerCase().replace(/\s+/g, " ").trim());
}
