/**
 * One part of an .xlsx package, read as XML events while it is being decompressed: the whole
 * part's text is never held, so a worksheet of hundreds of megabytes costs only its chunks.
 * Names reach the handlers without their prefix (`x:c` → `c`), as Excel reads a package written
 * with a namespace prefix; attributes keep theirs (`r:id`).
 */
import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { PartChecksumError, forEachChunk } from "./zipEntries";
import { textRunCheck } from "../textRuns";
import { partEncoding } from "./partEncoding";

export type XmlAttributes = Record<string, string>;

/** An xsd:boolean attribute's truth: "1" or "true". */
export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** An element's relationship id (r:id), whatever prefix its namespace was given. */
export function relationshipId(attributes: XmlAttributes): string | undefined {
  for (const key in attributes) if (key.endsWith(":id")) return attributes[key];
  return undefined;
}

export interface XmlHandlers {
  open(name: string, attributes: XmlAttributes): void;
  text?(text: string): void;
  close?(name: string): void;
  /** True once the handlers have all they need: the rest of the part is not read. */
  done?(): boolean;
}

/** Prefixed names seen in this process, so each costs one slice, not one per element. */
const LOCAL_NAMES = new Map<string, string>();

function localName(name: string): string {
  if (name.indexOf(":") < 0) return name;
  let local = LOCAL_NAMES.get(name);
  if (local === undefined) {
    local = name.slice(name.indexOf(":") + 1);
    if (LOCAL_NAMES.size < 1_000) LOCAL_NAMES.set(name, local);
  }
  return local;
}

export class DamagedPartError extends Error {
  constructor(path: string, what = "is not well-formed XML") {
    super(`The part ${path} of the workbook ${what}, so the workbook is damaged.`);
    this.name = "DamagedPartError";
  }
}

/** Feeds the part at `path` to the handlers; false when the package has no such part. */
export async function streamXml(zip: JSZip, path: string, handlers: XmlHandlers): Promise<boolean> {
  const entry = zip.file(path);
  if (!entry) return false;
  const parser = new SaxesParser({ position: false });
  // saxes reports bad XML through its error event; an exception from write() is a handler's own sentence.
  let badXml = false;
  let thrown: unknown = null;
  parser.on("error", () => {
    badXml = true;
  });
  const open = handlers.open.bind(handlers);
  parser.on("opentag", (tag) => open(localName(tag.name), tag.attributes as XmlAttributes));
  if (handlers.text) {
    const text = handlers.text.bind(handlers);
    parser.on("text", text);
    parser.on("cdata", text);
  }
  if (handlers.close) {
    const close = handlers.close.bind(handlers);
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  // Known from the part's first chunk: its byte-order mark or its declaration (partEncoding.ts).
  let decoder: TextDecoder | undefined;
  const done = handlers.done?.bind(handlers);
  let stopped = false;
  const feed = (text: string, last: boolean): void => {
    if (badXml || thrown) return;
    try {
      parser.write(text);
      if (last) parser.close();
    } catch (error) {
      thrown = error;
    }
  };
  const checkRuns = textRunCheck(path);
  await forEachChunk(entry, (chunk) => {
    try {
      checkRuns(chunk);
    } catch (error) {
      thrown = error;
      return true;
    }
    decoder ??= new TextDecoder(partEncoding(chunk));
    feed(decoder.decode(chunk, { stream: true }), false);
    stopped = done !== undefined && !badXml && !thrown && done();
    return stopped;
  }).catch((error: unknown) => {
    throw error instanceof PartChecksumError ? error : new DamagedPartError(path, "cannot be decompressed");
  });
  // A part read only in part is not closed: its end was never reached.
  if (!stopped) feed(decoder?.decode() ?? "", true);
  if (thrown) throw thrown;
  if (badXml) throw new DamagedPartError(path);
  return true;
}
