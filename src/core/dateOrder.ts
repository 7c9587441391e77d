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

/**
 * `timeScales`: the plan's time scales written as text, some of which may be real only in the order set, so the plan mixes both;
 * asked for only where two dates or more are swapped, which few plans have.
 */
export function dateOrderFinding(findings: readonly Finding[], locale: Settings["locale"], timeScales: () => Iterable<string>): Finding | undefined {
  const other: Settings["locale"] = locale === "en-GB" ? "en-US" : "en-GB";
  const swapped = findings.filter((f) => f.code === "date-invalid" && f.value !== undefined && NUMERIC_DATE.test(f.value) && parseTimeScaleText(f.value, other).due !== null);
  if (swapped.length < FEWEST) return undefined;
  // As many or more real only in the order set: the plan mixes the two, and each cell's own warning is the advice.
  let realOnlyAsSet = 0;
  for (const t of timeScales()) if (NUMERIC_DATE.test(t) && parseTimeScaleText(t, locale).due !== null && parseTimeScaleText(t, other).due === null) realOnlyAsSet++;
  if (realOnlyAsSet >= swapped.length) return undefined;
  const first = swapped[0]!;
  return {
    sheet: first.sheet,
    code: "date-order",
    severity: "warning",
    message: `${plural(swapped.length, "date")}, such as "${first.value!.trim()}", ${swapped.length === 1 ? "is" : "are"} real only read ${ORDER[other].first}, not ${ORDER[locale].first} as the settings' Date order (${ORDER[locale].name}) reads them; if the plan writes dates ${ORDER[other].first}, choose ${ORDER[other].name} under Date order in the task pane's settings, or its other dates are read with day and month swapped.`,
  };
}
