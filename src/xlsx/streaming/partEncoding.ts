/**
 * The character encoding of a part of mark-up, from its first bytes: a byte-order mark, or the
 * encoding its XML declaration names. Excel writes UTF-8; other programs may write UTF-16 or a
 * declared ISO-8859-1, which XML allows and LibreOffice reads, and which read as UTF-8 would turn
 * "Café" into "Caf�" in the committee's lists.
 */

const UTF8 = "utf-8";

/** The encoding's label for TextDecoder, from the part's first bytes (a few hundred are enough). */
export function partEncoding(head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return UTF8;
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  // "<?" with no mark, a byte of nought after or before each character.
  if (head[0] === 0x3c && head[1] === 0x00 && head[2] === 0x3f && head[3] === 0x00) return "utf-16le";
  if (head[0] === 0x00 && head[1] === 0x3c && head[2] === 0x00 && head[3] === 0x3f) return "utf-16be";
  // The declaration is in ASCII whatever the encoding it names.
  let declaration = "";
  for (let i = 0; i < head.length && i < 200; i++) {
    declaration += String.fromCharCode(head[i]!);
    if (declaration.endsWith("?>")) break;
  }
  const named = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(declaration)?.[1];
  if (!named) return UTF8;
  try {
    return new TextDecoder(named).encoding;
  } catch {
    // An encoding the platform does not know: read as UTF-8, which most such parts are.
    return UTF8;
  }
}

/** The part in UTF-8, saying so in its declaration, where it was written in another encoding; null where it is UTF-8 already. */
export function inUtf8(part: Uint8Array): Uint8Array | null {
  const encoding = partEncoding(part);
  if (encoding === UTF8) return null;
  const text = new TextDecoder(encoding).decode(part);
  return new TextEncoder().encode(text.replace(/^(<\?xml[^>]*\bencoding\s*=\s*["'])[A-Za-z0-9._-]+(["'])/, `$1UTF-8$2`));
}
