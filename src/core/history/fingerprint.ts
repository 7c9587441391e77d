/**
 * Short fingerprints of text, to tell whether a response changed between two reports and to
 * recognise an action whose number changed. Two 32-bit FNV-1a passes with different offsets;
 * not for security, only to notice change.
 */
/** A fingerprint of text fed in pieces: the same as fingerprint() of the pieces joined, without joining them. */
export class FingerprintBuilder {
  private first = 0x811c9dc5;
  private second = 0x050c5d1f;

  add(text: string): void {
    let first = this.first;
    let second = this.second;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      first = Math.imul(first ^ code, 0x01000193) >>> 0;
      second = Math.imul(second ^ code, 0x01000193) >>> 0;
    }
    this.first = first;
    this.second = second;
  }

  digest(): string {
    return this.first.toString(16).padStart(8, "0") + this.second.toString(16).padStart(8, "0");
  }
}

export function fingerprint(text: string): string {
  const builder = new FingerprintBuilder();
  builder.add(text);
  return builder.digest();
}

/** Fingerprint of text as a person reads it: case and spacing do not count. */
export function looseFingerprint(text: string): string {
  return fingerprint(text.toLowerCase().replace(/\s+/g, " ").trim());
}
