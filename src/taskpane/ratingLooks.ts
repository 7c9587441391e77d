/**
 * How each count name looks in the pane: the index entries' own colours, and two patterns
 * for Unrated and Invalid, which have no colour in the index. Colour is never the only
 * signal: every place that shows one also shows the rating's name as text.
 */
import type { CSSProperties } from "react";
import type { GroupCount } from "../core/model";
import type { RagIndex } from "../core/ragIndex";
import { INVALID, UNRATED, countNames } from "../core/grouping";

export interface CountLook {
  name: string;
  count: number;
  style: CSSProperties;
}

export const UNRATED_STYLE: CSSProperties = {
  backgroundColor: "#FFFFFF",
  backgroundImage: "repeating-linear-gradient(135deg, #8A8A8A 0 2px, transparent 2px 6px)",
};

export const INVALID_STYLE: CSSProperties = {
  backgroundColor: "#FFC7CE",
  backgroundImage: "repeating-linear-gradient(45deg, #9C0006 0 2px, transparent 2px 5px)",
};

export function lookFor(name: string, index: RagIndex): CSSProperties {
  if (name === UNRATED) return UNRATED_STYLE;
  if (name === INVALID) return INVALID_STYLE;
  const entry = index.entries.find((e) => e.name === name);
  return { backgroundColor: entry?.colour ?? "#D9D9D9" };
}

/** The group's non-zero counts in index order, then Unrated and Invalid. */
export function countLooks(group: GroupCount, index: RagIndex): CountLook[] {
  return countNames(index)
    .map((name) => ({ name, count: group.counts[name] ?? 0, style: lookFor(name, index) }))
    .filter((c) => c.count > 0);
}

/** Whitespace and line breaks from a header or merged cell, tidied for a one-line label. */
export function tidyName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

/** "Frankie: 11 Blue, 3 Amber of 14". */
export function barLabel(group: GroupCount, index: RagIndex): string {
  const name = tidyName(group.name);
  if (group.total === 0) return `${name}: no actions`;
  const parts = countLooks(group, index).map((c) => `${c.count} ${c.name}`);
  return `${name}: ${parts.join(", ")} of ${group.total}`;
}
