/**
 * Reading a time scale's text as a due date: "14/06/2021", "December 2019" (end of that month),
 * "Completed by Feb 2020", "Q3 2021", "FY 21/22" (end of March 2022), "Autumn 2021" (end of
 * November). Texts with no date ("As per meeting cycle", "Various dates", "Quarterly") give no
 * due date and no problem; a quarter, month or season with no year ("Q2", "September") gives a
 * problem; a year alone ("2021", "By 2021") is due on 31 December. A cell holding a real date is
 * read by cellDate.
 */
import { endOfMonth, format, isValid, parse } from "date-fns";
import type { Settings } from "./settings";
import { isIsoDate, isPlausibleSerial, serialToIso } from "./dates";
import { editDistance } from "./editDistance";
import { formatLongDate } from "./longDate";

export interface TimeScale {
  due: string | null;
  /**
   * Where the text names a period, not a day ("December 2021", "Q3 2021/22"): its first day. A time
   * scale is due at the period's end; a last update written as a month is dated at its start (never
   * fresher than it may be), and one naming any period is not "after today" once the period has begun.
   */
  start?: string;
  /** Set when the text holds something date-shaped that is not a real date ("31/02/2021"). */
  problem?: string;
  /** With `problem`: the text names a time of year with no year ("Q3", "September"), which a revised date's column may say of the date first set. */
  noYear?: true;
  /**
   * With `problem`: the text mentions a month, quarter or season in words no form reads ("Q2 and Q4", "Spring - revised"):
   * a date meant, which, in a revised date's column, leaves the date first set standing, as a time of year with no year does.
   */
  unread?: true;
  /** A month then two digits, read as its year ("Sept 28": September 2028), which may have been meant as its day: the digits. */
  yearOrDay?: string;
  /** The date a problem text seems to mean, written as the locale writes dates ("31032022": 31/03/2022), for the message to suggest. */
  meant?: string;
  /**
   * A revision after the date read that names a time of year but gives no date ("Sept 2021 (revised to Q4)"): its words,
   * "revised to Q4". The date before it is still the one used, which is said, as the team meant another.
   */
  unreadRevision?: string;
  /**
   * A month read at its end, after a step's number that may have been meant otherwise ("Week 2 - Dec 2021", "Quarter 1 April 2022"):
   * the step's words, and the dates that may be meant instead, for the warning to suggest: the week's end (the second week's,
   * the 14th), and the day where the number may be one (the 1st).
   */
  stepOrDay?: { step: string; weekEnd?: string; day?: string };
}

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
export const MONTH_NAMES = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_WORD = `(${MONTH_NAMES})`;
export const SEASON_NAMES = "spring|summer|autumn|fall|winter";

/** A quarter's months written between it and its year, "Q1 (Apr-Jun) 2022/23": read with the quarter (quarterMonths). */
const MONTHS_BETWEEN = `(?:\\(\\s*(?:${MONTH_NAMES})\\s*(?:-|–|to)\\s*(?:${MONTH_NAMES})\\s*\\)\\s*)?`;

/** A year of four digits or two (year() gives two digits their century). */
const YEAR = "(\\d{4}|\\d{2})";

/** "Q3", "Q 3", "Q. 3", "Qtr 3", "Quarter 3", "3rd Qtr", "3rd quarter": the quarter's number is its one digit 1 to 4. A dot may follow its Q as it may "Qtr". */
const QUARTER = "(q\\.? ?[1-4]|(?:qtr|quarter)\\.?\\s*[1-4]|(?:1st|2nd|3rd|4th)\\s+(?:qtr|quarter)\\.?)";

type DateForm = "iso" | "numeric" | "monthDayRange" | "dayMonthYear" | "monthDayYear" | "monthDayJoinedYear" | "financialQuarter" | "financialQuarterRange" | "quarterRange" | "yearQuarterRange" | "shortYearQuarter" | "quarter" | "yearQuarter" | "season" | "monthYear" | "numericMonth" | "financialYear" | "namedFinancialYear" | "yearThenQuarter" | "yearThenQuarterRange" | "half" | "yearThenHalf" | "halfTerm" | "academicYear" | "yearThenMonth";

/**
 * The month a season ends: the UK's seasons (spring March to May, winter December to February),
 * or, for a school term ("Autumn term 2021"), the month the term ends.
 */
const SEASON_ENDS: Record<string, { season: number; term: number }> = {
  spring: { season: 5, term: 4 },
  summer: { season: 8, term: 7 },
  autumn: { season: 11, term: 12 },
  fall: { season: 11, term: 12 },
  winter: { season: 2, term: 2 },
};

/**
 * A school's half-terms ("Autumn 1", "Spring 2"): the month each begins and the month it ends, as English schools keep them
 * (Autumn 1 September to October half-term, Autumn 2 to Christmas, Spring 1 to February half-term, Spring 2 to Easter, taken as
 * April as the Spring term's end is, Summer 1 to May half-term, Summer 2 to the end of July).
 */
const HALF_TERM_MONTHS: Record<string, readonly [readonly [number, number], readonly [number, number]]> = {
  autumn: [[9, 10], [11, 12]],
  spring: [[1, 2], [3, 4]],
  summer: [[4, 5], [6, 7]],
};

const PART_OF_YEAR = /^\s*(?:(?:completed\s+)?by\s+|in\s+|during\s+)?(?:the\s+)?(?:early|mid|late|(?:beginning|start|middle)\s+of)[\s-]*(?:(?:in|of)\s+)?(?:19|20)\d{2}\s*(?:\.\s*)?$/i;
const ACADEMIC_YEAR_NUMBER = /\bacademic\s+year\b.*\d|\d.*\bacademic\s+year\b/i;

/**
 * "Term 1 2021/22", "Term 3": a school term by its number, which schools count as three terms a year or six; not a season's
 * term ("Autumn term 1"), nor "mid-term 2", "short term 1" or "long term 2 years", which are no school terms.
 */
const NUMBERED_TERM = /(?<!\b(?:spring|summer|autumn|fall|winter|mid|short|medium|long)[\s-]*)\bterm\s*[1-6]\b/i;
/** "Term 1 21": a numbered term then a year's two digits, which no form reads as a term's year either; "Term 3 25%" is a share done, no year. */
const NUMBERED_TERM_SHORT_YEAR = new RegExp(`${NUMBERED_TERM.source}\\s*['’-]?\\s*\\d{2}\\b(?!\\s*[/.-]?\\s*\\d)(?!\\s*[a-z%])`, "i");
/** "Spring 1", "by end of Autumn term 2": a school's half-term with no year, as "Spring 1 2022" is read (HALF_TERM_MONTHS). */
const HALF_TERM_WITHOUT_YEAR = /^\s*(?:(?:by|during|in)\s*)?(?:the\s+)?(?:end\s*(?:of\s+)?)?(?:spring|summer|autumn)(?:\s+term)?\s*[12](?:\s+term)?\s*(?:\.\s*)?$/i;
/** Forms that give only a year, which a numbered term leaves without a date: "Term 1 2021/22" is no 31 March 2022. */
const YEAR_ONLY_FORMS: readonly DateForm[] = ["financialYear", "namedFinancialYear", "academicYear"];

/**
 * Cheap tests a text must pass for a form to match it. The quarter, half and day-month-year patterns
 * are long: compiling them (V8 compiles a pattern when first used, and again to machine code when
 * used a second time) cost about 10 ms of a first run on a sheet whose time scales never name one.
 * Each test is implied by its patterns, so a text failing it could not have matched them.
 */
/** Every quarter pattern holds "q" (Q3, Qtr, quarter). */
const NAMES_QUARTER = /q/i;
/** Both half patterns hold "h" then 1 or 2 (H1, h 2). */
const NAMES_HALF = /h\s?[12]/i;
/** dayMonthYear: a day's digits, its ending, spaces or a dash, then the month's first letter. */
const NAMES_DAY_BEFORE_WORD = /\d(?:st|nd|rd|th)?(?:\s+of)?[\s-]+[a-z]/i;

/**
 * A phase, stage or period written short ("Ph 2", "Stg 2", "Pd 4"): after other words the letters may be something else, "Update to
 * PH 1 Dec 2021" (Public Health), "Invoice pd 4 Jan 2022" (paid), so before a month with no dash they open the text, as OPENING_STAGE_WORDS do.
 */
const SHORT_STAGE_WORDS = "ph|stg|pd";
/**
 * "PH" in capitals, as plans name Public Health beside the CCG ("Data by PH 3 Dec 2021", "CCG / PH 1 - Dec 2021"): no phase, so the
 * number after it is the day. The date forms ignore case, so the letters are blanked out of the text they are tried on, which keeps
 * its length, so each match's place in the text stays right. "Ph 2" and "ph 2" are still phases; "PH2", joined as "Q3" is, is one too.
 */
const PUBLIC_HEALTH = /\bPH\b/g;
const withoutPublicHealth = (text: string): string => (text.includes("PH") ? text.replace(PUBLIC_HEALTH, "__") : text);
/**
 * Stages of the work counted by one digit, a programme's year or month among them, written short too ("Yr 1", "Mth 3"), and
 * a finance or programme period ("Period 4"), a project's sprint ("Sprint 2"), an audit's cycle ("Cycle 1") and a round, as a wave is;
 * a phase, stage or period written short too.
 */
const STAGE_WORDS = `phase|stage|step|year|yrs?|month|mths?|period|sprint|cycle|part|milestone|tranche|wave|round|${SHORT_STAGE_WORDS}`;
/** Stage words that number nothing but a stage where they stand alone. */
const PLAIN_STAGE_WORDS = "phase|stage|step|year|part|milestone|tranche|wave";
/**
 * Stage words that follow a noun naming the period as often ("Audit cycle 1 April 2022", "Notice period 1 Jan 2022", "Next funding round
 * 1 May 2022", "Each month 1 June 2022"), where the digit is the day the period starts: before a month with no dash they number a
 * stage only opening the text, or after "by", "in" or "end of" ("By Sprint 2 Mar 2022").
 */
const OPENING_STAGE_WORDS = `yrs?|month|mths?|period|sprint|cycle|round|${SHORT_STAGE_WORDS}`;
/** A stage word whose digit before a month, with no dash, is a stage's number: any plain one, an opening one where it opens the text. */
// The look-ahead before the look-behind: the look-behind scans back over every space before it, so tried only where a word begins it
// stays one pass over a long run of spaces, not one per space.
const STAGE_BEFORE_MONTH = `(?:\\b(?:${PLAIN_STAGE_WORDS})|(?=${OPENING_STAGE_WORDS})(?<=^\\s*|\\b(?:by|in|end\\s+of)\\s+)(?:${OPENING_STAGE_WORDS}))`;
/**
 * Words that number a step of the work ("Phase 1 - Dec 21", "Stage 2 - March 2022", "Term 2 - Jan 2022", "Quarter 3 - Dec 2021", "Q 3 - Dec 2021"):
 * the number after them is no day. A week's number ("Week 2 - Dec 2021", "Wk 2 - Dec 2021") is none either; "w/c 13 - Dec 2021" names the day.
 */
const STEP_WORDS = `${STAGE_WORDS}|item|term|quarter|qtr|q|week|wks?|cohort|session|module|level|priority|action|objective|aim|task`;
/**
 * Steps and periods counted by one digit ("Term 1", "Qtr 3", "Q 3", "Stage 1", "Year 1"): that digit before a month, with no dash, is no
 * day either ("Term 1 Sept 2021", "Stage 1 March 2022"). An event's ("Session 1 Dec 2021", "Cohort 2 May 2022") may be held that day, so stays one.
 * A digit joined to its Q ("Q3 Dec 2021") starts no word, so is never read as a day.
 */
const PERIOD_NUMBER_WORDS = `(?:\\b(?:term|quarter|qtr|q)|${STAGE_BEFORE_MONTH})`;
/** A week of the month is one of five ("Week 2 Dec 2021"); "Week 6 Dec 2021" may be the week of the 6th, so stays a day. */
const WEEK_WORDS = "week|wks?";

/** After a month, its year with a space or a dash ("Dec 2021", "Dec-21", as Excel shows a month): a month named with its year, not a day's. */
const YEAR_AFTER_MONTH = "\\.?,?(?:\\s+|-)\\d";

/** Where a month, quarter or season begins: at a word's start, or just after "by", "in" or "end" opening the text, typed with no space ("bySept 2021"). */
export const WORD_START = "(?:\\b|(?<=^\\s*(?:by|in|end)))";

/** Each date a time scale may mention, in the order they are tried: where two match the same words, the earlier one read them. */
const DATE_FORMS: { name: DateForm; pattern: RegExp; needs?: RegExp }[] = [
  // "2021-06-14", and the same year first with slashes or dots ("2021/06/14", "2021.06.14").
  { name: "iso", pattern: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b/g },
  { name: "numeric", pattern: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g },
  // "Sept 1-30", "Mar 14-18 2022", "Jan 10–12, 2022": days of a month, its first and last (readMention: where the last is after the
  // first), due at the last where a year follows, never a day and a two-digit year ("Sept 1-30" is no 1 September 2030); not a
  // month's year then a day of another ("Apr 21 - 30 Mar 22").
  { name: "monthDayRange", pattern: new RegExp(`\\b${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(\\s*)[-–](\\s*)(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?![\\s.]*(?:${MONTH_NAMES})\\b)(?:,?\\s*(\\d{4})\\b)?(?!\\s*[-–/.]\\s*\\d)`, "gi") },
  // "March 31/2022", "Mar 31/22", "March 31 22", "Sept 30 - 2022", "Mar-31-2022", "Mar.31.22": a month, its day, then its year
  // after a slash, dash, stop, comma or space, as UK teams write "Mar 31/22" (readMention: where the day is plainly a day).
  // Tried before a day then its month, so "Mar 31/22 - Sept 30/22" is two such dates, not "22 - Sept 30", 22 September 2030.
  { name: "monthDayJoinedYear", pattern: new RegExp(`\\b${MONTH_WORD}(?:\\.?\\s+|\\s*[-/.]\\s*)(\\d{1,2})(?!\\d)(st|nd|rd|th)?(?:(\\s*)([-–/.,])\\s*|\\s+)(\\d{4}|\\d{2})\\b(?!\\s*[-–/.]\\s*\\d)`, "gi") },
  // "30 Sep 21", "30-Sep-2021", "1st April 2021". A number just after a month word is that month's
  // year, not a day: "Apr 21 - Mar 22" is a range of months, not 21 March 2022. A step's number then a spaced dash
  // before a month and its year joined by a space or a dash is a label's, "Phase 1 - Dec 21", "Phase 1 - Dec-21", not 1 December 2021, as a term's or quarter's one digit is
  // with a space alone ("Term 1 Sept 2021", where "Session 14 Dec 2021" may be the day); with no
  // step word before it, "14 - Dec 2021" is 14 December ("21 - Mar - 22", dashes both sides, is 21 March 2022).
  { name: "dayMonthYear", pattern: new RegExp(`(?<!\\b(?:${MONTH_NAMES})\\.?,?(?:\\s+|\\s*[-']\\s*))(?!(?<=\\b(?:${STEP_WORDS})\\.?\\s*)\\d{1,2}(?:st|nd|rd|th)?(?:\\s+-\\s*|-\\s+)(?:${MONTH_NAMES})${YEAR_AFTER_MONTH})(?!(?:(?<=${PERIOD_NUMBER_WORDS}\\.?\\s*)\\d|(?<=\\b(?:${WEEK_WORDS})\\.?\\s*)[1-5])\\s+(?:${MONTH_NAMES})${YEAR_AFTER_MONTH})\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+${MONTH_WORD}\\.?,?[\\s-]+${YEAR}\\b`, "gi"), needs: NAMES_DAY_BEFORE_WORD },
  // "June 14, 2021", "June 14 2021", "Jun 14th 2021", and a system's "Mon Jun 14 2021 00:00:00 GMT+0100": with a
  // four-digit year after it, the number after the month is its day (readMention: unless it reads as the year before).
  { name: "monthDayYear", pattern: new RegExp(`(\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?\\b${MONTH_WORD}\\.?\\s+(\\d{1,2})(st|nd|rd|th)?(,)?\\s*(?<=[\\s,])(\\d{4})\\b(\\s+\\d{1,2}:\\d{2})?`, "gi") },
  // "Q1/2 2026/27", "Q3-Q4 21/22": quarters of the UK financial year, due at the last one's end.
  { name: "financialQuarterRange", pattern: new RegExp(`\\bq\\.?\\s?([1-4])\\s*(?:[-/&–]|and|to)\\s*(?:q\\.?\\s?)?([1-4])\\s*(?:of\\s+)?(?:fy\\s*)?${YEAR}\\s*[/-]\\s*(\\d{4}|\\d{2})\\b`, "gi"), needs: NAMES_QUARTER },
  // "End of Q2 2021/22", "Q3 21/22", "Q2/26-27", "3rd Qtr FY 2021/22", "Q3 (2021/22)": a quarter of the UK financial year, April to March.
  { name: "financialQuarter", pattern: new RegExp(`${WORD_START}${QUARTER}(?:(?<!\\d\\s+q\\.?\\s?[1-4])[-/](?=\\d)|\\s*${MONTHS_BETWEEN}(?:of\\s+)?)(?:\\(\\s*)?(?:fy\\s*)?${YEAR}\\s*[/-]\\s*(\\d{4}|\\d{2})\\b`, "gi"), needs: NAMES_QUARTER },
  // "FY 21/22 Q1-Q4", "2026-27 Q1-Q2", "2026/27 Q3/4": the year first, then its quarters, due at the last one's end.
  { name: "yearThenQuarterRange", pattern: new RegExp(`\\b(?:fy\\s*)?${YEAR}\\s*[/-]\\s*(\\d{4}|\\d{2})\\s*q\\.?\\s?([1-4])\\s*(?:[-/&–]|and|to)\\s*(?:q\\.?\\s?)?([1-4])\\b`, "gi"), needs: NAMES_QUARTER },
  // "FY 2022-23 Q2", "FY21/22 Q3", "2026/27 Q2", "2025-2026 Q3": the financial year first, then its quarter.
  { name: "yearThenQuarter", pattern: new RegExp(`\\b(?:fy\\s*)?${YEAR}\\s*[/-]\\s*(\\d{4}|\\d{2})\\s*${QUARTER}(?!\\s*(?:[-–&,]|and|to)\\s*(?:q|qtr|quarter|[1-4]\\b))`, "gi"), needs: NAMES_QUARTER },
  // "H1 2026/27" (April to September), "H2 2026" (July to December), "2026/27 H2": half a year, due at its end;
  // "H1-H2 2026/27", "2026/27 H1/H2": both halves, the whole year.
  { name: "half", pattern: new RegExp(`\\bh\\s?([12])(?:\\s*(?:[-/&–]|and|to)\\s*h?\\s?([12]))?\\s*(?:of\\s+)?(?:fy\\s*)?${YEAR}(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?\\b(?!\\s*[/-]\\s*\\d)`, "gi"), needs: NAMES_HALF },
  { name: "yearThenHalf", pattern: new RegExp(`\\b(?:fy\\s*)?${YEAR}(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?\\s+h\\s?([12])(?:\\s*(?:[-/&–]|and|to)\\s*h?\\s?([12]))?\\b`, "gi"), needs: NAMES_HALF },
  // "Q3/4 2026", "Q3-Q4 2026", "Q3 & Q4 2026", "Q3/4 26": quarters of the calendar year, due at the last one's end.
  { name: "quarterRange", pattern: /\bq\.?\s?([1-4])\s*(?:[-/&–]|and|to)\s*(?:q\.?\s?)?([1-4])\s*(?:[-/]\s*)?(\d{4}|\d{2})\b(?!\s*[/-]\s*\d)/gi, needs: NAMES_QUARTER },
  // "2026 Q3/4", "2026 Q3-Q4": the same, year first.
  { name: "yearQuarterRange", pattern: /(?<!\bfy\s*)\b(\d{4})(?:\s*-\s*|\s+)q\.?\s?([1-4])\s*(?:[-/&–]|and|to)\s*(?:q\.?\s?)?([1-4])\b(?!\s*[/-]\s*\d)/gi, needs: NAMES_QUARTER },
  // "Q4/26", "Q4-26", "Q4 26": a quarter with its year's last two digits.
  { name: "shortYearQuarter", pattern: new RegExp(`${WORD_START}${QUARTER}(?:\\s*${MONTHS_BETWEEN.slice(0, -1)}|\\s*[-/\\s]\\s*)(\\d{2})\\b(?!\\s*[/-]\\s*\\d)`, "gi"), needs: NAMES_QUARTER },
  // "Q3 2021", "Q3-2021", "3rd quarter 2021": a quarter of the calendar year, not of years that do not follow on ("Q3 2026/2028");
  // "2021-Q3", "2021 Q3" the same, year first.
  { name: "quarter", pattern: new RegExp(`${WORD_START}${QUARTER}\\s*${MONTHS_BETWEEN}(?:of\\s+|[-/]\\s*)?(\\d{4})\\b(?!\\s*/\\s*\\d|-\\d)`, "gi"), needs: NAMES_QUARTER },
  { name: "yearQuarter", pattern: new RegExp(`(?<!\\bfy\\s*)\\b(\\d{4})(?:\\s*-\\s*|\\s+)${QUARTER}\\b(?!\\s*[/-]\\s*\\d)`, "gi"), needs: NAMES_QUARTER },
  // "FY 21/22", "FY2021/22": the end of that financial year.
  { name: "namedFinancialYear", pattern: /\bfy\s*(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})\b/gi },
  // "Spring 1 2022", "Autumn 2 2021/22", "Spring term 1 2022": a school's half-term, due at the end of its last month (HALF_TERM_MONTHS).
  { name: "halfTerm", pattern: new RegExp(`${WORD_START}(spring|summer|autumn)(?:\\s+term)?\\s*([12])(?:\\s+term)?(?:\\s+|\\s*\\(\\s*)${YEAR}(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?\\b(?!\\s*[/-]\\s*\\d)`, "gi") },
  // "Academic year 2021/22", "2021-22 academic year": a school year, September to July.
  { name: "academicYear", pattern: new RegExp(`\\bacademic\\s+year\\s*[:(]?\\s*(?:of\\s+)?${YEAR}\\s*[/-]\\s*(\\d{4}|\\d{2})\\b|\\b${YEAR}\\s*[/-]\\s*(\\d{4}|\\d{2})\\s+academic\\s+year\\b`, "gi") },
  // "Spring 2021", "Autumn term 2021", "Winter 2021/22"
  { name: "season", pattern: new RegExp(`${WORD_START}(${SEASON_NAMES})(\\s+term)?(?:\\s+(?:of\\s+)?|\\s*'\\s*)${YEAR}(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?\\b`, "gi") },
  // "December 2019", "Sept 21", "Dec-19", "Sep21"
  { name: "monthYear", pattern: new RegExp(`${WORD_START}${MONTH_WORD}\\.?,?(?:\\s+|\\s*[-']\\s*|(?=\\d))${YEAR}\\b`, "gi") },
  // "12/2021"
  { name: "numericMonth", pattern: /\b(\d{1,2})[/.](\d{4})\b/g },
  // "2022 (March)": the year, then its month in brackets. Tried after a month and its year, so "Sept 2021 (March)" is
  // September 2021, as written first, and its "(March)" a revision with no year (BRACKETED_MONTH), never March 2021.
  { name: "yearThenMonth", pattern: new RegExp(`\\b((?:19|20)\\d{2})\\s*\\(\\s*${MONTH_WORD}\\.?\\s*\\)`, "gi") },
  // "2020/21", "2020/2021": the end of that financial year.
  { name: "financialYear", pattern: /\b(\d{4})\s*[/-]\s*(\d{4}|\d{2})\b/g },
];

/** "2021", "By 2021": a year and nothing finer. */
export function isYearAlone(text: string): boolean {
  return YEAR_ALONE.test(text);
}

const YEAR_ALONE = /^\s*(?:(?:completed\s+)?by(?:\s+the)?(?:\s+end\s+of)?|(?:the\s+)?end\s+of|during|in|within)?\s*(20\d{2})\s*(?:\.\s*)?$/i;

/**
 * Two dates joined like this make a range, which is due at its end: "1st April 2021 – 31st March 2022", and "Apr 2021/Mar 2022"
 * as "2021/22" is, the period's end.
 */
const RANGE_JOIN = /^\s*(?:[,;]\s*)?(?:-|–|—|\/|to|until|till|through|(?:and\s+)?(?:end(?:s|ing)?|finish(?:es|ing)?|complet(?:e|es|ing|ion))(?:\s+(?:in|on|by))?(?:\s*:)?)\s*$/i;

/**
 * Words that put a new date in place of an earlier one, when only joining words ("to", "date",
 * "end of") and punctuation stand between them and the date: "revised to Dec 2021", "New: January
 * 2022", "extended to the end of March 2022". "Moved from June 2021" introduces the old date, so
 * "from" is no joining word. A date so introduced that is before the first one mentioned is the day
 * the change was made ("March 2022 (revised in Jan 2022)"), which readTimeScaleText passes over.
 */
const REVISED_BEFORE_DATE = new RegExp(
  "\\b(?:revised|revision|amended|extended|extension|new|moved|changed|rescheduled|deferred|postponed|delayed|slipped|pushed\\s+back|put\\s+back|carried\\s+forward|now)" +
    "(?:[\\s:;,.(\\-–—]|\\b(?:to|until|till|for|by|on|in|at|is|as|of|the|end|again|back|date|deadline|due|target|completion|timescale|time|scale)\\b)*$",
  "i",
);

/**
 * Words opening what follows a date that name the next date as the one the action is due by: "Agreed at Board in March 2021, due
 * Sept 2021", "Approved March 2021 - due by December 2021", "Signed off Jan 2021; deadline June 2021", "target date: Sept 2021".
 * The first date is then when the plan was agreed or the work began. Only where they open the words, after punctuation or "and":
 * "review due March 2022" and "next update due March 2022" name another thing's date, and "was due" the one replaced. "Due to"
 * gives a reason, never a date.
 */
const DUE_BEFORE_DATE =
  /^[\s,;:.()\-–—]*(?:and\s+)?(?:(?:with\s+)?(?:a|the)\s+)?(?:final\s+)?(?:due(?:\s+date)?|deadline(?:\s+date)?|target(?:\s+completion)?(?:\s+date)?|completion(?:\s+date)?|(?:to\s+be\s+)?complete(?:d(?=\s+by))?)(?:\s+(?:is|of))?\s*(?:[:\-–]\s*)?(?:(?:by|in|on|for|at)\s+)?(?:the\s+)?(?:end\s+(?:of\s+)?(?:the\s+)?)?$/i;
/** Whether words hold one DUE_BEFORE_DATE needs: V8 compiles that pattern to some 12 kB of bytecode, which a range's "to" need not pay for. */
const NAMES_DUE = /due|deadline|target|complet/i;

/**
 * A body a plan's work is reported to: "Board", "SAB", "the LSCP Strategic Group", "the Leadership Group", "the MASH Steering Group",
 * "the LSCP Sub-Group", "Health and Wellbeing Board", "the Exec team", "the Senior Leadership Team", "the Strategic Partners meeting";
 * its name's words are no "to", "be" or "in", so "moved to be reported to Board in" is no move to a body. A team is one only where it
 * meets as the executive, leadership or management: "moved to new team" or "to the Comms team" hands the work to others.
 */
const MEETING =
  "(?:the\\s+)?(?:(?!(?:to|be|in|at|on|for|by)\\s)[a-z&]+\\s+){0,3}?(?:board|sab|(?:sub-?)?group|panel|forum|executive|exec|(?:exec|executive|leadership|management)\\s+team|committee|meeting)";
/**
 * Words opening what follows a date that move the work to the next date, with its year: "Sept 2021 (to be Q4 2021/22)", "(now to be
 * March 2022)", "(moved to Board in March 2022)", "(deferred to Board at the end of March 2022)", "(deferred to SAB at its March 2022 meeting)", "(now to be reported to Board in
 * March 2022)". Only where they open the words, after any punctuation, and only to a body the work goes to: "refresher to be March 2022",
 * "draft moved to Strategic Group in Oct 2021" and "Chair moved to Essex in March 2022" name another thing's date, and "to be
 * confirmed March 2022", "to be reported to Board in March 2022" or "now published in March 2022" no new date for the action.
 */
const MOVED_BEFORE_DATE = new RegExp(
  `^[\\s,;:.()\\-–—]*(?:(?:now\\s+)?to\\s+be|(?:moved|deferred|postponed|rescheduled|now\\s+to\\s+be\\s+(?:reported|presented))\\s+to\\s+${MEETING}\\s+(?:in|at|on))\\s+(?:(?:the|its|their)\\s+)?(?:end\\s+of\\s+(?:the\\s+)?)?$`,
  "i",
);
/**
 * Words just before a date that name part of its time: "mid", "early" or "late" before a month ("mid March 2022"), "w/c" or "week
 * commencing" before a day ("w/c 7 March 2022"), and a quarter's first month before its last ("Jan-Mar 2022", "Oct to Dec 2021").
 * Read alone, each is due where the date after it is, so a revision or a move to one is too (withoutTimeLead).
 */
const TIME_LEAD = /(?:\b(mid|early|late)[\s-]*|\b(w\/c|week\s+(?:commencing|beginning))\s*|\b(jan(?:uary)?|apr(?:il)?|july?|oct(?:ober)?)\.?\s*(?:-|–|to)\s*)$/i;
/** Whether words hold a word TIME_LEAD needs, so words between two dates that hold none do not compile it. */
const NAMES_TIME_LEAD = /mid|early|late|w\/c|week|jan|apr|jul|oct/i;
/** The date forms a day is written in, which "w/c" may stand before. */
const DAY_FORMS: readonly DateForm[] = ["iso", "numeric", "dayMonthYear", "monthDayYear", "monthDayJoinedYear"];
/**
 * The words before a date without the part of its time they end with, where that part fits the date: "(to be mid " before "March
 * 2022" is "(to be ", so "Sept 2021 (to be mid March 2022)" is read as "mid March 2022" alone is. A lead that does not fit ("w/c
 * March 2022", "Dec - March 2022", a month's part before a quarter) leaves the words as they are.
 */
function withoutTimeLead(words: string, date: Mention): string {
  if (!NAMES_TIME_LEAD.test(words)) return words;
  const lead = TIME_LEAD.exec(words);
  if (!lead) return words;
  const [, partOfMonth, week, firstMonth] = lead;
  const dueMonth = date.scale.due === null ? null : Number(date.scale.due.slice(5, 7));
  const fits = partOfMonth
    ? date.form === "monthYear"
    : week
      ? DAY_FORMS.includes(date.form)
      : date.form === "monthYear" && dueMonth === MONTHS[firstMonth!.toLowerCase()]! + 2;
  return fits ? words.slice(0, lead.index) : words;
}
/** What follows a date that ends the text or closes the brackets it stands in: ")", ".", "), agreed Jan 2022", ") - Board". */
const CLOSES_DATE = /^\s*(?:\.?\s*$|\)\s*(?:$|[.,;(]|[-–—]\s))/;
/** The closing bracket CLOSES_DATE allows, taken off before asking whether a note after it names another part. */
const CLOSING_BRACKET = /^\s*\)/;
/** Whether words hold one MOVED_BEFORE_DATE needs, so words between two dates that hold none do not compile it. */
const NAMES_MOVE = /to\s+be|moved|deferred|postponed|rescheduled/i;
/** Whether the words between two dates name the second as the one due. */
const namesDueDate = (words: string): boolean => NAMES_DUE.test(words) && DUE_BEFORE_DATE.test(words);
/** Whether the words between two dates name the second as the date the work is moved to. */
const namesMoveDate = (words: string): boolean => NAMES_MOVE.test(words) && MOVED_BEFORE_DATE.test(words);
/**
 * Words opening what follows a date named as due that say it is another part's or another piece of work's: "Sept 2021, target March
 * 2022 for phase 2", "due March 2022 (for the review)", "for the second part", "for roll-out", "for the next update". That date is
 * another thing's, as "review due March 2022" is, and the date read before it stands. Words naming who does the work or who hears of
 * it ("for all partners", "for Board") or the action's own end ("for completion") leave the date named as due the action's. Tried
 * only on the words after a date DUE_BEFORE_DATE has named, and holding "for" (NAMES_FOR): V8 compiles it to some 30 kB of bytecode.
 */
const FOR_ANOTHER_PART =
  /^[\s,;:(\-–—]*for\s+(?:the\s+)?(?:(?:completion|delivery|implementation|start|launch)\s+of\s+(?:the\s+)?)?(?:next\s+[a-z]|(?:(?:first|second|third|fourth|final|last|later|remaining|1st|2nd|3rd|4th)\s+)?(?:phase|stage|part|step|tranche|wave|strand|element|workstream|pilot|review|refresh|roll[-\s]?out|evaluation|audit|re-?audit|follow[-\s]?up)s?\b)/i;
/** Whether words may hold what FOR_ANOTHER_PART needs, so a date named as due with no "for" after it does not compile that pattern. */
const NAMES_FOR = /for\s/i;
/**
 * What may stand before a time scale's first date for it to be the action's own deadline: nothing, a label of it ("Due:", "Target date",
 * "By the end of"), or the part it is for ("Phase 1 -"); not "Agreed at Board in" or "Started", after which a date is no deadline, and a
 * later date named as due, even another part's, is the nearest the text gives.
 */
const FIRST_DATE_DUE = /^[\s,;:.()\-–—]*(?:(?:due|target|deadline|date|completion|by|in|the|end|of|phase|stage|part|step|[1-4]|one|first)\b[\s,;:.()\-–—]*)*$/i;

/**
 * A quarter, month or season alone, perhaps after "by" or "end of", or two of them: "Q3", "September", "by end of Q2",
 * "Due Q3", "31 March", "Jan-Mar", "Autumn term"; "bySept" and "endQ3" too, typed with no space.
 * It names a time of year, not which year: a plan's actions run past a year's end, so none is guessed.
 */
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
/**
 * A day after its month, with no year: "September 6th", "Dec 1", "March 31", "Sep 30". Two digits after a month are
 * otherwise its year, as UK trackers write "Mar 22" and "Sept 21" and Excel shows "Jun-15"; but 30 and 31 after a space
 * are the month-end days deadlines fall on ("31 March" the American way round), which no plan means as 2030 or 2031.
 */
const DAY_AFTER_MONTH = "\\s+(?:\\d{1,2}(?:st|nd|rd|th)|3[01]|[1-9])(?!\\d)";
/** A month then a space and 30 or 31, the whole of a monthYear match: a day, not a year ("March 31"). */
const DAY_NOT_YEAR = new RegExp(`^(?:${MONTH_NAMES})\\.?,?\\s+3[01]$`, "i");
/**
 * A quarter, a season, or a month with perhaps its day ("31 March", "September 6th", "March 31"). A number before a quarter may be
 * its year ("21 Q4"), and two digits after a month are one ("Apr 21 - Mar 22"), save 30 and 31 (DAY_AFTER_MONTH).
 */
const TIME_OF_YEAR = `(?:${QUARTER}|(?:${DAY}(?:\\s+|\\s*-\\s*))?(?:${MONTH_NAMES})(?:${DAY_AFTER_MONTH})?|${SEASON_NAMES})`;
/** A remark in brackets after a time of year, with no number that could be its year: "Mar 31 (year end)", "Q3 (see note 2)", "Sept (revised to Q4)". */
const REMARK = "(?:\\s*\\((?![^()]*\\b(?:19|20)\\d{2}\\b)(?![^()]*\\d{2}\\s*[/-]\\s*\\d{2})[^()]*\\))?";
const PERIOD_WITHOUT_YEAR = new RegExp(
  `^\\s*(?:(?:to\\s+be\\s+)?(?:completed?|due|done)\\s+)?(?:(?:by|during|in)\\s*)?(?:the\\s+)?(?:end\\s*(?:of\\s+)?|(?:mid|early|late)(?:\\s*-\\s*|\\s+))?${TIME_OF_YEAR}(?:\\s*(?:-|–|/|to)\\s*${TIME_OF_YEAR})?(?:\\s+term)?${REMARK}\\s*(?:\\.\\s*)?$`,
  "i",
);
/**
 * Whether a text holds a word PERIOD_WITHOUT_YEAR needs: V8 takes some 6 ms to compile that pattern the first time it runs,
 * which "Ongoing" or "As per meeting cycle" need not pay.
 */
const NAMES_TIME_OF_YEAR = /q\.? ?[1-4]|qtr|quarter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter/i;
const TIME_OF_YEAR_WORD = new RegExp(`\\b(?:${QUARTER}|${MONTH_NAMES.replace("may|", "")}|may(?!\\s+[a-z])|${SEASON_NAMES.replace("|fall", "")})\\b`, "i");
/**
 * Whether a text mentions a quarter, month or season ("Extended to Q4", "Mid September"): it means a date, given or not.
 * "May" before a word is the verb ("May be extended"), and "fall" the verb ("Fall back to the original date").
 */
export const mentionsTimeOfYear = (text: string): boolean => TIME_OF_YEAR_WORD.test(text);
/** A quarter with a number beside it, alone: "21 Q4", "Q4 21st", "3rd Q4". */
const QUARTER_AND_NUMBER = new RegExp(`^\\s*(?:\\d{1,4}(?:st|nd|rd|th)?\\s*(?:[-/]\\s*)?${QUARTER}|${QUARTER}\\s*(?:[-/]\\s*)?\\d{1,4}(?:st|nd|rd|th)?)\\s*(?:\\.\\s*)?$`, "i");
/** The end of the problem a time of year with no year gives, by which its finding asks for the year. */
export const NAMES_NO_YEAR = "names no year";
/** The end of the problem a quarter of a financial year named by one year gives ("Q1 FY22"), by which its finding asks for the year in full. */
export const NAMES_ONE_FINANCIAL_YEAR = "names a quarter of a financial year by one year";
/** The end of the problem a time scale naming only the date it replaced gives ("TBC (was Dec 21)"), by which its finding asks for the new one. */
export const NAMES_REPLACED_DATE = "is the one replaced";
/** Words before a time scale's one date that make it a start: "From", "Starting in", "Since". */
const STARTS_FROM = /^\s*(?:(?:ongoing|continuous|quarterly|monthly|termly|annually|weekly|yearly|regularly)[\s,;:-]*)?(?:from|since|starting(?:\s+(?:in|from|on))?|start(?:s|ed)?(?:\s+(?:in|from|on))?|commencing|beginning)\s*:?\s*$/i;
/** Words after it that do the same: "onwards", "– ongoing", "and ongoing". */
const ONWARDS = /^\s*(?:(?:[-–—,]|and)\s*)?(?:onwards?|ongoing|and\s+ongoing)\b/i;

const NUMBER = /\d/;
/** "Spring - revised", "Sept and Dec", "by end of Q3, then yearly": a time of year first, perhaps after "by", "due" or "end of". */
const OPENS_WITH_TIME_OF_YEAR = new RegExp(`^\\s*(?:(?:by|due|end|of|in|during|mid|early|late|the|to|be|complete[ds]?|done|target)\\s+)*${TIME_OF_YEAR_WORD.source}`, "i");
/**
 * "6 months", "Within 12 weeks", "3-6 months", "6 months from sign-off": a length of time opening the text, a deadline counted
 * from a day the cell does not give. "6 monthly" and "Every 6 months" recur, and are left to RECURS.
 */
const LENGTH_OF_TIME = /^\s*(?:(?:within|in|by|after|over|up\s+to|approx(?:\.|imately)?|about)\s+)?(?:\d+|one|two|three|four|five|six|nine|twelve|eighteen)(?:\s*(?:-|–|to)\s*\d+)?\s*(?:days?|weeks?|wks?|months?|mths?|years?|yrs?)\b(?!-)/i;

/** "Q3 onwards", "Ongoing from Q2", "From April 1": when work starts, with no end to be overdue by. */
const OPEN_ENDED = /\b(?:onwards?|ongoing)\b|^\s*(?:from|since|starting|start(?:s|ed)?|commencing|beginning)\b/i;

/**
 * "July annually", "July each year", "Every 6 months (March and September)", "Quarterly: Q1, Q2": work that recurs, wherever the
 * word stands; "each" and "every" only before a time ("each September"), as "Each partner by end of Q3" is one date.
 */
const RECURS = new RegExp(
  `\\b(?:annual(?:ly)?|bi-?annual(?:ly)?|biennial(?:ly)?|yearly|quarterly|monthly|termly|thereafter|twice|per\\s+(?:year|annum|quarter|term)|(?:each|every)\\s+(?:other\\s+|\\d+\\s+)?(?:years?|quarters?|months?|terms?|weeks?|meetings?|${MONTH_NAMES}|q\\.?\\s?[1-4]|${SEASON_NAMES}))\\b`,
  "i",
);
const TIME_OF_YEAR_ITEM = `(?:${QUARTER}|${MONTH_NAMES}|${SEASON_NAMES})\\.?`;
/** "Jan, Apr, Jul, Oct", "Q1, Q2, Q3 and Q4": three times of year or more with no year, the times work recurs at, not one date meant. */
const SEVERAL_TIMES_OF_YEAR = new RegExp(`\\b${TIME_OF_YEAR_ITEM}(?:\\s*(?:,|&|/|\\band\\b)\\s*${TIME_OF_YEAR_ITEM}){2,}\\b`, "i");

/** Words just before a date that make it the one replaced: "was Dec 21", "(previously June 2021)", "Original date: March 2022". */
const OLD_DATE_BEFORE = /\b(?:was|previously|originally|formerly|old\s+date|original(?:\s+(?:date|deadline|target|timescale))?)\s*(?:[:\-–]\s*)?(?:(?:due|set)\s+)?(?:(?:in|by|on|for)\s+)?$/i;
/**
 * What is left of a time scale once its old dates and their words are taken out, where it only labels them ("Original date",
 * "Due date") or says the work is done ("Completed - was due Dec 2021"): nothing said in the date's place.
 */
const DATE_LABEL_ONLY = /^[\s\p{P}]*(?:(?:the|due|target|deadline|date|dates|time\s*scale|completed?|done|closed)\b[\s\p{P}]*)*$/iu;

/** The text with each date named and the words marking it as the old one ("was", "Original date:") taken out. */
function withoutOldDates(text: string, mentions: readonly { at: number; end: number }[]): string {
  let rest = "";
  let from = 0;
  for (const m of mentions) {
    const before = text.slice(from, m.at);
    rest += before.slice(0, OLD_DATE_BEFORE.exec(before)?.index ?? before.length);
    from = m.end;
  }
  return rest + text.slice(from);
}

/** "TBC", "to be agreed": the new date is not yet set. */
const TO_BE_CONFIRMED = /\b(?:tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|decided|set|arranged|determined))\b/i;

/** "revised in Dec 2021", "changed on 10/01/2022", "amended at the Jan 2022 meeting": the date after these words is when the change was made. */
const WHEN_CHANGED = /\b(?:in|on|at|as\s+of)\s+(?:the\s+)?$/i;
/** "revised on 01/05/2021 to Sept 2021": after the day of a change, the date it changed to. */
const CHANGED_TO = /^\s*(?:,\s*)?(?:to|until|till)\s*$/i;
/**
 * "next quarter", "next financial year", "the new year": a time said from the date before, with no date to read it by;
 * not "next quarter's figures", which names what was updated.
 */
const RELATIVE_TIME = "(?:next\\s+(?:financial\\s+|calendar\\s+|academic\\s+)?(?:year|quarter|month|term)|new\\s+year)\\b(?!['’]s\\b)";
/**
 * "31/3", "1/4": a day and a month in digits with no year; not a fraction or a count before what it counts ("1/2 day",
 * "3/4 sessions"), though a word that joins on ("31/3 at Board", "31/3 tbc") may follow.
 */
const DAY_MONTH_DIGITS = "\\d{1,2}\\s*/\\s*\\d{1,2}\\b(?!\\s*/)(?!\\s*(?!(?:at|for|to|by|and|or|tbc|tba|tbd|subject|pending|if|when|with|in|on)\\b)[a-z])";
/**
 * A quarter in the spellings QUARTER reads ("Q4", "Q 4", "Q. 4", "Qtr 4", "Qtr. 4", "Quarter 4", "4th quarter"), in few branches and no
 * group to capture: V8's compile of REVISION_AFTER, which holds it, grows with each branch.
 */
const REVISION_QUARTER = "q(?:tr|uarter)?\\.?\\s*[1-4]|(?:1st|2nd|3rd|4th)\\s+(?:qtr|quarter)";
/**
 * What a revision's words must open with to name a time: a month, quarter or season, perhaps after "the", "end of", "start of",
 * "mid", "w/c" or a day ("31 March", "the 30th June"), the year's end, a year alone ("early 2022"), the next quarter or year ("next financial year", "the new year"),
 * or a day and a month in digits ("31/3"); not "updated to include 12 months data", "updated to
 * SAB in May", "now year end report" or "to be year-end report", remarks that name none.
 */
const REVISION_TARGET = `(?:the\\s+)?(?:(?:end|start|beginning)\\s+(?:of\\s+)?(?:the\\s+)?)?(?:(?:w/c|week\\s+(?:commencing|beginning))\\s*)?(?:(?:mid|early|late)[\\s-]+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?:(?:${MONTH_NAMES}|${REVISION_QUARTER}|${SEASON_NAMES})\\b|(?:financial\\s+|calendar\\s+)?year(?:[-\\s]?end)?\\b(?!-)(?!\\s+[a-z])|(?:19|20)\\d{2}(?=\\s*(?:$|[).,;]))|${RELATIVE_TIME}|${DAY_MONTH_DIGITS})`;
/**
 * The words a revision opens with, up to the time it names (REVISION_TARGET), each a way a revision is written.
 * "Revised from Sept" names the old date and "revised in March" when it was changed: neither is a new date unread.
 */
const WORDS_BEFORE_REVISION_TIME = [
  // "revised to Q4", "extended until Spring", "updated to March".
  "\\b(?:revised|amended|extended|moved|changed|rescheduled|deferred|postponed|delayed|slipped|pushed\\s+back|put\\s+back|carried\\s+forward|updated)\\s+(?:to|until|till)\\s+",
  // "rescheduled for January", "revised - March": a verb that moves a date, then "for", a dash or a colon; "updated - March" dates an update.
  "\\b(?:moved|rescheduled|deferred|postponed|delayed|pushed\\s+back|put\\s+back)\\s+for\\s+",
  "\\b(?:revised|amended|extended|moved|changed|rescheduled|deferred|postponed|delayed|slipped)\\s*[-–:]\\s*",
  // "moved to Board in December", "deferred to the March meeting": a verb that moves the work, then when, a few words on.
  "\\b(?:moved|rescheduled|deferred|postponed|delayed|slipped|pushed\\s+back|put\\s+back|carried\\s+forward)\\s+(?:to|until|till)\\s+(?:[a-z]+\\s+){1,3}?(?:(?:in|at|for|until|by)\\s+)?",
  // "revised Dec", "revised date June", "rescheduled 14/2": the verb, perhaps with the word for the date, then the time at once;
  // "revised in March" says when the change was made, and "extended to 1/2 day" is a fraction, neither a new date;
  // nor is "changed 12/11", the day a change was made in digits ("changed to 12/11" is a new date, and "changed 12 Nov" may be one).
  "\\b(?:revised|amended|extended|moved|changed(?!\\s+\\d{1,2}\\s*[/.]\\s*\\d)|rescheduled|deferred|postponed|delayed|slipped)\\s+(?:(?:date|deadline|target(?:\\s+date)?|time\\s*scale)\\s*:?\\s*(?:(?:to|until|till|for)\\s+)?)?",
  // "to be 31/3", "to be March": a new date written as what the date is to be.
  "\\bto\\s+be\\s+",
  // "now December", "now due end of year", "new date: December": the date in place of the one before, with no year to read it by.
  // "now to be presented in December", "now scheduled for Q4": a passive verb between "now" and the time;
  // "now to be reported to Board in March": and, after "to be", where to, before it. "Now presented to Board in March"
  // and "now agreed with the Board in December" say when it was done, no new date.
  "(?:now|new\\s+(?:target\\s+)?(?:date|deadline)\\s*:?)\\s*(?:(?:to\\s+be|being)\\s+(?:(?:due|expected|planned|set|[a-z]+ed)\\s+(?:(?:to|at|with|before)\\s+(?:the\\s+)?[a-z]+\\s+(?=(?:in|at|for|by)\\s))?)?|(?:(?:due|expected|planned|set|[a-z]+ed)\\s+)?)(?:(?:for|by|in|at|until|to)\\s+)?",
];
/** The words a revision by a length of time opens with, up to the length: "extended by 3 months", "delayed 3 months" (no "by"); "revised 12 months review" names a review. */
const WORDS_BEFORE_REVISION_LENGTH = [
  "\\b(?:revised|amended|extended|moved|changed|rescheduled|deferred|postponed|delayed|slipped|pushed\\s+back|put\\s+back|carried\\s+forward|updated)\\s+(?:by|for)\\s+",
  "\\b(?:extended|moved|rescheduled|deferred|postponed|delayed|slipped|pushed\\s+back|put\\s+back)\\s+",
];
/**
 * A revision's words after the last date a text gives, up to a bracket or the end: "revised to Q4", "extended to Spring".
 * REVISION_TARGET stands in it once, after every way of opening: V8 compiles each copy of it to some 130 kB of bytecode, and
 * with a copy for each way the pattern took 1 MB and near 0.1 s to compile the first time it ran. The words opening a revision
 * hold no bracket, so where it starts alone says where it ends, whichever way of opening it is read by.
 */
const REVISION_AFTER = new RegExp(
  `\\b(?:(?:${WORDS_BEFORE_REVISION_TIME.join("|")})(?=${REVISION_TARGET})|(?:${WORDS_BEFORE_REVISION_LENGTH.join("|")})(?=\\d+\\s*(?:weeks?|months?)\\b))[^()]*`,
  "i",
);
/** "(March)", "(Jan.)": a month alone in brackets, just after the date a text gives. */
const BRACKETED_MONTH = new RegExp(`^\\s*\\(\\s*(${MONTH_NAMES})\\.?\\s*\\)`, "i");
/** A revision that says when, though in no date's words: by a length of time, "extended by 3 months", or to the year's end. */
const REVISED_BY_TIME = /\b\d+\s*(?:weeks?|months?)\b|\b(?:end\s+of\s+(?:the\s+)?(?:financial\s+|calendar\s+)?year|year[-\s]?end)\b/i;
/** Whether a revision's words mean a date: a time of year ("revised to Q4", "now December"), a length of time, the year's end, or a year ("revised to early 2022"). */
const meansDate = (revision: string): boolean => mentionsTimeOfYear(revision) || REVISED_BY_TIME.test(revision) || /\b(?:19|20)\d{2}\b/.test(revision) || RELATIVE_OR_DIGITS.test(revision);
const RELATIVE_OR_DIGITS = new RegExp(`\\b(?:${RELATIVE_TIME}|${DAY_MONTH_DIGITS})`, "i");

const REFERENCE = new Date(2000, 0, 1);

function iso(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

function strict(text: string, pattern: string): Date | null {
  const date = parse(text, pattern, REFERENCE);
  return isValid(date) ? date : null;
}

/** Plans repeat the same few time scales on thousands of rows: remember each answer, per locale (no key text built per row). */
const rememberedByLocale = new Map<Settings["locale"], Map<string, TimeScale>>();
const REMEMBER_AT_MOST = 5000;

export function parseTimeScaleText(text: string, locale: Settings["locale"]): TimeScale {
  let remembered = rememberedByLocale.get(locale);
  if (!remembered) rememberedByLocale.set(locale, (remembered = new Map()));
  const known = remembered.get(text);
  if (known) return known;
  const parsed = withStepOrDay(text, readTimeScaleText(text, locale));
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
  remembered.set(text, parsed);
  return parsed;
}

/**
 * "Week 2 - Dec 2021", "Wk 2 - Dec 2021": a week's number of one digit, a week of the month, which ends before the month does ("Week 52 - Dec
 * 2021" is the year's); with no dash, "Week 2 Dec 2021", the digit may be the day too (its third group is then a space).
 */
const WEEK_OF_MONTH = new RegExp(`\\b((?:${WEEK_WORDS})\\.?\\s*([1-5]))(\\s*[-–—]\\s*|\\s+)(${MONTH_NAMES})${YEAR_AFTER_MONTH}`, "i");
/**
 * "Quarter 1 April 2022", "Qtr 1 April 2022", "Q 1 April 2022", "Q. 1 April 2022": a quarter's digit before a month with no dash, which may be
 * the day, where the quarter itself ends in June. Joined to its Q, "Q1 April 2022", the digit is plainly the quarter's, and not said.
 */
const QUARTER_DIGIT_OR_DAY = new RegExp(`\\b((?:quarter|qtr\\.?|q(?!\\d)\\.?)\\s*([1-4]))\\s+(${MONTH_NAMES})${YEAR_AFTER_MONTH}`, "i");
/** "Stage 1 March 2022", "Year 1 March 2022", "Yr. 1 March 2022": a step's digit before a month with no dash, which may be the day. */
const STEP_DIGIT_OR_DAY = new RegExp(`(${STAGE_BEFORE_MONTH}\\.?\\s*([1-9]))\\s+(${MONTH_NAMES})${YEAR_AFTER_MONTH}`, "i");
/** "Summer term 1 July 2022": a season's half-term before a month with no dash; where the month is not the half-term's, the digit may be the day. */
const HALF_TERM_DIGIT_OR_DAY = new RegExp(`\\b(autumn|spring|summer)\\s+(term\\s*([12]))\\s+(${MONTH_NAMES})${YEAR_AFTER_MONTH}`, "i");

/**
 * A month read at its end after a step's number that may be meant otherwise is said, with the day that may be meant: the second
 * week of December ends about the 14th (a week ending at the month's end, "Week 4 - Feb 2022", means the date read, and is not said); "Quarter 1 April 2022" may be 1 April or the quarter's end; the first half of the summer
 * term ends in May, so in "Summer term 1 July 2022" the 1 may be the day. The month's end is kept, as the month is sure.
 * A bare "Term 2 - Jan 2022" or "Autumn term 2 Dec 2021" (its half-term ends in December) is plain, and not said.
 */
function withStepOrDay(text: string, read: TimeScale): TimeScale {
  if (read.due === null || read.start === undefined || read.problem !== undefined) return read;
  const month = Number(read.due.slice(5, 7));
  const monthOf = (name: string) => MONTHS[name.toLowerCase()];
  const dayOfMonth = (day: number) => `${read.due!.slice(0, 8)}${String(day).padStart(2, "0")}`;
  const week = WEEK_OF_MONTH.exec(text);
  if (week && monthOf(week[4]!) === month) {
    const weekEnd = dayOfMonth(Math.min(7 * Number(week[2]), Number(read.due.slice(8, 10))));
    const undashed = week[3]!.trim() === "";
    // "Week 4 - Feb 2022" ends on the 28th, the date read: nothing else is meant, so nothing is said.
    if (weekEnd === read.due && !undashed) return read;
    return { ...read, stepOrDay: { step: week[1]!, ...(weekEnd === read.due ? {} : { weekEnd }), ...(undashed ? { day: dayOfMonth(Number(week[2])) } : {}) } };
  }
  const quarter = QUARTER_DIGIT_OR_DAY.exec(text);
  if (quarter && monthOf(quarter[3]!) === month) return { ...read, stepOrDay: { step: quarter[1]!, day: dayOfMonth(Number(quarter[2])) } };
  const halfTerm = HALF_TERM_DIGIT_OR_DAY.exec(text);
  if (halfTerm && monthOf(halfTerm[4]!) === month) {
    const [first, last] = HALF_TERM_MONTHS[halfTerm[1]!.toLowerCase()]![Number(halfTerm[3]) - 1]!;
    if (month < first || month > last) return { ...read, stepOrDay: { step: `${halfTerm[1]} ${halfTerm[2]}`, day: dayOfMonth(Number(halfTerm[3])) } };
  }
  const step = STEP_DIGIT_OR_DAY.exec(text);
  if (step && monthOf(step[3]!) === month) return { ...read, stepOrDay: { step: step[1]!, day: dayOfMonth(Number(step[2])) } };
  return read;
}

interface Mention {
  at: number;
  end: number;
  scale: TimeScale;
  form: DateForm;
}

/** A two-digit year as a numeric date's is read ("14/06/99" is 1999, "01/01/50" 1950): the century nearer 2000. */
function year(text: string): number {
  if (text.length !== 2) return Number(text);
  const n = Number(text);
  return n >= 50 ? 1900 + n : 2000 + n;
}

/** "2021/22" or "2021-2022": the second year must follow the first. */
function follows(first: number, text: string): boolean {
  return year(text) % 100 === (first + 1) % 100;
}

function monthEnd(y: number, month: number): string {
  return iso(endOfMonth(new Date(y, month - 1, 1)));
}

function quarterNumber(words: string): number {
  return Number(/[1-4]/.exec(words)![0]);
}

/** The end of a quarter of the UK financial year (April to March) written from `first` to `second`; null when the years do not follow on. */
function financialQuarterEnd(quarterWords: string, first: string, second: string): TimeScale | null {
  const start = year(first);
  if (!follows(start, second)) return null;
  const quarter = quarterNumber(quarterWords);
  return { due: quarter === 4 ? monthEnd(start + 1, 3) : monthEnd(start, quarter * 3 + 3) };
}

/** How many months each form that names a period spans, back from the month it is due at the end of. */
const PERIOD_MONTHS: Partial<Record<DateForm, number>> = {
  monthYear: 1,
  yearThenMonth: 1,
  numericMonth: 1,
  quarter: 3,
  shortYearQuarter: 3,
  yearQuarter: 3,
  financialQuarter: 3,
  yearThenQuarter: 3,
  season: 3,
  financialYear: 12,
  namedFinancialYear: 12,
};

/** "(Oct-Dec)", "Oct – Dec", "October to December": a quarter's three months, named with it. */
const QUARTER_MONTHS = new RegExp(`\\(?\\s*(${MONTH_NAMES})\\s*(?:-|–|to)\\s*(${MONTH_NAMES})\\b`, "i");

/**
 * The due date of quarter `n` of `year` as its own months say, written after it or between it and its year: "Q3 2021
 * (Oct-Dec)" and "Q4 2021 (Jan-Mar)" are the UK financial year's third and fourth quarters, ending December 2021 and
 * March 2022; "Q3 2021 (Jul-Sep)" the calendar's. Undefined where no months are named, or they are neither quarter's.
 */
function dueByMonths(m: RegExpExecArray, n: number, year: number): string | undefined {
  const named = monthsNamed(m);
  if (!named) return undefined;
  const [first, last] = named;
  if ((last - first + 12) % 12 !== 2) return undefined;
  if (first === (n - 1) * 3 + 1) return monthEnd(year, last);
  // The financial year's quarters start in April: its fourth, January to March, falls in the year after.
  if (first === ((n * 3) % 12) + 1) return monthEnd(n === 4 ? year + 1 : year, last);
  return undefined;
}

/** The first and last month a quarter's months name, within the mention or just after it ("Q3 2021 (Oct-Dec)"); undefined where none are. */
function monthsNamed(m: RegExpExecArray): [number, number] | undefined {
  const named = QUARTER_MONTHS.exec(m[0]) ?? new RegExp(`^\\s*${QUARTER_MONTHS.source}`, "i").exec(m.input.slice(m.index + m[0].length));
  return named ? [MONTHS[named[1]!.toLowerCase()]!, MONTHS[named[2]!.toLowerCase()]!] : undefined;
}

/** The mention read, with the first day of the period it names (TimeScale.start). */
function readPeriod(form: DateForm, m: RegExpExecArray, locale: Settings["locale"]): TimeScale | null {
  const scale = readMention(form, m, locale);
  const months = PERIOD_MONTHS[form];
  if (!scale?.due || months === undefined) return scale;
  const end = new Date(`${scale.due}T00:00:00`);
  return { ...scale, start: iso(new Date(end.getFullYear(), end.getMonth() - months + 1, 1)) };
}

/** Quarters `first` to `last` of the financial year written from `from` to `to`, due at the last one's end; null when the years do not follow on. */
function financialQuarters(words: string, from: string, to: string, first: number, last: number): TimeScale | null {
  if (last <= first) return quartersOutOfOrder(words);
  const end = financialQuarterEnd(String(last), from, to);
  const start = financialQuarterEnd(String(first), from, to);
  return end && start?.due ? { due: end.due, start: iso(new Date(Number(start.due.slice(0, 4)), Number(start.due.slice(5, 7)) - 3, 1)) } : end;
}

/** Halves `first` to `last` of a year: of the financial year where a pair of years is written (H1 is April to September), else of the calendar year. */
function halves(words: string, first: number, last: number, from: string, to: string | undefined): TimeScale | null {
  if (last < first) return { due: null, problem: `"${words.trim()}" names its halves last first, which gives no date` };
  const start = year(from);
  if (to !== undefined && !follows(start, to)) return null;
  // Months from the year's first: the financial year's start in April.
  const shift = to === undefined ? 0 : 3;
  return { due: monthEnd(start, shift + last * 6), start: iso(new Date(start, shift + (first - 1) * 6, 1)) };
}

/** Quarters `first` to `last` of the calendar year, due at the last one's end; of the financial year from `year` where the months written say so ("Q3/4 2026 (Oct-Mar)"). */
function calendarQuarters(m: RegExpExecArray, year: number, first: number, last: number): TimeScale | null {
  if (last <= first) return quartersOutOfOrder(m[0]);
  const named = monthsNamed(m);
  if (named && named[0] === ((first * 3) % 12) + 1 && named[1] === (((last * 3 + 2) % 12) + 1)) return financialQuarters(m[0], String(year), String(year + 1), first, last);
  return { due: monthEnd(year, last * 3), start: iso(new Date(year, (first - 1) * 3, 1)) };
}

/** "Q4/3 2026": which quarter ends the work is not clear, so no date is read and the text is said. */
function quartersOutOfOrder(words: string): TimeScale {
  return { due: null, problem: `"${words.trim()}" names its quarters last first, which gives no date` };
}

/** A date read from one match of a date form; null when the words only look like one ("Q5", a 13th month of a financial year). */
function readMention(form: DateForm, m: RegExpExecArray, locale: Settings["locale"]): TimeScale | null {
  const notADate: TimeScale = { due: null, problem: `"${m[0]}" is not a real date` };
  const day = (text: string, pattern: string) => {
    const d = strict(text, pattern);
    return d ? { due: iso(d) } : notADate;
  };
  switch (form) {
    case "iso":
      return day(`${m[1]}-${m[3]}-${m[4]}`, "yyyy-M-d");
    case "numeric": {
      const yearPattern = m[3]!.length === 2 ? "yy" : "yyyy";
      return day(`${m[1]}/${m[2]}/${m[3]}`, locale === "en-US" ? `M/d/${yearPattern}` : `d/M/${yearPattern}`);
    }
    case "dayMonthYear":
      return day(`${m[1]} ${MONTHS[m[2]!.toLowerCase()]} ${year(m[3]!)}`, "d M yyyy");
    case "monthDayYear": {
      // "Mar 21 2022", "Dec 21 2022 review": the number is the day, even where it is the year before's two digits (21 March 2022).
      const [, , month, dayNumber, , , fullYear] = m;
      return day(`${dayNumber} ${MONTHS[month!.toLowerCase()]} ${fullYear}`, "d M yyyy");
    }
    case "monthDayJoinedYear":
      return monthDayJoinedYear(m, locale);
    case "monthDayRange":
      return monthDayRange(m, locale);
    case "financialQuarter":
      return financialQuarterEnd(m[1]!, m[2]!, m[3]!);
    case "yearThenQuarter":
      return financialQuarterEnd(m[3]!, m[1]!, m[2]!);
    case "yearThenQuarterRange":
      return financialQuarters(m[0], m[1]!, m[2]!, Number(m[3]), Number(m[4]));
    case "half":
      return halves(m[0], Number(m[1]), Number(m[2] ?? m[1]), m[3]!, m[4]);
    case "yearThenHalf":
      return halves(m[0], Number(m[3]), Number(m[4] ?? m[3]), m[1]!, m[2]);
    case "financialQuarterRange":
      return financialQuarters(m[0], m[3]!, m[4]!, Number(m[1]), Number(m[2]));
    case "quarterRange":
      return calendarQuarters(m, year(m[3]!), Number(m[1]), Number(m[2]));
    case "yearQuarterRange":
      return calendarQuarters(m, Number(m[1]), Number(m[2]), Number(m[3]));
    case "shortYearQuarter":
      return { due: dueByMonths(m, quarterNumber(m[1]!), year(m[2]!)) ?? monthEnd(year(m[2]!), quarterNumber(m[1]!) * 3) };
    case "quarter":
      return { due: dueByMonths(m, quarterNumber(m[1]!), Number(m[2])) ?? monthEnd(Number(m[2]), quarterNumber(m[1]!) * 3) };
    case "yearQuarter":
      return { due: dueByMonths(m, quarterNumber(m[2]!), Number(m[1])) ?? monthEnd(Number(m[1]), quarterNumber(m[2]!) * 3) };
    case "halfTerm": {
      const name = m[1]!.toLowerCase();
      const first = year(m[3]!);
      if (m[4] !== undefined && !follows(first, m[4])) return null;
      // In a school year ("2021/22") only the autumn falls in the first year.
      const inYear = m[4] !== undefined && name !== "autumn" ? first + 1 : first;
      const [startMonth, endMonth] = HALF_TERM_MONTHS[name]![Number(m[2]) - 1]!;
      return { due: monthEnd(inYear, endMonth), start: iso(new Date(inYear, startMonth - 1, 1)) };
    }
    case "academicYear": {
      const first = year(m[1] ?? m[3]!);
      if (!follows(first, m[2] ?? m[4]!)) return null;
      return { due: monthEnd(first + 1, 7), start: iso(new Date(first, 8, 1)) };
    }
    case "season": {
      const name = m[1]!.toLowerCase();
      const first = year(m[3]!);
      const pair = m[4];
      if (pair !== undefined && !follows(first, pair)) return null;
      // Winter runs into the next year; in a year pair ("2021/22") only autumn falls in the first.
      const inFirstYear = name === "autumn" || name === "fall" || (pair === undefined && name !== "winter");
      const ends = SEASON_ENDS[name]!;
      return { due: monthEnd(inFirstYear ? first : first + 1, m[2] === undefined ? ends.season : ends.term) };
    }
    case "monthYear":
      // "June 15" in American English is a day without its year.
      if (locale === "en-US" && m[2]!.length === 2 && !/[-']/.test(m[0])) return null;
      // "March 31", "Sep 30": a month's 30th or 31st written after it, never 2030 or 2031 written short (DAY_AFTER_MONTH).
      if (DAY_NOT_YEAR.test(m[0])) return null;
      // After a space, or none, the digits may be a day ("Sept 28"); after a dash or an apostrophe ("Jun-15", "Sept '21") they are Excel's and a year's.
      return { due: monthEnd(year(m[2]!), MONTHS[m[1]!.toLowerCase()]!), ...(m[2]!.length === 2 && !/[-']/.test(m[0]) ? { yearOrDay: m[2] } : {}) };
    case "yearThenMonth":
      return { due: monthEnd(Number(m[1]), MONTHS[m[2]!.toLowerCase()]!) };
    case "numericMonth": {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? { due: monthEnd(Number(m[2]), month) } : notADate;
    }
    case "financialYear":
    case "namedFinancialYear": {
      const start = year(m[1]!);
      if (follows(start, m[2]!)) return { due: monthEnd(start + 1, 3) };
      // "2026/2028", "2019/22": no one year, though meant as a time scale; "2021-06" may be a month, so is left unsaid.
      return m[2]!.length === 4 || Number(m[2]) > 12 ? { due: null, problem: `"${m[0]}" names years that do not follow on, where a financial year is written as "2026/27", which gives no date` } : null;
    }
  }
}

/**
 * "Sept 1-30", "Mar 14-18 2022": days of a month, due at the last, in the year after them; with none, said to name no year, as
 * "31 March" is. Null where the last is not after the first ("Mar 31-22" is 31 March 2022), and, in en-GB, where the two numbers
 * may be a pair of years ("Mar 21-22", "Sep 21 - 22"), which monthDayJoinedYear and monthYear weigh.
 */
function monthDayRange(m: RegExpExecArray, locale: Settings["locale"]): TimeScale | null {
  const [, month, firstDay, , , lastDay, fullYear] = m;
  const first = Number(firstDay);
  const last = Number(lastDay);
  if (last <= first || last > 31) return null;
  if (fullYear === undefined) {
    if (locale === "en-GB" && last === first + 1 && first < 30) return null;
    return { due: null, problem: `"${m[0].trim()}" ${NAMES_NO_YEAR}`, noYear: true };
  }
  const monthNumber = MONTHS[month!.toLowerCase()]!;
  const end = strict(`${last} ${monthNumber} ${fullYear}`, "d M yyyy");
  const start = strict(`${first} ${monthNumber} ${fullYear}`, "d M yyyy");
  return end && start ? { due: iso(end), start: iso(start) } : { due: null, problem: `"${m.input.trim()}" is not a real date` };
}

/**
 * "March 31/2022", "Mar 31/22", "Sept 30 - 2022": a month, a day and a year joined otherwise than "June 14, 2021" is. With
 * four digits the year is plain, and the number before it the day ("Mar 21/2022" is 21 March 2022), unless a dash
 * joins the year before's two digits to the year ("Sept 21 - 2022", "Sept 21-2022", perhaps September 2021 to 2022), said. With two, the number is the day where it cannot be a year: with st,
 * nd, rd or th, before a comma, one digit, or 30 or 31 (as "March 31" is), and, before a dash, a slash or a stop, above
 * the year's two digits, since "Sept 1-30" and "Sept 30-31" are days of a month. "Jun 15 22" or "Sept 21/22" may be
 * 15 June 2022 or June 2015, 21 September 2022 or September in 2021/22: said, with no date. Null leaves the words to
 * the other forms ("Sep 21 - 22", "Sept 1-30 2021").
 */
function monthDayJoinedYear(m: RegExpExecArray, locale: Settings["locale"]): TimeScale | null {
  const [, month, dayNumber, ordinal, spaceBeforeJoin, join, yearDigits] = m;
  const dayOf = (y: number): TimeScale => {
    const date = strict(`${dayNumber} ${MONTHS[month!.toLowerCase()]} ${y}`, "d M yyyy");
    return date ? { due: iso(date) } : { due: null, problem: `"${m.input.trim()}" is not a real date` };
  };
  const comma = join === ",";
  if (yearDigits!.length === 4) {
    // "Sept 21 - 2022" and "Sept 21-2022" may be 21 September 2022 or September 2021 to 2022: said, with no date. "Mar 21/2022" is 21 March 2022.
    const yearBefore = String(Number(yearDigits) - 1).slice(-2);
    // After a space, the month's two digits may be its year; "Mar-21-2022", dashes both sides, is one date's.
    const dashedAfterSpace = (join === "-" || join === "–") && /^\p{L}+\.?\s+\d/u.test(m[0]);
    if (ordinal === undefined && dashedAfterSpace && dayNumber === yearBefore) return unclearDayOrYear(m, dayNumber);
    return dayOf(Number(yearDigits));
  }
  const day = Number(dayNumber);
  const dash = join === "-" || join === "–";
  const belowDay = join === undefined || comma || Number(yearDigits) < day;
  if (ordinal !== undefined || comma || locale === "en-US") return dayOf(year(yearDigits!));
  if ((day === 30 || day === 31) && belowDay) return dayOf(year(yearDigits!));
  if (/^[1-9]$/.test(dayNumber!) && !dash) return dayOf(year(yearDigits!));
  // "Sep 21 - 22" with spaces round its dash is a month and its year, then another year: left to the forms that read it so.
  if (dayNumber!.length === 2 && day < 30 && !(dash && spaceBeforeJoin)) return unclearDayOrYear(m, dayNumber!);
  return null;
}

function unclearDayOrYear(m: RegExpExecArray, dayNumber: string): TimeScale {
  return { due: null, problem: `"${m.input.trim()}" gives a month and two numbers, and whether "${dayNumber}" is its day or its year is not clear` };
}

/**
 * The due date of a time scale: the last date it gives as revised ("Sept 2021 (revised to Dec
 * 2021)", "Original: June 2021 New: January 2022"), else the first date it mentions ("December 2021
 * (originally 31/05/2021)"); where that date starts a range ("1st April 2021 – 31st March 2022"),
 * the range's end.
 */
/** "2022-03-31T00:00:00", "2022-03-31T00:00:00.000Z": a date and time as a system exports them, pasted as text. */
const ISO_DATE_TIME = /^\s*(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/;
/** "44651", "44651.0": a date's serial number kept as text (a paste, a CSV export), Excel's green triangle in the corner. */
export const SERIAL_TEXT = /^\s*(\d{5})(?:\.0+)?\s*$/;

function readTimeScaleText(text: string, locale: Settings["locale"]): TimeScale {
  const isoDateTime = ISO_DATE_TIME.exec(text)?.[1];
  if (isoDateTime && isIsoDate(isoDateTime)) return { due: isoDateTime };
  const serial = SERIAL_TEXT.exec(text)?.[1];
  if (serial && isPlausibleSerial(Number(serial))) return { due: serialToIso(Number(serial)) };
  // "Q5 2026/27": a slip for a quarter the year has, though the year alone would read as a date.
  const noQuarter = NO_SUCH_QUARTER.exec(text);
  if (noQuarter && (HAS_YEAR.test(text) || SHORT_YEAR_AFTER.test(text.slice(noQuarter.index + noQuarter[0].length)))) {
    return { due: null, problem: `"${text.trim()}" names quarter ${noQuarter[1]}, where a year has quarters 1 to 4` };
  }
  const noHalf = NO_SUCH_HALF.exec(text);
  if (noHalf && HAS_YEAR.test(text)) return { due: null, problem: `"${text.trim()}" names half ${noHalf[1]}, where a year has halves 1 and 2` };
  const mentions: Mention[] = [];
  const formsRead = withoutPublicHealth(text);
  for (const { name, pattern, needs } of DATE_FORMS) {
    if (needs && !needs.test(formsRead)) continue;
    for (const m of formsRead.matchAll(pattern)) {
      const at = m.index;
      const end = at + m[0].length;
      if (mentions.some((o) => at < o.end && o.at < end)) continue;
      const scale = readPeriod(name, m as RegExpExecArray, locale);
      if (scale) mentions.push({ at, end, scale, form: name });
    }
  }
  // "Term 1 2021/22" is the autumn term where a school has three, its first half where it has six: neither is guessed where
  // the term's number is the only time given; a month, quarter or season beside it ("Term 2 (January 2022)") is read.
  if (NUMBERED_TERM.test(text) && (HAS_YEAR.test(text) || NUMBERED_TERM_SHORT_YEAR.test(text)) && mentions.every((m) => YEAR_ONLY_FORMS.includes(m.form))) {
    return { due: null, problem: `"${text.trim()}" names a school term by its number, which schools count as three terms a year or six, and gives no date RAG Tracker reads`, unread: true };
  }
  if (mentions.length === 0) {
    // "2021", "By 2021", "End of 2021": a year alone is due at its end. A year inside other words
    // ("in line with Working Together 2018") names a document, not a time scale, so it is not read.
    const year = YEAR_ALONE.exec(text);
    if (year) return { due: `${year[1]}-12-31` };
    // "Early 2022", "Mid-2022": part of a year, meant as a date, which no form reads; said, as "(revised to early 2022)" is.
    if (PART_OF_YEAR.test(text)) return { due: null, problem: `"${text.trim()}" names part of a year, which gives no date RAG Tracker reads`, unread: true };
    // "Academic year 2021": 2020/21 or 2021/22, with no word to say which.
    if (ACADEMIC_YEAR_NUMBER.test(text)) return { due: null, problem: `"${text.trim()}" names an academic year RAG Tracker does not read, where one is written as "Academic year 2021/22"`, unread: true };
    if (DIGIT_RUN.test(text)) return digitRun(text.trim(), locale);
    // A number that is no year, no date's digits and no date's serial (80000, 12) gives no date: said, as it shows nothing else.
    if (NUMBER_ALONE.test(text)) return { due: null, problem: `"${text.trim()}" is a number, which gives no date` };
    if ((NAMES_TIME_OF_YEAR.test(text) && PERIOD_WITHOUT_YEAR.test(text)) || HALF_TERM_WITHOUT_YEAR.test(text)) return { due: null, problem: `"${text.trim()}" ${NAMES_NO_YEAR}`, noYear: true };
    // "Q1 FY22", "FY22 Q4": FY22 is 2021/22 to one team and 2022/23 to another, so the quarter's months are said and neither is guessed.
    const fyQuarter = ONE_YEAR_FINANCIAL_QUARTER.exec(text);
    if (fyQuarter) return oneYearFinancialQuarter(text, fyQuarter);
    // "21 Q4", "3rd Q4": a quarter and a number that is no year of a form read, which a reader may take for one.
    if (QUARTER_AND_NUMBER.test(text)) return { due: null, problem: `"${text.trim()}" gives a quarter but no year RAG Tracker reads` };
    if (looksDated(text)) return { due: null, problem: `"${text.trim()}" holds a year but no date RAG Tracker reads` };
    // A month, quarter or season beside a number, or opening the text, that no form above reads ("Dec 1-22", "Q2 and Q4",
    // "Spring - revised"): a date meant, so said, and counted as not checked, never passed over in silence. Work that
    // recurs ("Annually July", "Finance (October & March)") or starts with no end ("Q3 onwards") has none to be overdue by.
    if ((NUMBER.test(text) || OPENS_WITH_TIME_OF_YEAR.test(text)) && mentionsTimeOfYear(text) && !OPEN_ENDED.test(text) && !RECURS.test(text) && !SEVERAL_TIMES_OF_YEAR.test(text)) {
      return { due: null, problem: `"${text.trim()}" gives no date RAG Tracker reads`, unread: true };
    }
    // "6 months": a deadline meant, from the plan's approval or the review's publication, which the cell does not say; said, and
    // counted as not checked, never a silent "not overdue".
    if (LENGTH_OF_TIME.test(text) && !RECURS.test(text)) return { due: null, problem: `"${text.trim()}" gives a length of time but not the date it runs from`, unread: true };
    return { due: null };
  }
  mentions.sort((a, b) => a.at - b.at);
  // "From April 2021", "March 2022 onwards", "September 2019 – ongoing": when work starts, with no end to be overdue by.
  if (mentions.length === 1 && (STARTS_FROM.test(text.slice(0, mentions[0]!.at)) || ONWARDS.test(text.slice(mentions[0]!.end)))) return { due: null };
  const wordsBefore = (i: number) => text.slice(i === 0 ? 0 : mentions[i - 1]!.end, mentions[i]!.at);
  // "TBC (was Dec 21)": every date named is the one replaced, so none is the action's; said, never used as if it stood.
  // Only where something else is said in its place: "Original date Dec 2021" alone labels the date the action still has.
  const replaced = mentions[0]!.scale.due;
  if (replaced !== null && mentions.every((_, i) => OLD_DATE_BEFORE.test(wordsBefore(i))) && !DATE_LABEL_ONLY.test(withoutOldDates(text, mentions))) {
    const instead = TO_BE_CONFIRMED.test(text) ? "says its date is to be confirmed" : "gives no new date RAG Tracker reads";
    return { due: null, problem: `"${text.trim()}" ${instead}, and the date it names, ${formatLongDate(replaced)}, ${NAMES_REPLACED_DATE}` };
  }
  // A revision moves a date on: a date "revised" to one before the first is the day the change was made. One revised back to the
  // first after another ("Dec 2021 (revised March 2022) (revised Dec 2021)") is the date now meant, unless said to be when ("revised in Dec 2021").
  const first = mentions[0]!.scale.due;
  const movesOn = (i: number) =>
    first === null || mentions[i]!.scale.due === null || mentions[i]!.scale.due! > first || (mentions[i]!.scale.due === first && dueAt > 0 && !WHEN_CHANGED.test(wordsBefore(i)));
  let dueAt = 0;
  // A date named as due is one after the date read so far, a range's end where one follows it: "Sept 2021 (revised to Dec 2021),
  // due Nov 2021" brings no revision back, and "April 2021 - March 2022, due Sept 2021" is read to March 2022 as before.
  const laterThanRead = (i: number) => {
    const ranged = dueAt + 1 < i && RANGE_JOIN.test(wordsBefore(dueAt + 1));
    const read = mentions[ranged ? dueAt + 1 : dueAt]!.scale.due;
    return mentions[i]!.scale.due === null || read === null || mentions[i]!.scale.due! > read;
  };
  // The words after a date, or after the range it opens ("target Jan 2022 - March 2022 for phase 2"), up to the next date.
  const wordsAfter = (i: number) => {
    const last = i + 1 < mentions.length && RANGE_JOIN.test(wordsBefore(i + 1)) ? i + 1 : i;
    return text.slice(mentions[last]!.end, mentions[last + 1]?.at ?? text.length);
  };
  // A date named as due for another part ("target March 2022 for phase 2") leaves the date read, where that is the action's deadline.
  const forAnotherPart = (i: number) => {
    const after = wordsAfter(i);
    return NAMES_FOR.test(after) && FOR_ANOTHER_PART.test(after) && (dueAt > 0 || FIRST_DATE_DUE.test(wordsBefore(0)));
  };
  // The date ends the text or its brackets, with no other part's name after them ("(to be mid March 2022) (for the re-audit)").
  const closesChange = (i: number) => {
    const after = text.slice(mentions[i]!.end, mentions[i + 1]?.at ?? text.length);
    return CLOSES_DATE.test(after) && !(NAMES_FOR.test(after) && FOR_ANOTHER_PART.test(after.replace(CLOSING_BRACKET, "")));
  };
  let revisedBefore = false;
  // The last date its words name as revised, moved or due, whether read or not, and whether those words revise it.
  let lastChange = 0;
  let lastChangeRevised = false;
  for (let i = 1; i < mentions.length; i++) {
    const words = wordsBefore(i);
    const revised: boolean = REVISED_BEFORE_DATE.test(words) || (revisedBefore && CHANGED_TO.test(words));
    const due = !revised && namesDueDate(words);
    const moved = !revised && !due && namesMoveDate(words);
    if (revised || due || moved) [lastChange, lastChangeRevised] = [i, revised];
    if (revised ? movesOn(i) : ((due && !forAnotherPart(i)) || moved) && laterThanRead(i)) dueAt = i;
    revisedBefore = revised;
  }
  // "(revised to Jan-Mar 2022)", "(to be w/c 7 March 2022)": a revision or a move to part of a time is one to that time, read as the
  // time alone is. Only after every other change named, and where the date closes the text or its brackets: "(to be mid Jan 2022
  // briefing)", "(to be mid March 2022 tbc)" or "(revised to mid March 2022), due Dec 2021" leave the date read as it was.
  revisedBefore = lastChangeRevised;
  for (let i = lastChange + 1; i < mentions.length; i++) {
    const before = wordsBefore(i);
    const words = withoutTimeLead(before, mentions[i]!);
    const lead = words !== before && closesChange(i);
    const revised: boolean = lead && (REVISED_BEFORE_DATE.test(words) || (revisedBefore && CHANGED_TO.test(words)));
    if (revised ? movesOn(i) : lead && namesMoveDate(words) && laterThanRead(i)) dueAt = i;
    revisedBefore = revised;
  }
  const next = mentions[dueAt + 1];
  // "Sept 2021, completion by March 2022" ends a range, but not where that end is another part's ("completion by March 2022 for phase 2").
  if (next && RANGE_JOIN.test(wordsBefore(dueAt + 1)) && !(namesDueDate(wordsBefore(dueAt + 1)) && forAnotherPart(dueAt + 1))) {
    // "2026/27 Q3 - 2026/27 Q1": a range that ends before it starts says neither which is meant.
    const from = mentions[dueAt]!.scale.due;
    if (from !== null && next.scale.due !== null && next.scale.due < from) return { due: null, problem: `"${text.trim()}" ends before it starts, which gives no date` };
    return next.scale;
  }
  const read = mentions[dueAt]!.scale;
  // "Sept 2021 (revised to Q4)": the revision gives no date, so the date before it stands, and is said to.
  const after = dueAt === mentions.length - 1 ? text.slice(mentions[dueAt]!.end) : null;
  const revision = after === null || read.due === null ? undefined : latestRevision(after, read.due, locale);
  if (revision !== undefined) return { ...read, unreadRevision: revision };
  // "Sept 2021 (March)": another month in brackets just after the date, with no year, a revision as "(revised to March)" is.
  const bracketed = after === null ? null : BRACKETED_MONTH.exec(after);
  if (bracketed && read.due !== null && !monthWithin(MONTHS[bracketed[1]!.toLowerCase()]!, read)) return { ...read, unreadRevision: bracketed[1]! };
  return read;
}

/** Every revision after the date, in the order written. */
const REVISIONS_AFTER = new RegExp(REVISION_AFTER.source, "gi");
/**
 * Whether a text holds a word every revision opens with. V8 takes some 10 ms to compile REVISIONS_AFTER, the first time it runs,
 * a cost a plan whose dates have no revision after them need not pay.
 */
const MAY_HOLD_REVISION = /revised|amended|extended|moved|changed|rescheduled|deferred|postponed|delayed|slipped|pushed|put|carried|updated|to\s+be|now|new/i;
/** A revision's time, found in its words. */
const REVISION_TIME = new RegExp(`\\b${REVISION_TARGET}`, "i");

/**
 * The words of the latest revision written after the date read that names another date: "Sept 2021 (moved Dec) - delayed to Jan"
 * was moved twice, and January is the date now meant. A revision that names the date read again ("31/03/2022 (to be 31/3)",
 * "Dec 2021 (revised Dec)", "31/12/2021 (revised 2021)") changes nothing.
 */
function latestRevision(after: string, due: string, locale: Settings["locale"]): string | undefined {
  if (!MAY_HOLD_REVISION.test(after)) return undefined;
  let latest: string | undefined;
  for (const revision of after.matchAll(REVISIONS_AFTER)) if (meansDate(revision[0]) && !namesDue(revision[0], due, locale)) latest = revision[0].trim();
  return latest;
}

/** Whether a revision's time, and nothing after it, is the due date read: its year alone, its month alone, or its day and month in digits. */
function namesDue(revision: string, due: string, locale: Settings["locale"]): boolean {
  const time = REVISION_TIME.exec(revision);
  if (!time || revision.slice(time.index + time[0].length).replace(/[\s).,;]+/g, "") !== "") return false;
  const [year, month, day] = due.split("-").map(Number) as [number, number, number];
  const said = time[0].trim();
  if (/^(?:19|20)\d{2}$/.test(said)) return Number(said) === year;
  const named = new RegExp(`^(?:${MONTH_NAMES})$`, "i").exec(said);
  if (named) return MONTHS[said.toLowerCase()] === month;
  const digits = /^(\d{1,2})\s*\/\s*(\d{1,2})$/.exec(said);
  if (!digits) return false;
  const [first, second] = [Number(digits[1]), Number(digits[2])];
  return locale === "en-US" ? first === month && second === day : first === day && second === month;
}

/** Whether `month` is one of the months the date read spans: "Q4 2021/22 (March)" and "Dec 2021 (Dec)" restate it, no revision. */
function monthWithin(month: number, read: TimeScale): boolean {
  const last = Number(read.due!.slice(0, 4)) * 12 + Number(read.due!.slice(5, 7)) - 1;
  const first = read.start === undefined ? last : Number(read.start.slice(0, 4)) * 12 + Number(read.start.slice(5, 7)) - 1;
  for (let m = first; m <= last && m < first + 12; m++) if ((m % 12) + 1 === month) return true;
  return false;
}

const FULL_MONTHS = ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"];

/**
 * A text that means a date the forms above do not read: a year with a month misspelt ("Decmber
 * 2019", "Spet 2021"), a day ("30th"), or digits joined as a date's are. Said, where the same text is otherwise
 * taken for one with no date ("In line with Working Together 2018" names a document).
 */
function looksDated(text: string): boolean {
  if (!/\b(?:199\d|20\d{2})\b/.test(text)) return false;
  if (/\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}[/.-]\d{1,2}\b/i.test(text)) return true;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((word) =>
    word.length >= 5 ? FULL_MONTHS.some((month) => month[0] === word[0] && editDistance(word, month) <= 2) : SHORT_MONTHS.some((month) => isLetterSwap(word, month)),
  );
}

/** "Q1 FY22", "Q3 FY 2022", "FY22 Q4", "FY2022 Qtr 1": a quarter and a financial year written as one year, which no form reads. */
const ONE_YEAR_FINANCIAL_QUARTER = new RegExp(`${WORD_START}${QUARTER}\\s*(?:of\\s+)?fy\\s*'?(\\d{4}|\\d{2})\\b(?!\\s*[/-]\\s*\\d)|\\bfy\\s*'?(\\d{4}|\\d{2})\\b(?!\\s*[/-]\\s*\\d)\\s*[-,]?\\s*${QUARTER}`, "i");
const QUARTER_MONTHS_FROM_APRIL = ["April to June", "July to September", "October to December", "January to March"];

/**
 * "Q1 FY22": the financial year (April to March) ending in 2022 or starting in it. The problem names both, and the quarter's
 * months in each ("April to June 2021 or April to June 2022"), and `meant` the two ways to write it, for the finding to suggest.
 */
function oneYearFinancialQuarter(text: string, m: RegExpExecArray): TimeScale {
  const quarter = quarterNumber(m[1] ?? m[4]!);
  const named = year(m[2] ?? m[3]!);
  const pair = (start: number) => `${start}/${String(start + 1).slice(-2)}`;
  // The fourth quarter, January to March, falls in the year after the financial year's start.
  const months = (start: number) => `${QUARTER_MONTHS_FROM_APRIL[quarter - 1]} ${quarter === 4 ? start + 1 : start}`;
  return {
    due: null,
    problem: `"${text.trim()}" ${NAMES_ONE_FINANCIAL_YEAR}, which may be ${pair(named - 1)} or ${pair(named)} (April to March): ${months(named - 1)} or ${months(named)}`,
    meant: `Q${quarter} ${pair(named - 1)} or Q${quarter} ${pair(named)}`,
    unread: true,
  };
}

/** "Q5 2021", "Quarter 0 2022", "Q12 2021", "Q5 21/22": a quarter no year has, beside a year, a slip for one it has. */
const NO_SUCH_QUARTER = /\b(?:q|qtr|quarter)\.?\s*(0|[5-9]|[1-9]\d)\b/i;
const HAS_YEAR = /\b(?:199\d|20\d{2})\b|\b\d{2}\s*\/\s*\d{2}\b/;
/** "Q5 26": a year's two digits just after the quarter, as "Q4 26" is read. */
const SHORT_YEAR_AFTER = /^\s*[-/\s]\s*\d{2}\b/;
/** "H3 2026": a half no year has, beside a year. */
const NO_SUCH_HALF = /\bh\s?(0|[3-9])\b/i;

const SHORT_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sept", "june", "july"];

/**
 * "Spet" for "Sept", "Jnue" for "June": two letters after the first typed the wrong way round, the
 * commonest slip in a short word, and one that makes no other word (unlike a letter changed: "Mar", "Man").
 */
function isLetterSwap(word: string, month: string): boolean {
  if (word.length !== month.length || word === month || word[0] !== month[0]) return false;
  for (let i = 1; i < word.length - 1; i++) {
    if (word[i] === month[i]) continue;
    return word[i] === month[i + 1] && word[i + 1] === month[i] && word.slice(i + 2) === month.slice(i + 2);
  }
  return false;
}

/**
 * "31032022", "310322": a date typed with no separators, which Excel keeps as a number; "1102021" is
 * 01102021 with the leading zero Excel drops from a number.
 */
const DIGIT_RUN = /^\s*\d{6,8}\s*$/;
const NUMBER_ALONE = /^\s*-?\d+(?:\.\d+)?\s*$/;

/**
 * A run of digits is never read as a date: "01022022" is 1 February in one locale and 2 January in
 * another, and "20210131" may be a reference. It is said, with the date it would be in the locale's
 * order (or, for eight digits, year first) where that makes a date of 1990 to 2099, for the team to
 * retype: "20050612" is 12/06/2005, never 20/05/0612; "123456" makes none, so none is suggested.
 */
function digitRun(digits: string, locale: Settings["locale"]): TimeScale {
  const date = digitRunDate(digits, locale);
  return {
    due: null,
    problem: `"${digits}" is a run of digits with no separators, which is not read as a date`,
    ...(date ? { meant: format(date, locale === "en-US" ? "MM/dd/yyyy" : "dd/MM/yyyy") } : {}),
  };
}

/** The date of 1990 to 2099 that a run of six to eight digits would be, typed with separators; undefined where it makes none. */
export function digitRunDate(digits: string, locale: Settings["locale"]): Date | undefined {
  const padded = digits.length === 7 ? `0${digits}` : digits;
  const year = padded.length === 8 ? "yyyy" : "yy";
  const dayMonth = locale === "en-US" ? "MMdd" : "ddMM";
  return [`${dayMonth}${year}`, ...(padded.length === 8 ? ["yyyyMMdd"] : [])].map((pattern) => strict(padded, pattern)).find((d): d is Date => d !== null && d.getFullYear() >= 1990 && d.getFullYear() <= 2099);
}
