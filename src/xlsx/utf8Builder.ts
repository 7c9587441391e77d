/**
 * UTF-8 text built piece by piece into one growing byte buffer. A sheet of ten thousand rows
 * kept as strings until joined stays in the young heap through every collection meanwhile, and
 * copying it there cost more than writing it; encoded as each row is finished, the row's
 * strings die young and the bytes sit outside the heap.
 */
export class Utf8Builder {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private readonly encoder = new TextEncoder();

  append(text: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    this.reserve(text.length * 3);
    this.length += this.encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** Bytes already encoded as UTF-8. */
  appendBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  private reserve(more: number): void {
    const needed = this.length + more;
    if (needed <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < needed) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }

  /** The bytes so far (a view of the buffer, not a copy). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
