/**
 * A plan that writes dates day first read with the US order in the settings (or the reverse): each
 * date past the 12th is warned of as not real, with advice to retype it, and the others are read
 * with day and month swapped, silently. Where several of the dates warned of are real dates in the
 * other order, one finding says so and names the setting, which puts every one of them right.
 */
import type { Finding } from "./findings";
import type { Settings } from "./settings";
import { parseTimeScaleText } from "./timeScale";
import { plural } from "./sentences";

/** Fewer than this many could be mistypes, not the order. */
const FEWEST = 2;

const ORDER: Record<Settings["locale"], { name: string; first: string }> = {
  "en-GB": { name: "UK (en-GB)", first: "day first" },
  "en-US": { name: "US (en-US)", first: "month first" },
};

const NUMERIC_DATE = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$/;

/** The texts of the date columns read: `unread`, those that gave no date (every action's, complete ones too). */
export interface DateTexts {
  timeScales: () => Iterable<string>;
  unread: () => Iterable<string>;
}

const realIn = (text: string, locale: Settings["locale"]) => parseTimeScaleText(text, locale).due !== null;

/**
 * `timeScales`: the plan's time scales written as text, some of which may be real only in the order set, so the plan mixes both;
 * `unread`: every date text of the columns read that gave no date, of complete actions too, which get no warning of their own
 * but say as much of the order the plan writes dates in. Asked for only where the warnings name two dates or more that are
 * swapped, which few plans have.
 */
export function dateOrderFinding(findings: readonly Finding[], locale: Settings["locale"], texts: DateTexts): Finding | undefined {
  const other: Settings["locale"] = locale === "en-GB" ? "en-US" : "en-GB";
  const warned = findings.filter((f) => f.code === "date-invalid" && f.value !== undefined && NUMERIC_DATE.test(f.value) && realIn(f.value, other));
  if (warned.length < FEWEST) return undefined;
  // Every such date the columns hold, not only those warned of: the figure is what the reader weighs the order by.
  let swapped = 0;
  for (const t of texts.unread()) if (NUMERIC_DATE.test(t) && !realIn(t, locale) && realIn(t, other)) swapped++;
  swapped = Math.max(swapped, warned.length);
  // As many or more real only in the order set: the plan mixes the two, and each cell's own warning is the advice.
  let realOnlyAsSet = 0;
  for (const t of texts.timeScales()) if (NUMERIC_DATE.test(t) && realIn(t, locale) && !realIn(t, other)) realOnlyAsSet++;
  if (realOnlyAsSet >= swapped) return undefined;
  const first = warned[0]!;
  return {
    sheet: first.sheet,
    code: "date-order",
    severity: "warning",
    message: `${plural(swapped, "date")}, such as "${first.value!.trim()}", ${swapped === 1 ? "is" : "are"} real only read ${ORDER[other].first}, not ${ORDER[locale].first} as the settings' Date order (${ORDER[locale].name}) reads them; if the plan writes dates ${ORDER[other].first}, choose ${ORDER[other].name} under Date order in the task pane's settings, or its other dates are read with day and month swapped.`,
  };
}
