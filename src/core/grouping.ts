/** Counting actions per rating, in total and by review, category and lead. */
import type { Action, GroupCount, RatingCounts, Tracker } from "./model";
import type { RagIndex } from "./ragIndex";
import { groupingKey } from "./text";
import { writtenRating } from "./ratings";

export const UNRATED = "Unrated";
export const INVALID = "Invalid";

/** Count column names in order: the index's ratings, then Unrated and Invalid. */
export function countNames(index: RagIndex): string[] {
  return [...index.entries.map((e) => e.name), UNRATED, INVALID];
}

export function ratingBucket(action: Action): string {
  if (action.rating.kind === "rated") return action.rating.entry.name;
  return action.rating.kind === "unrated" ? UNRATED : INVALID;
}

/** The rating as lists of actions show it: an invalid one quoted, so the reader sees what was written ("Invalid: Yellow"). */
export function ratingLabel(action: Action): string {
  return action.rating.kind === "invalid" ? `${INVALID}: ${writtenRating(action.ratingValue)}` : ratingBucket(action);
}

export interface RatingCountsByGroup {
  totals: GroupCount;
  byReview: GroupCount[];
  byCategory: GroupCount[];
  byLead: GroupCount[];
}

/** The lead group of the actions of a sheet with no lead column: "(no lead)" would read as actions nobody owns. */
export const noLeadColumn = (sheet: string) => `(sheet "${sheet}" has no lead column)`;

/** The sheets whose tracker has no lead column. */
export function sheetsWithoutLeads(trackers: readonly Tracker[]): Set<string> {
  return new Set(trackers.filter((t) => t.columns.lead === undefined).map((t) => t.sheet));
}

/** An action's lead as a list of actions shows it: on a sheet with no lead column, a blank would read as an action nobody owns. */
export function leadShown(a: Action, withoutLeads: ReadonlySet<string>): string {
  return a.lead || (withoutLeads.has(a.sheet) ? noLeadColumn(a.sheet) : "");
}

/**
 * The totals and the counts by review, category and lead, in one pass over the actions: each
 * action's count column (its place in countNames) is worked out once for all four.
 * `sheetsWithoutLeads`: the sheets whose tracker has no lead column.
 */
export function countRatings(actions: Action[], index: RagIndex, sheetsWithoutLeads: ReadonlySet<string> = new Set()): RatingCountsByGroup {
  const place = new Map<string, number>();
  index.entries.forEach((e, i) => {
    if (!place.has(e.name)) place.set(e.name, i);
  });
  const unrated = index.entries.length;
  const width = unrated + 2;
  const totals = new Uint32Array(width);
  const reviews = new Grouping(width, "(no review)");
  const categories = new Grouping(width, "(no category)");
  const leads = new Grouping(width, "(no lead)");
  const noLeadNames = new Map([...sheetsWithoutLeads].map((sheet) => [sheet, noLeadColumn(sheet)]));
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    const rating = a.rating;
    const bucket = rating.kind === "rated" ? (place.get(rating.entry.name) ?? unrated + 1) : rating.kind === "unrated" ? unrated : unrated + 1;
    totals[bucket]!++;
    reviews.count(a.review, bucket);
    categories.count(a.category, bucket);
    leads.count(a.lead || (noLeadNames.get(a.sheet) ?? ""), bucket);
  }
  return {
    totals: { name: "All actions", counts: countsOf(totals, index), total: actions.length },
    byReview: reviews.counted(index),
    byCategory: categories.counted(index),
    byLead: leads.counted(index),
  };
}

function countsOf(tally: Uint32Array, index: RagIndex): RatingCounts {
  const counts: RatingCounts = {};
  countNames(index).forEach((name, i) => (counts[name] = (counts[name] ?? 0) + (tally[i] ?? 0)));
  return counts;
}

/**
 * Groups in order of first appearance; names that differ only in case or spacing are one
 * group, shown with the spelling most of its actions use (the first on a tie).
 */
class Grouping {
  private readonly byKey = new Map<string, Group>();
  /** One lookup per action: each spelling knows its group and how often it is used. */
  private readonly spellings = new Map<string, Spelling>();
  private readonly width: number;
  private readonly emptyName: string;

  constructor(width: number, emptyName: string) {
    this.width = width;
    this.emptyName = emptyName;
  }

  count(written: string, bucket: number): void {
    const name = written || this.emptyName;
    let spelling = this.spellings.get(name);
    if (!spelling) {
      const key = groupingKey(name);
      let group = this.byKey.get(key);
      if (!group) this.byKey.set(key, (group = { tally: new Uint32Array(this.width), total: 0 }));
      this.spellings.set(name, (spelling = { group, uses: 0 }));
    }
    spelling.uses++;
    spelling.group.tally[bucket]!++;
    spelling.group.total++;
  }

  counted(index: RagIndex): GroupCount[] {
    // The spelling shown is kept apart, not written to the group: V8 treats a field written once as
    // constant, and a second write to it throws away count's optimised code (and an optimisation of
    // countRatings under way) on every first run.
    const shown = new Map<Group, { name: string; uses: number }>();
    // Spellings in order of first appearance, so a tie goes to the first.
    for (const [name, { group, uses }] of this.spellings) {
      const most = shown.get(group);
      if (!most || uses > most.uses) shown.set(group, { name, uses });
    }
    return [...this.byKey.values()].map((g) => ({ name: shown.get(g)!.name, counts: countsOf(g.tally, index), total: g.total }));
  }
}

interface Group {
  tally: Uint32Array;
  total: number;
}

interface Spelling {
  group: Group;
  uses: number;
}
