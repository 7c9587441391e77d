/**
 * UTF-8 text built piece by piece into byte chunks. A sheet of ten thousand rows kept as strings
 * until joined stays in the young heap through every collection meanwhile, and copying it there
 * cost more than writing it; encoded as each row is finished, the row's strings die young and
 * the bytes sit outside the heap. The chunks are kept as a list, never copied into a bigger
 * buffer as they grow: a part of a hundred megabytes is written once and handed on as it is.
 */
const FIRST_CHUNK = 1 << 16;
const LARGEST_CHUNK = 1 << 22;
/** Bytes at least this long are kept as they are given, not copied. */
const KEEP_AS_GIVEN = 1 << 14;

export class Utf8Builder {
  private readonly done: Uint8Array[] = [];
  private chunk = new Uint8Array(FIRST_CHUNK);
  private used = 0;
  private total = 0;
  private readonly encoder = new TextEncoder();

  append(text: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    this.reserve(text.length * 3);
    const written = this.encoder.encodeInto(text, this.chunk.subarray(this.used)).written;
    this.used += written;
    this.total += written;
  }

  /** Bytes already encoded as UTF-8; long ones are kept, not copied, so they must not change afterwards. */
  appendBytes(bytes: Uint8Array): void {
    if (bytes.length >= KEEP_AS_GIVEN) {
      this.seal();
      this.done.push(bytes);
    } else {
      this.reserve(bytes.length);
      this.chunk.set(bytes, this.used);
      this.used += bytes.length;
    }
    this.total += bytes.length;
  }

  get length(): number {
    return this.total;
  }

  /** The bytes so far, as the list of chunks they were written in. */
  chunks(): Uint8Array[] {
    return this.used > 0 ? [...this.done, this.chunk.subarray(0, this.used)] : [...this.done];
  }

  /** The bytes so far in one array (a copy when they span several chunks). */
  bytes(): Uint8Array {
    const chunks = this.chunks();
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(this.total);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  /** The chunk being written is closed and kept; the next one starts. */
  private seal(): void {
    if (this.used === 0) return;
    this.done.push(this.chunk.subarray(0, this.used));
    this.chunk = new Uint8Array(Math.min(LARGEST_CHUNK, this.chunk.length * 2));
    this.used = 0;
  }

  private reserve(more: number): void {
    if (this.used + more <= this.chunk.length) return;
    this.seal();
    if (more > this.chunk.length) this.chunk = new Uint8Array(more);
  }
}
