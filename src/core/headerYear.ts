/**
 * The year a time-scale column's own header names ("Timescale 2021/22", "Target date (2021-22)", "Due 2021"), in which
 * its cells' quarters and months with no year ("Q3", "September") are read: the team wrote the year once, above them,
 * and a councillor reading the plan reads "Q3" under "Timescale 2021/22" as Q3 2021/22. A sheet's title is no column's
 * header, and is not looked at.
 */
import type { Settings } from "./settings";
import { MONTHS, MONTH_NAMES, SEASON_NAMES, WORD_START, mentionsTimeOfYear, parseTimeScaleText, type TimeScale } from "./timeScale";

export interface HeaderYear {
  /** As the header writes it: "2021/22", "2021". */
  written: string;
  /** The year it starts in. */
  first: number;
  /** A UK financial year (April to March), written as two years that follow on; else a calendar year. */
  financial: boolean;
}

const FINANCIAL_YEAR = /\b(?:fy\s*)?(20\d{2})\s*[/-]\s*(20\d{2}|\d{2})\b/gi;
const YEAR = /\b20\d{2}\b/g;
/**
 * A deadline rather than the plan's year: a whole date ("all by 31/03/2022"), or a year an end is put to ("ends 2022",
 * "until 2022", "deadline 2022", "Due by 2022", "(before 2023)"). Its year says when the last action is due, not which year "Q3" is in.
 */
const DEADLINE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\b(?:end(?:s|ing)?|until|till|deadline|by|before|within|up to)\b/i;

/**
 * The one year the header names, where it names exactly one and no month, quarter, season or deadline ("Revised date
 * (Jan 2022)" and "Target date (all by 31/03/2022)" are no year's).
 */
export function headerYear(header: string): HeaderYear | undefined {
  if (mentionsTimeOfYear(header) || DEADLINE.test(header)) return undefined;
  const pairs = [...header.matchAll(FINANCIAL_YEAR)];
  if (pairs.length > 1) return undefined;
  if (pairs.length === 1) {
    const [whole, from, to] = pairs[0]!;
    const first = Number(from);
    if (Number(to) % 100 !== (first + 1) % 100) return undefined;
    // No other year beside the pair ("2021/22 (was 2020)").
    if ((header.replace(whole, "").match(YEAR) ?? []).length > 0) return undefined;
    return { written: whole.replace(/^fy\s*/i, ""), first, financial: true };
  }
  const years = new Set(header.match(YEAR) ?? []);
  if (years.size !== 1) return undefined;
  const year = [...years][0]!;
  return { written: year, first: Number(year), financial: false };
}

const QUARTER_WORD = /\b(?:q\.? ?[1-4]|qtr|quarter|[1-4](?:st|nd|rd|th)\s+(?:qtr|quarter))/i;
const MONTH_OR_SEASON = new RegExp(`${WORD_START}(?:${MONTH_NAMES}|${SEASON_NAMES})\\b`, "i");
/** A month with the day written after it, if any ("March 31", "September 6th"), or days ("Sept 1-30"): its year goes after them. */
const MONTH_AND_DAY = new RegExp(`${WORD_START}(${MONTH_NAMES})\\b(?:\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?(?!\\d))?`, "gi");
// With a half-term's number ("Spring 1"), the year goes after it: "Spring 1 2019/20" is the half-term, "Spring 2019/20 1" the season.
const SEASON = new RegExp(`\\b(?:${SEASON_NAMES})\\b(?:\\s+term)?(?:\\s*[12]\\b(?:\\s+term)?)?`, "gi");

/**
 * A time scale with no year read in the header's: "Q3" as "Q3 2021/22" (October to December 2021), "February" as
 * "February 2022", "31 March" as "31 March 2022", "Autumn term" as "Autumn term 2021/22". Undefined where it still
 * gives no date, or mixes quarters with months ("Q4 (Jan-Mar)"), which is left as written.
 */
export function readInHeaderYear(text: string, year: HeaderYear, locale: Settings["locale"]): TimeScale | undefined {
  const quarters = QUARTER_WORD.test(text);
  const months = MONTH_OR_SEASON.test(text);
  // Under a calendar year ("Due 2021") a quarter may be the calendar's or the financial year's: the team's Q3 is not known.
  if (quarters === months || (quarters && !year.financial)) return undefined;
  const pair = year.financial ? `${year.first}/${String(year.first + 1).slice(-2)}` : String(year.first);
  const dated = quarters
    ? `${text.trim()} ${pair}`
    : text
        .replace(MONTH_AND_DAY, (words: string, month: string) => `${words} ${calendarYear(month, year)}`)
        .replace(SEASON, (words) => `${words} ${pair}`);
  const scale = parseTimeScaleText(dated, locale);
  return scale.due !== null && scale.problem === undefined ? scale : undefined;
}

/** The calendar year a month falls in: in a financial year, January to March are in its second. */
function calendarYear(month: string, year: HeaderYear): number {
  const n = MONTHS[month.toLowerCase()]!;
  return year.financial && n <= 3 ? year.first + 1 : year.first;
}
