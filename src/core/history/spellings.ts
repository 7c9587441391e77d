/**
 * How a report spells each of its groups (reviews, categories): "Sam & Kyle" and "Sam and Kyle"
 * are one review (the grouping every summary uses), shown as most of its actions write it, the
 * first on a tie, as the summary shows it.
 */
import { groupingKey } from "../text";

/** Each group's key and the spelling shown for it, in order of first appearance. */
export function spellingsOf(names: Iterable<string>): Map<string, string> {
  // Thousands of actions share a few spellings: each is folded once.
  const uses = new Map<string, { key: string; n: number }>();
  for (const name of names) {
    const spelling = uses.get(name);
    if (spelling) spelling.n++;
    else uses.set(name, { key: groupingKey(name), n: 1 });
  }
  const best = new Map<string, { name: string; n: number }>();
  for (const [name, { key, n }] of uses) {
    const shown = best.get(key);
    if (!shown || n > shown.n) best.set(key, { name, n });
  }
  return new Map([...best].map(([key, { name }]) => [key, name]));
}
