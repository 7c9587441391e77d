import { describe, expect, it } from "vitest";
import { parseTimeScaleText } from "../../src/core/timeScale";
import { cellDate, isDateFormat, isTimeFormat, serialToIso, isoToSerial } from "../../src/core/dates";

describe("time scales from the reference documents", () => {
  it.each([
    ["14/06/2021", "2021-06-14"],
    ["14-6-21", "2021-06-14"],
    ["2021-06-14", "2021-06-14"],
    ["December 2019", "2019-12-31"],
    ["Feb 2020", "2020-02-29"],
    ["Completed by December 2019", "2019-12-31"],
    ["Completed by \nDecember 2019", "2019-12-31"],
    ["Initial publication September 2019. (May, Sept, Jan, March)", "2019-09-30"],
    ["July and December 2019", "2019-12-31"],
    ["Sept 2021", "2021-09-30"],
    ["by 3rd March 2021", "2021-03-03"],
    ["June 14, 2021", "2021-06-14"],
    ["Q3 2021", "2021-09-30"],
    // Quarters and years of the UK financial year (April to March), as councils plan.
    ["End of Q2 2021/22", "2021-09-30"],
    ["Q4 2020/21", "2021-03-31"],
    ["Q1 2021-2022", "2021-06-30"],
    ["2020/21", "2021-03-31"],
    ["FY 21/22", "2022-03-31"],
    ["FY2021/22", "2022-03-31"],
    ["FY 2021/2022", "2022-03-31"],
    ["Q3 21/22", "2021-12-31"],
    ["Q3 2021/22", "2021-12-31"],
    ["Q4 FY21/22", "2022-03-31"],
    ["3rd Qtr FY 2021/22", "2021-12-31"],
    ["4th quarter 2021/22", "2022-03-31"],
    // A quarter written in words, of the calendar year as "Q3 2021" is.
    ["3rd Qtr 2021", "2021-09-30"],
    ["3rd quarter 2021", "2021-09-30"],
    ["Quarter 3 2021", "2021-09-30"],
    // Months and days written short, as typed into a text cell.
    ["Sept 21", "2021-09-30"],
    ["Dec-19", "2019-12-31"],
    ["Mar-20", "2020-03-31"],
    ["30 Sep 21", "2021-09-30"],
    ["30-Sep-2021", "2021-09-30"],
    ["12/2021", "2021-12-31"],
    ["w/c 14 June 2021", "2021-06-14"],
    // The first date mentioned, or the end of a range.
    ["December 2021 (originally 31/05/2021)", "2021-12-31"],
    ["1st April 2021 – 31st March 2022", "2022-03-31"],
    // A date given as revised, extended or new is due, before or after the original.
    ["Sept 2021 (revised to Dec 2021)", "2021-12-31"],
    ["31/03/2021 - extended to 30/09/2021", "2021-09-30"],
    ["March 2021. Revised date: December 2021", "2021-12-31"],
    ["Original: June 2021 New: January 2022", "2022-01-31"],
    ["Revised to Dec 2021 (was Sept 2021)", "2021-12-31"],
    ["June 2021, revised to Sept 2021, revised again to Dec 2021", "2021-12-31"],
    // Revised, then back to the first date: the revision written last is the date now meant.
    ["Dec 2021 (revised March 2022) (revised Dec 2021)", "2021-12-31"],
    ["Dec 2021 (revised to March 2022), revised back to Dec 2021", "2021-12-31"],
    ["June 2021 - extended to the end of March 2022", "2022-03-31"],
    ["Sept 2021, now 1st April 2022 – 31st March 2023", "2023-03-31"],
    // "Moved from" names the old date; a revision word far from a date does not revise it.
    ["Dec 2021 (moved from Sept 2021)", "2021-12-31"],
    ["Moved from June 2021 to Sept 2021", "2021-09-30"],
    ["Review by Dec 2021 after new guidance March 2021", "2021-12-31"],
    ["Now complete (June 2021), was due March 2021", "2021-06-30"],
    // The day a change was made is no new due date: "in", "on", "at", "as of", "for", or a date before the first.
    ["March 2022 (revised in Jan 2022)", "2022-03-31"],
    ["31/03/2022 (date revised 12/01/2022)", "2022-03-31"],
    ["Sept 2022 - changed on 10/01/2022", "2022-09-30"],
    ["June 2022 (timescale amended at the Jan 2022 meeting)", "2022-06-30"],
    ["March 2022 (new as of Nov 2021)", "2022-03-31"],
    ["Dec 2021 (revised March 2022) (revised in Dec 2021)", "2022-03-31"],
    ["Dec 2021 (revised to March 2022 on Dec 2021)", "2022-03-31"],
    // Words of a revision before "of", "for", "in" or "on" still give the new date where it is later.
    ["Original: June 2021. Revised date of Dec 2021", "2021-12-31"],
    ["Sept 2021 (new timescale of Dec 2021)", "2021-12-31"],
    ["Original June 2021. New target date for completion: March 2022", "2022-03-31"],
    ["Sept 2021 - now in Q4 2021/22", "2022-03-31"],
    ["March 2022 (revised in Jan 2022 to June 2022)", "2022-06-30"],
    ["June 2021 revised on 01/05/2021 to Sept 2021", "2021-09-30"],
    // A financial year written before its quarter, or before all four.
    ["FY 2022-23 Q2", "2022-09-30"],
    ["FY21/22 Q3", "2021-12-31"],
    ["FY 2021/22 Q1-Q4", "2022-03-31"],
    ["FY 2021/22 Qtr 1 and 2", "2022-03-31"],
    // The number is the day, even where it is the year before's two digits.
    ["Dec 21 2022 review", "2022-12-21"],
    ["June 2021 to March 2022", "2022-03-31"],
    // A range of short months joined by a hyphen, read as it is with an en dash.
    ["Apr 21 - Mar 22", "2022-03-31"],
    ["Jan 21 - Dec 21", "2021-12-31"],
    ["Sept 21 - Dec 21", "2021-12-31"],
    ["Apr 21 – Mar 22", "2022-03-31"],
    ["Apr 21-Mar-22", "2022-03-31"],
    ["Apr 21 - 30 Mar 22", "2022-03-30"],
    // "by" typed with no space before the month or quarter.
    ["bySept 2021", "2021-09-30"],
    ["byQ3 2021/22", "2021-12-31"],
    // Joined by a slash, as "2021/22" is: the period's end, as every other period is due.
    ["Apr 2021/Mar 2022", "2022-03-31"],
    // The quarter's year in brackets: the quarter's end, not the year's.
    ["Q3 (2021/22)", "2021-12-31"],
    ["Q3 (21/22)", "2021-12-31"],
    ["April 2021 / March 2022", "2022-03-31"],
    ["Apr 21/Mar 22", "2022-03-31"],
    ["2021/22", "2022-03-31"],
    // A day, short month and year joined by hyphens is still a day.
    ["21-Mar-22", "2022-03-21"],
    ["21 - Mar - 22", "2022-03-21"],
    // Seasons end with their last month (winter runs into the next year); school terms with theirs.
    ["Spring 2021", "2021-05-31"],
    ["By autumn 2021", "2021-11-30"],
    ["Winter 2021", "2022-02-28"],
    ["Winter 2021/22", "2022-02-28"],
    ["Autumn term 2021", "2021-12-31"],
    ["Summer term 2021/22", "2022-07-31"],
    // A year alone is due at its end.
    ["2021", "2021-12-31"],
    ["By 2021", "2021-12-31"],
    ["Completed by the end of 2021.", "2021-12-31"],
    // A month, day and year with no comma, as typed or as a system writes a date: the number is the day.
    ["September 30 2021", "2021-09-30"],
    ["June 14 2021", "2021-06-14"],
    ["December 1 2021", "2021-12-01"],
    ["June 30th 2021", "2021-06-30"],
    ["Mon Jun 14 2021 00:00:00 GMT+0100 (British Summer Time)", "2021-06-14"],
    // A weekday or a time says the number is a day, even where it is the year before's two digits.
    ["Wed Dec 21 2022 00:00:00 GMT+0000", "2022-12-21"],
    ["14th of June 2021", "2021-06-14"],
    // A year first with slashes or dots, a quarter with a hyphen or its year first, a month run into its year.
    ["2021/06/14", "2021-06-14"],
    ["2021.06.14", "2021-06-14"],
    ["Q3-2021", "2021-09-30"],
    ["2021-Q3", "2021-09-30"],
    ["Sep21", "2021-09-30"],
  ])("%j is due %s", (text, due) => {
    // The period's start and a month's two digits that may be a day ("Sept 21") are read beside the date, for other uses.
    const { start: _start, yearOrDay: _yearOrDay, ...read } = parseTimeScaleText(text, "en-GB");
    expect(read).toEqual({ due });
  });

  // When the plan was agreed or the work began, then the date it is due by, named so: the date named as due.
  it.each([
    ["Agreed at Board in March 2021, due Sept 2021", "2021-09-30"],
    ["Approved March 2021 - due by December 2021", "2021-12-31"],
    ["Signed off Jan 2021; deadline June 2021", "2021-06-30"],
    ["Agreed March 2021 (due Sept 2021)", "2021-09-30"],
    ["Plan approved March 2021, due date: 31/12/2021", "2021-12-31"],
    ["Agreed March 2021, target date Sept 2021", "2021-09-30"],
    ["Started Jan 2021, target completion Sept 2021", "2021-09-30"],
    ["Agreed Jan 2021, completion by Q3 2021/22", "2021-12-31"],
    ["Agreed Jan 2021 and to be completed by the end of March 2022", "2022-03-31"],
    ["Agreed at Board in March 2021 with a deadline of Sept 2021", "2021-09-30"],
    ["Agreed March 2021, due in December 2021 - March 2022", "2022-03-31"],
    // Named as due twice: the later; after a revision, only a date after the revised one.
    ["Agreed March 2021, due Sept 2021, final deadline Dec 2021", "2021-12-31"],
    ["Sept 2021 (revised to Dec 2021, due Jan 2022)", "2022-01-31"],
    ["Agreed March 2021, due Sept 2021 (revised to Dec 2021)", "2021-12-31"],
    // Kept as they were: a date named as due before the date read; another thing's date ("review due", "next update due");
    // the date replaced ("was due"); a reason ("due to"); a range before the due date's words is read to its end.
    ["Sept 2021 (revised to Dec 2021), due Nov 2021", "2021-12-31"],
    ["Dec 2021, due Sept 2021", "2021-12-31"],
    ["Completed Sept 2021, review due March 2022", "2021-09-30"],
    ["Dec 2021 (next update due March 2022)", "2021-12-31"],
    ["Now complete (June 2021), was due March 2021", "2021-06-30"],
    ["Sept 2021, was due March 2022", "2021-09-30"],
    ["Sept 2021 (overdue since Dec 2021)", "2021-09-30"],
    ["Sept 2021 due to Board in Dec 2021", "2021-09-30"],
    ["April 2021 - March 2022, due Sept 2021", "2022-03-31"],
    ["Due Dec 2021, Board March 2022", "2021-12-31"],
    // A date named as due, then words saying it is another part's or another piece of work's ("for phase 2"): another thing's
    // date, so the date first given stands; not where they name the action's own end, who does it or who hears of it, or where
    // nothing, a bracket or a full stop follows the date.
    ["Sept 2021, target March 2022 for phase 2", "2021-09-30"],
    ["Sept 2021, due March 2022 for the review", "2021-09-30"],
    ["Sept 2021 (deadline March 2022 for stage 2)", "2021-09-30"],
    ["Sept 2021, target date Dec 2021 for the second part", "2021-09-30"],
    ["Oct 2021; target Q4 2021/22 for roll-out", "2021-10-31"],
    ["Sept 2021 - due March 2022 (for the refresh)", "2021-09-30"],
    ["Sept 2021, target Jan 2022 - March 2022 for phase 2", "2021-09-30"],
    ["Sept 2021, target March 2022 for completion of phase 2", "2021-09-30"],
    ["Oct 2021, target completion Dec 2021", "2021-12-31"],
    ["Oct 2021 (target completion Dec 2021)", "2021-12-31"],
    ["Oct 2021, target completion Dec 2021.", "2021-12-31"],
    ["Sept 2021, target March 2022 for completion", "2022-03-31"],
    ["Sept 2021, target March 2022 for full implementation.", "2022-03-31"],
    ["Agreed March 2021, due Sept 2021 for this action", "2021-09-30"],
    ["Agreed March 2021, due Sept 2021 for all partners", "2021-09-30"],
    ["Agreed March 2021, due Sept 2021 for Board", "2021-09-30"],
    ["Sept 2021 (next update due March 2022 for the review)", "2021-09-30"],
    ["Sept 2021, due March 2022 for the next update", "2021-09-30"],
    ["Sept 2021, target March 2022 for phases 2 and 3", "2021-09-30"],
    ["Phase 1 - Sept 2021, target March 2022 for phase 2", "2021-09-30"],
    ["Sept 2021, completion by March 2022 for phase 2", "2021-09-30"],
    ["Dec 2021, completion by Jan 2022 - March 2022 for the refresh", "2021-12-31"],
    ["Sept 2021, completion by March 2022", "2022-03-31"],
    ["Due: Sept 2021, target March 2022 for phase 2", "2021-09-30"],
    ["Sept 2021 (revised to Dec 2021), target March 2022 for phase 2", "2021-12-31"],
    ["Agreed March 2021, due Sept 2021, target March 2022 for phase 2", "2021-09-30"],
    // Where the first date is when the plan was agreed or the work began, no deadline, the date named as due is still the nearest.
    ["Agreed at Board in March 2021, due Sept 2021 for phase 2", "2021-09-30"],
    ["Started Jan 2021, target March 2022 for the refresh", "2022-03-31"],
  ])("%j, a date then one named as due, is due %s", (text, due) => {
    expect(parseTimeScaleText(text, "en-GB").due).toBe(due);
  });

  // A date, then words that open by moving the work to a later date with its year ("to be", "moved to Board in"): the later date.
  it.each([
    ["Sept 2021 (to be Q4 2021/22)", "2022-03-31"],
    ["Q2 2021/22 (to be Q4 2021/22)", "2022-03-31"],
    ["Sept 2021 (to be March 2022)", "2022-03-31"],
    ["Sept 2021 - to be March 2022", "2022-03-31"],
    ["Sept 2021 (to be 31/03/2022)", "2022-03-31"],
    ["Sept 2021 (to be end of March 2022)", "2022-03-31"],
    ["31/03/2022 (to be 30/06/2022)", "2022-06-30"],
    ["Sept 2021 (now to be March 2022)", "2022-03-31"],
    ["Sept 2021 (now due March 2022)", "2022-03-31"],
    ["Sept 2021 (moved to Board in March 2022)", "2022-03-31"],
    ["Sept 2021 (moved to SAB in March 2022)", "2022-03-31"],
    ["Sept 2021 (moved to the LSCP Strategic Group meeting in March 2022)", "2022-03-31"],
    ["Sept 2021 (moved to the Management Executive Board in March 2022)", "2022-03-31"],
    ["Sept 2021 (deferred to Board at the end of March 2022)", "2022-03-31"],
    ["Sept 2021 (deferred to the Strategic Partners meeting in Jan 2022)", "2022-01-31"],
    // Bodies named as the peer review and the minutes name them: a group, sub-group, panel or forum, the executive or leadership team.
    ["Sept 2021 (moved to the Exec team in March 2022)", "2022-03-31"],
    ["Sept 2021 (deferred to the Leadership Group in March 2022)", "2022-03-31"],
    ["Sept 2021 (deferred to SAB at its March 2022 meeting)", "2022-03-31"],
    ["Sept 2021 (moved to the MASH Steering Group in March 2022)", "2022-03-31"],
    ["Sept 2021 (moved to the LSCP Sub-Group in Jan 2022)", "2022-01-31"],
    ["Sept 2021 (deferred to the Senior Leadership Team in March 2022)", "2022-03-31"],
    ["Sept 2021 (postponed to the Quality Assurance Panel at their March 2022 meeting)", "2022-03-31"],
    ["Sept 2021 (now to be reported to Board in March 2022)", "2022-03-31"],
    ["Sept 2021 (now to be presented to SAB in March 2022)", "2022-03-31"],
    ["Sept 2021 (to be Jan 2022 - March 2022)", "2022-03-31"],
    ["Dec 2021 (moved to Board in March 2022, discussed in Jan 2022)", "2022-03-31"],
    ["Dec 2021 (to be March 2022), reported Jan 2022", "2022-03-31"],
    // Moved twice: the later date stands, and a move back to an earlier one is no move.
    ["Sept 2021 (revised to March 2022) (to be June 2022)", "2022-06-30"],
    ["Dec 2021 (moved to Board in March 2022) (moved to Board in Dec 2021)", "2022-03-31"],
    // Moved on again to a time with no year: the date moved to, and the later move said.
    ["June 2021 (moved to Board in Q4 2021/22) - delayed to Jan", "2022-03-31", "delayed to Jan"],
    // Revised or moved to part of a month, its week or a quarter's months: due where that time alone is.
    ["Sept 2021 (to be mid March 2022)", "2022-03-31"],
    ["Sept 2021 (to be early March 2022)", "2022-03-31"],
    ["Sept 2021 (revised to late March 2022)", "2022-03-31"],
    ["Sept 2021 (revised to Mid-March 2022)", "2022-03-31"],
    ["Sept 2021 (revised to Jan-Mar 2022)", "2022-03-31"],
    ["Sept 2021 (to be Jan to Mar 2022)", "2022-03-31"],
    ["Sept 2021 (revised to Oct – Dec 2021)", "2021-12-31"],
    ["Sept 2021 (to be w/c 7 March 2022)", "2022-03-07"],
    ["Sept 2021 (revised to week commencing 7th March 2022)", "2022-03-07"],
    ["Sept 2021 (to be w/c 07/03/2022)", "2022-03-07"],
    ["Sept 2021 (moved to Board in mid March 2022)", "2022-03-31"],
    ["Sept 2021 (revised on 01/10/2021 to mid March 2022)", "2022-03-31"],
    ["Sept 2021 (revised to Jan-Mar 2022) (to be mid April 2022)", "2022-04-30"],
    ["Sept 2021 (to be mid March 2022), agreed at Board Jan 2022", "2022-03-31"],
    ["Sept 2021 (revised to mid March)", "2021-09-30", "revised to mid March"],
  ])("%j, a date then one it is moved to, is due %s", (text, due, unread?: string) => {
    const scale = parseTimeScaleText(text, "en-GB");
    expect([scale.due, scale.unreadRevision]).toEqual([due, unread]);
  });

  // The same words not opening what follows the date, after no body the work goes to, or to a date not after the one read, move
  // nothing: another thing's date or what was done and when, never a due date, and never one earlier than a revision read.
  it.each([
    ["Sept 2021 (revised to March 2022) - now launched in Nov 2021", "2022-03-31"],
    ["Sept 2021 (revised to March 2022) - now piloted in Nov 2021", "2022-03-31"],
    ["April 2021 - March 2022 (now started in June 2021)", "2022-03-31"],
    ["April 2021 to March 2022 (now launched in June 2021)", "2022-03-31"],
    ["April 2021 to March 2022 (to be Dec 2021)", "2022-03-31"],
    ["Sept 2021 (revised to March 2022), draft moved to Strategic Group in Oct 2021", "2022-03-31"],
    ["Sept 2021 (revised to March 2022), draft moved to Strategic Group in Oct 2021 for comment", "2022-03-31"],
    ["Sept 2021 (revised to March 2022), draft now circulated in Oct 2021", "2022-03-31"],
    ["Sept 2021 (revised to March 2022), draft to be circulated Oct 2021", "2022-03-31"],
    ["Dec 2021 (revised to March 2022) new date to be set in Feb 2022", "2022-03-31"],
    ["Sept 2021 (revised to March 2022); survey to be Nov 2021", "2022-03-31"],
    ["Sept 2021 (revised to March 2022) (to be Dec 2021)", "2022-03-31"],
    ["Q3 2021/22 - Q4 2021/22 (now presented in Oct 2021)", "2022-03-31"],
    ["March 2022 (to be Sept 2021)", "2022-03-31"],
    ["Sept 2021 (now published in March 2022)", "2021-09-30"],
    ["Sept 2021 (now presented in March 2022)", "2021-09-30"],
    ["Sept 2021 (now presented to Board in March 2022)", "2021-09-30"],
    ["Sept 2021 (now started in January 2022)", "2021-09-30"],
    ["Sept 2021 (now agreed in December 2021)", "2021-09-30"],
    ["Sept 2021 (now agreed with the Board in December 2021)", "2021-09-30"],
    ["Sept 2021 (now completed in March 2022)", "2021-09-30"],
    ["Sept 2021 (now set for March 2022)", "2021-09-30"],
    ["Sept 2021 - training delivered; refresher to be March 2022", "2021-09-30"],
    ["Sept 2021 (next audit to be March 2022)", "2021-09-30"],
    ["Sept 2021; evaluation to be the end of March 2022", "2021-09-30"],
    ["Sept 2021 (Chair moved to Essex in March 2022)", "2021-09-30"],
    // Part of a month, its week or a quarter's months, where the words before it move nothing, or what follows it says it is not
    // the action's new date, or a change after it is the latest word: read as before.
    ["Sept 2021 - mid March 2022", "2021-09-30"],
    ["Sept 2021 - Jan-Mar 2022", "2021-09-30"],
    ["Sept 2021, due mid March 2022", "2021-09-30"],
    ["Sept 2021 (to be done in mid March 2022)", "2021-09-30"],
    ["Sept 2021 (now set for mid March 2022)", "2021-09-30"],
    ["Sept 2021 (refresher to be mid March 2022)", "2021-09-30"],
    ["Sept 2021 (to be reported to Board in mid March 2022)", "2021-09-30"],
    ["Sept 2021 (revised to mid-term review March 2022)", "2021-09-30"],
    ["Sept 2021 (revised to Dec - March 2022)", "2021-09-30"],
    ["Sept 2021 (revised to Feb-Mar 2022)", "2021-09-30"],
    ["Sept 2021 (revised to w/c March 2022)", "2021-09-30"],
    ["Sept 2021 (revised to mid Q4 2021/22)", "2021-09-30"],
    ["Sept 2021 (to be mid Jan 2022 briefing)", "2021-09-30"],
    ["Sept 2021 (to be mid March 2022 tbc)", "2021-09-30"],
    ["Sept 2021 (to be mid March 2022 for phase 2)", "2021-09-30"],
    ["Dec 2021 (to be mid March 2022) (for the re-audit)", "2021-12-31"],
    ["Sept 2021 (to be w/c 7 March 2022) - due Dec 2021", "2021-12-31"],
    ["Sept 2021 (revised to mid March 2022) - to be Jan 2022 briefing", "2022-01-31"],
    ["March 2022 (to be mid Jan 2022)", "2022-03-31"],
    ["Sept 2021 (staff moved to new team in March 2022)", "2021-09-30"],
    ["Sept 2021 (moved to the Comms team in March 2022)", "2021-09-30"],
    ["Sept 2021 (Chair moved to the Leadership Group in March 2022)", "2021-09-30"],
    ["Sept 2021 (Exec team to be March 2022)", "2021-09-30"],
    ["Sept 2021 (report moved to a new template in March 2022)", "2021-09-30"],
    ["Sept 2021 (updated to SAB in March 2022)", "2021-09-30"],
    ["Sept 2021 (meeting postponed to allow for consultation in March 2022)", "2021-09-30"],
    ["Sept 2021 (to be confirmed March 2022)", "2021-09-30"],
    ["Sept 2021 (to be discussed at Board in March 2022)", "2021-09-30"],
    ["Sept 2021 (to be reported to Board in March 2022)", "2021-09-30"],
    ["Sept 2021 (deferred to be reported to Board in March 2022)", "2021-09-30"],
    ["Sept 2021 (reported to Board in March 2022)", "2021-09-30"],
    ["Sept 2021 (to be the start of April 2022)", "2021-09-30"],
    ["Launched Sept 2021, now embedded in March 2022", "2021-09-30"],
    ["Completed Sept 2021, to be reviewed March 2022", "2021-09-30"],
    ["Completed Sept 2021, now to be reviewed in March 2022", "2021-09-30"],
    ["Agreed at Board March 2021, now to be implemented by Sept 2021", "2021-03-31"],
    ["Sept 2021 to March 2022", "2022-03-31"],
  ])("%j keeps the date it had, %s", (text, due) => {
    expect(parseTimeScaleText(text, "en-GB").due).toBe(due);
  });

  // A school year runs September to July, and its half-terms end in October, December, February, April (Easter), May and July.
  it.each([
    ["Academic year 2021/22", "2022-07-31", "2021-09-01"],
    ["Academic Year 2021-22", "2022-07-31", "2021-09-01"],
    ["2021/22 academic year", "2022-07-31", "2021-09-01"],
    ["Autumn 1 2021", "2021-10-31", "2021-09-01"],
    ["Autumn 2 2021/22", "2021-12-31", "2021-11-01"],
    ["Spring 1 2022", "2022-02-28", "2022-01-01"],
    ["Spring term 1 2022", "2022-02-28", "2022-01-01"],
    ["Spring 2 2021/22", "2022-04-30", "2022-03-01"],
    ["Summer 1 2022", "2022-05-31", "2022-04-01"],
    ["Summer 2 2022", "2022-07-31", "2022-06-01"],
  ])("%j, a school year or half-term, is due %s", (text, due, start) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due, start });
  });

  it("reads a year then its month in brackets, \"2022 (March)\", as that month", () => {
    expect(parseTimeScaleText("2022 (March)", "en-GB")).toEqual({ due: "2022-03-31", start: "2022-03-01" });
  });

  // The month and year written first are the due date; a month in brackets after them, with no year, is a revision said, never that month of the same year.
  it.each([
    ["Sept 2021 (March)", "2021-09-30", "March"],
    ["December 2021 (Jan)", "2021-12-31", "Jan"],
    ["Dec 2021 (Mar)", "2021-12-31", "Mar"],
    ["2022 (March)", "2022-03-31", undefined],
    // A month the date read spans restates it.
    ["Dec 2021 (Dec)", "2021-12-31", undefined],
    ["Q4 2021/22 (March)", "2022-03-31", undefined],
  ])("%j is due %s, its bracketed month unread: %s", (text, due, unread) => {
    const scale = parseTimeScaleText(text, "en-GB");
    expect([scale.due, scale.unreadRevision]).toEqual([due, unread]);
  });

  it.each(["Early 2022", "Mid-2022", "Late 2021", "By early 2022", "Start of 2022"])("%j, part of a year, gives no date, and says so, as \"(revised to early 2022)\" does", (text) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null, problem: `"${text}" names part of a year, which gives no date RAG Tracker reads`, unread: true });
  });

  it.each(["Spring 1", "Autumn term 2", "By Spring 2"])("%j, a half-term with no year, names no year, as a season or month alone does", (text) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null, problem: `"${text}" names no year`, noYear: true });
  });

  // "By Term 1 21": the year's two digits, as no form reads a term's either; "Term 2 21 days" names no year.
  it.each(["Term 2 21 days", "Term 3 25%", "Term 3 25 %"])("%j is no term and a year", (text) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null });
  });

  it.each(["Term 1 2021/22", "Term 3 2022", "By Term 1 21"])("%j, a school term by its number (of three a year or six?), gives no date, and says so", (text) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null, problem: `"${text}" names a school term by its number, which schools count as three terms a year or six, and gives no date RAG Tracker reads`, unread: true });
  });

  // A term's number beside a month, or a season's term, or "mid-term" and "long term", which are no school terms: the dates are read.
  it.each([
    ["Term 1 (Sept - Dec 2021)", "2021-12-31"],
    ["Autumn term 2021 (term 1)", "2021-12-31"],
    ["By end of Term 2, March 2022", "2022-03-31"],
    ["Term 2 (January 2022)", "2022-01-31"],
    ["Mid-term 2 report March 2022", "2022-03-31"],
    ["Long term 2 years from Apr 2022", "2022-04-30"],
  ])("%j, a term's number beside a month, is due %s", (text, due) => {
    const scale = parseTimeScaleText(text, "en-GB");
    expect([scale.due, scale.problem]).toEqual([due, undefined]);
  });

  it.each([
    ["December 2021", "2021-12-01"],
    ["Q3 2021/22", "2021-10-01"],
    ["Q3 2021", "2021-07-01"],
    ["2020/21", "2020-04-01"],
    ["Spring 2022", "2022-03-01"],
  ])("%j names a period that starts on %s", (text, start) => {
    expect(parseTimeScaleText(text, "en-GB").start).toBe(start);
  });

  it.each([
    ["Start April 2021, end March 2022", "2022-03-31"],
    ["April 2021; ending March 2022", "2022-03-31"],
    ["Sept 2021 and complete by Dec 2021", "2021-12-31"],
  ])("%j is due at the end it names", (text, due) => {
    expect(parseTimeScaleText(text, "en-GB").due).toBe(due);
  });

  // A number then a spaced dash before a month and its year labels a step: the first step's month, as for any dates listed.
  it.each([
    ["Phase 1 - Dec 21, Phase 2 - Mar 22", "2021-12-31"],
    ["Stage 2 - March 2022", "2022-03-31"],
    ["21 - Mar - 22", "2022-03-21"],
    // A term's, quarter's, week's or other numbered step's number, as a phase's is.
    ["Term 2 - Jan 2022", "2022-01-31"],
    ["Quarter 3 - Dec 2021", "2021-12-31"],
    ["Week 2 - Dec 2021", "2021-12-31"],
    ...["Cohort", "Session", "Module", "Level", "Priority", "Action", "Objective", "Aim", "Task"].map((word) => [`${word} 2 - Nov 2021`, "2021-11-30"]),
    // A term's one digit before its month with no dash; a session's day so written stays a day.
    ["Term 1 Sept 2021", "2021-09-30"],
    ["Session 14 Dec 2021", "2021-12-14"],
    // With no step word before it, the number is the day.
    ["14 - Dec 2021", "2021-12-14"],
    ["w/c 13 - Dec 2021", "2021-12-13"],
    ["Term 1 - 14 Sept 2021", "2021-09-14"],
    // The short forms a UK team types are the full forms' ("Wk 2 - Dec 2021" is "Week 2 - Dec 2021"), and a week's, stage's
    // or year's one digit before a month with no dash is a label's, as a term's is; a number alone, or a session's, stays a day.
    ["Wk 2 - Dec 2021", "2021-12-31"],
    ["Wk. 2 - Dec 2021", "2021-12-31"],
    ["Wks 2 - Dec 2021", "2021-12-31"],
    ["Week 2 Dec 2021", "2021-12-31"],
    ["Wk 2 Dec 2021", "2021-12-31"],
    ["Qtr 1 April 2022", "2022-04-30"],
    ["Qtr. 1 April 2022", "2022-04-30"],
    ["Qtr 1 - April 2022", "2022-04-30"],
    // "Q" and its digit with a space or a stop between are the quarter's, as "Quarter 3" is; joined, "Q3 Dec 2021" was already the month's end.
    ["Q 3 Dec 2021", "2021-12-31"],
    ["Q. 3 Dec 2021", "2021-12-31"],
    ["Q.3 Dec 2021", "2021-12-31"],
    ["Q 3 - Dec 2021", "2021-12-31"],
    ["Q3 Dec 2021", "2021-12-31"],
    ["Q3 2021-22", "2021-12-31"],
    ["Stage 1 March 2022", "2022-03-31"],
    ["Year 1 March 2022", "2022-03-31"],
    ["Phase 1 March 2022", "2022-03-31"],
    ["Phase 2 - Dec 2021", "2021-12-31"],
    ["14 Dec 2021", "2021-12-14"],
    ["1 March 2022", "2022-03-01"],
    ["Session 1 Dec 2021", "2021-12-01"],
    ["Week 6 Dec 2021", "2021-12-06"],
    ["Week 12 Dec 2021", "2021-12-12"],
    // A programme's year or month by its number, written short as a year's is ("Yr 1"), is a stage of the work as "Year 1" is.
    ["Yr 1 March 2022", "2022-03-31"],
    ["Yr. 1 March 2022", "2022-03-31"],
    ["Yr 2 - Dec 2021", "2021-12-31"],
    ["Month 1 Oct 2021", "2021-10-31"],
    ["Month 1 - Oct 2021", "2021-10-31"],
    ["Mth 3 Jan 2022", "2022-01-31"],
    ["Mths 3 - Jan 2022", "2022-01-31"],
    ["Month 12 Dec 2021", "2021-12-12"],
    // A period's number, as finance and programme teams count months ("Period 4"); a period given by its days is still their range.
    ["Period 4 Jan 2022", "2022-01-31"],
    ["Period 4 - Jan 2022", "2022-01-31"],
    ["Period 10 Jan 2022", "2022-01-10"],
    ["Period 1 April 2021 - 31 March 2022", "2022-03-31"],
    // A sprint's number, as a project team counts its short runs of work.
    ["Sprint 2 Mar 2022", "2022-03-31"],
    ["Sprint 2 - Mar 2022", "2022-03-31"],
    ["Sprint 12 Mar 2022", "2022-03-12"],
    // An audit cycle's number ("Cycle 1"), as the partnership's multi-agency audits are run.
    ["Cycle 1 Nov 2021", "2021-11-30"],
    ["Audit cycle 2 - Jan 2022", "2022-01-31"],
    ["Cycle 10 Nov 2021", "2021-11-10"],
    // A round's number ("Round 1" of audits or of training), as a wave's or tranche's is, with a dash or without.
    ["Round 1 May 2022", "2022-05-31"],
    ["Round 1 - May 2022", "2022-05-31"],
    ["Round 12 May 2022", "2022-05-12"],
    // After a noun or a word that names the period, the digit is the day the period starts: the stage's number only opens the text, or follows "by", "in" or "end of".
    ["Audit cycle 1 April 2022", "2022-04-01"],
    ["Consultation period 1 March 2022", "2022-03-01"],
    ["Next funding round 1 May 2022", "2022-05-01"],
    ["Notice period 1 Jan 2022", "2022-01-01"],
    ["Grace period 1 Jan 2022", "2022-01-01"],
    ["Each month 1 June 2022", "2022-06-01"],
    ["By Sprint 2 Mar 2022", "2022-03-31"],
    ["End of Period 4 Jan 2022", "2022-01-31"],
    ["in Round 1 May 2022", "2022-05-31"],
    // A phase, stage or period written short is the word written in full, where it opens the text or follows "by", "in" or "end of";
    // after other words "PH" may be Public Health, "pd" paid, and the digit stays the day, as "P 3 Dec 2021" (page 3?) is.
    ["Ph 2 Dec 2021", "2021-12-31"],
    ["Ph. 2 Dec 2021", "2021-12-31"],
    ["Stg 2 Dec 2021", "2021-12-31"],
    ["Pd 4 Jan 2022", "2022-01-31"],
    ["By Ph 2 Dec 2021", "2021-12-31"],
    ["End of Stg 2 Dec 2021", "2021-12-31"],
    ["Ph 2 - Dec 2021", "2021-12-31"],
    ["Stg 2 - Dec 2021", "2021-12-31"],
    ["Pd 4 - Jan 2022", "2022-01-31"],
    ["Update to PH 1 Dec 2021", "2021-12-01"],
    ["Invoice pd 4 Jan 2022", "2022-01-04"],
    ["P 3 Dec 2021", "2021-12-03"],
    ["Ph 12 Dec 2021", "2021-12-12"],
    // "PH" in capitals is Public Health, as plans name the team: the digit after it is the day, after "by" or "in", and before a dash too.
    ["PH 3 Dec 2021", "2021-12-03"],
    ["Data by PH 3 Dec 2021", "2021-12-03"],
    ["In PH 2 March 2022", "2022-03-02"],
    ["PH 1 - Dec 2021", "2021-12-01"],
    ["CCG / PH 1 - Dec 2021", "2021-12-01"],
    ["ph 9 Dec 2021", "2021-12-31"],
  ])("%j is due %s, a step's number being no day, a number alone a day", (text, due) => {
    expect(parseTimeScaleText(text, "en-GB").due).toBe(due);
  });

  it.each([
    ["31/03/2150", "2150-03-31"],
    ["March 2202", "2202-03-31"],
    ["Sept 2021 (revised to Dec 2201)", "2201-12-31"],
  ])("%j is read as written, %s, for the reader to refuse as after 2099", (text, due) => {
    expect(parseTimeScaleText(text, "en-GB").due).toBe(due);
  });

  it.each(["From April 2021", "Ongoing from April 2021", "Quarterly from April 2021", "March 2022 onwards", "April 2021 and ongoing", "From September 2019 – ongoing", "Since June 2021"])("%j is when work starts, with no due date", (text) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null });
  });

  // A deadline meant, counted from a day the cell does not give (the plan's approval, the review's publication): said, never a silent "not overdue".
  it.each(["6 months", "Within 6 months", "12 weeks", "3-6 months", "6 months from sign-off", "Six months", "within 12 months of publication", "2 years"])("%j gives a length of time with no date to count it from, and says so", (text) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null, problem: `"${text}" gives a length of time but not the date it runs from`, unread: true });
  });

  it.each(["Every 6 months", "6 monthly", "Six monthly", "Every 12 months (March)", "Quarterly"])("%j recurs, so is no length of time to count from", (text) => {
    expect(parseTimeScaleText(text, "en-GB").problem).toBeUndefined();
  });

  it.each(["Decmber 2019", "Septmber 2021", "30th 2021", "Spet 2021", "Setp 2021", "Jnue 2021", "Mya 2022"])("%j holds a year but no date it reads, and says so", (text) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null, problem: `"${text}" holds a year but no date RAG Tracker reads` });
  });

  it("reads a quarter by the months its words name with it, a financial year's as a calendar year's", () => {
    expect(parseTimeScaleText("Q3 2021 (Oct-Dec)", "en-GB")).toEqual({ due: "2021-12-31", start: "2021-10-01" });
    // The financial year's fourth quarter falls in the year after the one written, after its third.
    expect(parseTimeScaleText("Q4 2021 (Jan-Mar)", "en-GB").due).toBe("2022-03-31");
    expect(parseTimeScaleText("Q4 2021 (Jan-Mar 2022)", "en-GB").due).toBe("2022-03-31");
    // Months written between the quarter and its year.
    expect(parseTimeScaleText("Q1 (Apr-Jun) 2022/23", "en-GB").due).toBe("2022-06-30");
    expect(parseTimeScaleText("Q1 (Apr-Jun) 2022", "en-GB").due).toBe("2022-06-30");
    expect(parseTimeScaleText("Q1 2022 Apr – Jun", "en-GB").due).toBe("2022-06-30");
    expect(parseTimeScaleText("2021 Q2 (July to September)", "en-GB").due).toBe("2021-09-30");
    expect(parseTimeScaleText("Q3 2021 (Jul-Sep)", "en-GB").due).toBe("2021-09-30");
    // In the short forms and quarters together too.
    expect(parseTimeScaleText("Q2/26 (Jul-Sep)", "en-GB").due).toBe("2026-09-30");
    expect(parseTimeScaleText("Q1/27 (Apr-Jun)", "en-GB").due).toBe("2027-06-30");
    expect(parseTimeScaleText("Q4/26 (Jan-Mar)", "en-GB").due).toBe("2027-03-31");
    expect(parseTimeScaleText("Q4 (Jan-Mar) 26", "en-GB").due).toBe("2027-03-31");
    expect(parseTimeScaleText("Q3/4 2026 (Oct-Mar)", "en-GB")).toEqual({ due: "2027-03-31", start: "2026-10-01" });
    expect(parseTimeScaleText("Q3-Q4 2026 (Jul-Dec)", "en-GB").due).toBe("2026-12-31");
    expect(parseTimeScaleText("Q426", "en-GB").due).toBeNull();
    // Months that are no quarter's three, or that cross the year, leave the quarter as it is written.
    expect(parseTimeScaleText("Q3 2021 (Oct-Nov)", "en-GB").due).toBe("2021-09-30");
    expect(parseTimeScaleText("Q4 2021 (Nov-Jan)", "en-GB").due).toBe("2021-12-31");
  });

  it("reads quarters written together, due at the last one's end, and a quarter with its year's two last digits", () => {
    expect(parseTimeScaleText("Q3/4 2026", "en-GB")).toEqual({ due: "2026-12-31", start: "2026-07-01" });
    expect(parseTimeScaleText("Q3-4 2026", "en-GB").due).toBe("2026-12-31");
    expect(parseTimeScaleText("Q3-Q4 2026", "en-GB").due).toBe("2026-12-31");
    expect(parseTimeScaleText("Q1 & Q2 2027", "en-GB").due).toBe("2027-06-30");
    expect(parseTimeScaleText("Q4/26", "en-GB").due).toBe("2026-12-31");
    expect(parseTimeScaleText("Q2-27", "en-GB").due).toBe("2027-06-30");
    // A financial year's quarters together, and alone as they were.
    expect(parseTimeScaleText("Q1/2 2026/27", "en-GB")).toEqual({ due: "2026-09-30", start: "2026-04-01" });
    expect(parseTimeScaleText("Q3/4 21/22", "en-GB").due).toBe("2022-03-31");
    expect(parseTimeScaleText("Q3 21/22", "en-GB").due).toBe("2021-12-31");
    expect(parseTimeScaleText("FY 21/22 Q1-Q4", "en-GB").due).toBe("2022-03-31");
    // The year first, the quarters after it; a quarter with its two-digit year after a space, or with a financial year's pair.
    expect(parseTimeScaleText("2026 Q3/4", "en-GB")).toEqual({ due: "2026-12-31", start: "2026-07-01" });
    expect(parseTimeScaleText("2026 Q3-Q4", "en-GB").due).toBe("2026-12-31");
    expect(parseTimeScaleText("Q4 26", "en-GB").due).toBe("2026-12-31");
    expect(parseTimeScaleText("Q2/26-27", "en-GB").due).toBe("2026-09-30");
    expect(parseTimeScaleText("Q2-2026/27", "en-GB").due).toBe("2026-09-30");
    // A day after a quarter is still a day.
    expect(parseTimeScaleText("Q2 15/06/2021", "en-GB").due).toBe("2021-06-15");
  });

  // The financial year written before its quarters; half years, of the financial year where a pair of years is
  // written, else of the calendar year, both halves the whole year; ranges of quarters each with its year, due at the
  // last; quarters together with a two-digit year; a financial year with four digits each.
  it.each([
    ["2026-27 Q2", "2026-09-30"],
    ["2025-26 Q3", "2025-12-31"],
    ["2025-2026 Q3", "2025-12-31"],
    ["26/27 Q2", "2026-09-30"],
    ["2026/27 Q2 (Jul-Sep)", "2026-09-30"],
    ["2026/27 Q3/4", "2027-03-31"],
    ["FY 2022-23 Q2", "2022-09-30"],
    ["2026 H1", "2026-06-30"],
    ["2026/27 H1-H2", "2027-03-31"],
    ["2026-27 H1/H2", "2027-03-31"],
    ["H1-H2 2026/27", "2027-03-31"],
    ["H1-H2 2026", "2026-12-31"],
    ["26/27 H1-H2", "2027-03-31"],
    ["2026/27 Q1-2026/27 Q2", "2026-09-30"],
    ["2026/27 Q1 - 2026/27 Q2", "2026-09-30"],
    ["2025/26 Q4 - 2026/27 Q1", "2026-06-30"],
    ["Q3/4 26", "2026-12-31"],
    ["Q3-Q4 26 (Oct-Mar)", "2027-03-31"],
    ["2026/2027", "2027-03-31"],
  ])("reads %j as due on %s", (text, due) => {
    expect(parseTimeScaleText(text, "en-GB").due).toBe(due);
  });

  it("gives the first day of the period such a text names, and no date where its years do not follow on", () => {
    expect(parseTimeScaleText("2026/27 Q2", "en-GB")).toEqual({ due: "2026-09-30", start: "2026-07-01" });
    expect(parseTimeScaleText("2026-27 Q1-Q2", "en-GB")).toEqual({ due: "2026-09-30", start: "2026-04-01" });
    expect(parseTimeScaleText("H1 2026/27", "en-GB")).toEqual({ due: "2026-09-30", start: "2026-04-01" });
    expect(parseTimeScaleText("2026/27 H2", "en-GB")).toEqual({ due: "2027-03-31", start: "2026-10-01" });
    expect(parseTimeScaleText("H2 2026", "en-GB")).toEqual({ due: "2026-12-31", start: "2026-07-01" });
    expect(parseTimeScaleText("2026/28 Q2", "en-GB").due).not.toBe("2026-09-30");
  });

  it("warns of a half no year has, halves written last first, and a range that ends before it starts", () => {
    expect(parseTimeScaleText("2026 H3", "en-GB")).toEqual({ due: null, problem: '"2026 H3" names half 3, where a year has halves 1 and 2' });
    expect(parseTimeScaleText("H2-H1 2026", "en-GB")).toEqual({ due: null, problem: '"H2-H1 2026" names its halves last first, which gives no date' });
    expect(parseTimeScaleText("2026/27 Q3 - 2026/27 Q1", "en-GB")).toEqual({ due: null, problem: '"2026/27 Q3 - 2026/27 Q1" ends before it starts, which gives no date' });
    expect(parseTimeScaleText("Mar 22 - Apr 21", "en-GB").problem).toBe('"Mar 22 - Apr 21" ends before it starts, which gives no date');
  });

  it.each(["Q4/3 2026", "Q4-Q3 2026", "2026 Q4/3", "Q2/1 2026/27"])("%j names its quarters last first: no date, and said", (text) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null, problem: `"${text}" names its quarters last first, which gives no date` });
  });

  it("reads a quarter written with a space after its Q, or a slash before its year", () => {
    expect(parseTimeScaleText("Q 4 2021", "en-GB").due).toBe("2021-12-31");
    expect(parseTimeScaleText("Q4/2021", "en-GB").due).toBe("2021-12-31");
    expect(parseTimeScaleText("Q 3 2021/22", "en-GB").due).toBe("2021-12-31");
  });

  // A dot after the Q, as after "Qtr." ("Q. 3", "Q.3"): the same quarter as "Q 3", in every form a quarter is read in, and said in the words typed.
  it.each([
    ["Q. 3 2021/22", "Q 3 2021/22"],
    ["Q.3 2021/22", "Q 3 2021/22"],
    ["Q. 3 2021", "Q 3 2021"],
    ["Q.3 2021", "Q 3 2021"],
    ["Q. 4 21", "Q 4 21"],
    ["End of Q. 2 2021/22", "End of Q 2 2021/22"],
    ["Q. 3 (Oct-Dec) 2021", "Q 3 (Oct-Dec) 2021"],
    ["2021/22 Q. 3", "2021/22 Q 3"],
    ["2021 Q. 3", "2021 Q 3"],
    ["Q. 3/4 2021", "Q 3/4 2021"],
    ["Q. 3 - Q. 4 2021", "Q 3 - Q 4 2021"],
    ["Q. 3/4 2021/22", "Q 3/4 2021/22"],
    ["FY 21/22 Q. 1-Q. 2", "FY 21/22 Q 1-Q 2"],
    ["2026 Q. 3/4", "2026 Q 3/4"],
    ["Q. 4/3 2026", "Q 4/3 2026"],
    ["Q. 3", "Q 3"],
    ["By end of Q. 2", "By end of Q 2"],
    ["Q. 1 FY22", "Q 1 FY22"],
    ["21 Q. 4", "21 Q 4"],
    ["Q. 3 onwards", "Q 3 onwards"],
    ["Each Q. 4 2021/22", "Each Q 4 2021/22"],
    ["Every Q. 4", "Every Q 4"],
    ["Q. 2 and Q. 4", "Q 2 and Q 4"],
    ["Q. 1, Q. 2, Q. 3 and Q. 4", "Q 1, Q 2, Q 3 and Q 4"],
  ])("%j is read as %j is", (dotted, spaced) => {
    const asSpaced = JSON.parse(JSON.stringify(parseTimeScaleText(spaced, "en-GB")).replaceAll(spaced, dotted).replaceAll(spaced.trim(), dotted.trim()));
    expect(parseTimeScaleText(dotted, "en-GB")).toEqual(asSpaced);
  });

  it("reads \"Q. 3 2021/22\" as the quarter, 31 December 2021 as \"Qtr. 3 2021/22\" is, not the financial year; \"Q. 3 2021\" as 30 September 2021, not passed over", () => {
    expect(parseTimeScaleText("Q. 3 2021/22", "en-GB")).toEqual({ due: "2021-12-31", start: "2021-10-01" });
    expect(parseTimeScaleText("Qtr. 3 2021/22", "en-GB")).toEqual({ due: "2021-12-31", start: "2021-10-01" });
    expect(parseTimeScaleText("Q. 3 2021", "en-GB")).toEqual({ due: "2021-09-30", start: "2021-07-01" });
    expect(parseTimeScaleText("Q. 3", "en-GB")).toEqual({ due: null, problem: '"Q. 3" names no year', noYear: true });
  });

  it.each([
    ["Q5 2021", "5"],
    ["Q0 2022", "0"],
    ["Quarter 5 2021", "5"],
    ["Q5 21/22", "5"],
    ["Q12 2021", "12"],
    ["2026/27 Q5", "5"],
    ["Q5 2026/27", "5"],
    ["Q5 26", "5"],
  ])("%j names a quarter no year has, and says so", (text, quarter) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null, problem: `"${text}" names quarter ${quarter}, where a year has quarters 1 to 4` });
  });

  it.each(["As per meeting cycle", "Various dates", "Quarterly", "Q5", "Review Q5 findings", "Annually July", "Biennial - August", "As per training cycle", "", "TBC", "In line with Working Together 2018", "Annually in July", "Each September", "Q3 onwards", "Amy 2021 review", "Man 2021", "Par 2022"])(
    "%j has no due date and no problem",
    (text) => {
      expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null });
    },
  );

  // Not checked for being overdue, so said, and counted among the actions not checked: a plan runs past a year's end, so no year is guessed.
  it.each(["September", "Sept", "Q2", "Q3", "3rd quarter", "by end of Q2", "Autumn term", "in May", "End Q3", "Due Q3", "End September", "complete by March", "31 March", "Jan-Mar", "Q1-Q2", "September 6th", "Q3/Q4", "Jan/Feb", "March 31", "Sep 30", "by March 31", "Dec 1", "Mar 31 - Sep 30", "bySept", "byJun", "ByQ3", "endQ3", "Mar 31 (year end)", "Q3 (see note)", "Q3 (see note 2)", "Sept (revised to Q4)", "Q2 (revised to Q4)"])("%j names a time of year but no year, and says so", (text) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null, problem: `"${text}" names no year`, noYear: true });
  });

  // Two digits after a month are its year, as UK trackers write it and Excel shows mmm-yy; 30 and 31 after a space are its day.
  it.each([
    ["Mar 22", "2022-03-31"],
    ["Sept 21", "2021-09-30"],
    ["Jun-15", "2015-06-30"],
    ["Mar-31", "2031-03-31"],
    ["March 2031", "2031-03-31"],
    ["Mar 29", "2029-03-31"],
  ])("%j is a month and its year", (text, due) => {
    expect(parseTimeScaleText(text, "en-GB").due).toBe(due);
  });

  // A month, its day and its year joined by a slash, dash, stop or space, as UK teams write "Mar 31/22": the day where it cannot be a year.
  it.each([
    ["March 31 22", "2022-03-31"],
    ["Mar 31/22", "2022-03-31"],
    ["Mar 31, 22", "2022-03-31"],
    ["March 31st 22", "2022-03-31"],
    ["Mar 31-22", "2022-03-31"],
    ["Mar.31.22", "2022-03-31"],
    ["Sept 30 - 2022", "2022-09-30"],
    ["Sept 30th - 2022", "2022-09-30"],
    ["March 31/2022", "2022-03-31"],
    ["Mar/31/2022", "2022-03-31"],
    ["Mar-31-2022", "2022-03-31"],
    ["Mar 15/2022", "2022-03-15"],
    ["Dec 1 22", "2022-12-01"],
    ["Dec 1/22", "2022-12-01"],
    ["Dec 1st, 22", "2022-12-01"],
    // Two of them make a range, due at its end, not "22 - Sept 30", a day then a month of 2030.
    ["Mar 31/22 - Sept 30/22", "2022-09-30"],
    ["Apr 1/21 - Mar 31/22", "2022-03-31"],
    // The year before's two digits before a four-digit year are the day, not the month's year (21 March 2022, not March 2021).
    ["Mar 21/2022", "2022-03-21"],
    ["Sept 21/2022", "2022-09-21"],
    ["Mar 21 2022", "2022-03-21"],
    ["Mar-21-2022", "2022-03-21"],
    // Unchanged: a range of months.
    ["Apr 21/Mar 22", "2022-03-31"],
  ])("%j is a month, its day and its year: %s", (text, due) => {
    const scale = parseTimeScaleText(text, "en-GB");
    expect([scale.due, scale.problem]).toEqual([due, undefined]);
  });

  it.each(["Mar 21/2022", "Sept 21/2022", "Mar 21 2022"])("%j is the 21st in en-US too, with no part of the cell quoted as not a real date", (text) => {
    expect(parseTimeScaleText(text, "en-US").due).toBe(`2022-${text.startsWith("Mar") ? "03" : "09"}-21`);
  });

  it.each([
    ["Jun 15 22", "15"],
    ["June 15/22", "15"],
    ["Sept 21/22", "21"],
    // September 2021 to 2022, or 21 September 2022, with spaces round the dash or none.
    ["Sept 21 - 2022", "21"],
    ["Sept 21-2022", "21"],
    ["Mar 21-2022", "21"],
  ])("%j may be a day and a year or a year and more, and says so with no date", (text, day) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null, problem: `"${text}" gives a month and two numbers, and whether "${day}" is its day or its year is not clear` });
  });

  it("a month's day and year that make no real date quote the whole cell", () => {
    expect(parseTimeScaleText("Feb 30/2022", "en-GB")).toEqual({ due: null, problem: '"Feb 30/2022" is not a real date' });
  });

  // The date before a revision that gives none is read, with the revision's words, to be said.
  it.each([
    ["Sept 2021 (revised to Q4)", "2021-09-30", "revised to Q4"],
    ["Sept 2021 (revised to Mar 31)", "2021-09-30", "revised to Mar 31"],
    ["Sept 2021 (revised to Q4 2021/22)", "2022-03-31", undefined],
    ["Sept 2021 (moved)", "2021-09-30", undefined],
    // A new date with no revising verb, by a length of time, or to the year's end: meant, not read.
    ["Sept 2021 (now December)", "2021-09-30", "now December"],
    ["Q2 2021/22 (now Q3)", "2021-09-30", "now Q3"],
    ["Sept 2021 (new date: Q4)", "2021-09-30", "new date: Q4"],
    ["Sept 2021 (extended by 3 months)", "2021-09-30", "extended by 3 months"],
    ["Sept 2021 (delayed 3 months)", "2021-09-30", "delayed 3 months"],
    ["Sept 2021 (revised to end of year)", "2021-09-30", "revised to end of year"],
    ["Sept 2021 (slipped to December)", "2021-09-30", "slipped to December"],
    // A new day of a month, a week or the start of a quarter, with no year to read it by.
    ["Dec 2021 (revised to 31 March)", "2021-12-31", "revised to 31 March"],
    ["Dec 2021 (deadline extended to 30th June)", "2021-12-31", "extended to 30th June"],
    ["Dec 2021 (revised to the 31st March)", "2021-12-31", "revised to the 31st March"],
    ["Dec 2021 (revised to w/c 7 March)", "2021-12-31", "revised to w/c 7 March"],
    ["Dec 2021 (revised to start of Q4)", "2021-12-31", "revised to start of Q4"],
    ["Dec 2021 (moved to 31 March)", "2021-12-31", "moved to 31 March"],
    ["Dec 2021 (revised to early 2022)", "2021-12-31", "revised to early 2022"],
    ["Dec 2021 (revised to 2022)", "2021-12-31", "revised to 2022"],
    // A day and month in digits, the next quarter or year, "for" a month or a length, a dash after the verb, words between "now" and the time.
    ["Dec 2021 (new date 31/3)", "2021-12-31", "new date 31/3"],
    ["Dec 2021 (revised to next quarter)", "2021-12-31", "revised to next quarter"],
    ["Dec 2021 (postponed until the new year)", "2021-12-31", "postponed until the new year"],
    ["Dec 2021 (moved to next financial year)", "2021-12-31", "moved to next financial year"],
    ["Dec 2021 (rescheduled for January)", "2021-12-31", "rescheduled for January"],
    ["Dec 2021 (extended for 3 months)", "2021-12-31", "extended for 3 months"],
    ["Dec 2021 (revised - March)", "2021-12-31", "revised - March"],
    ["Dec 2021 (now to be reported to Board in March)", "2021-12-31", "now to be reported to Board in March"],
    ["Dec 2021 (carried forward to Q1)", "2021-12-31", "carried forward to Q1"],
    // The verb then the time at once, perhaps with the word for the date, or what the date is "to be".
    ["Sept 2021 (revised Dec)", "2021-09-30", "revised Dec"],
    ["March 2022 (revised date June)", "2022-03-31", "revised date June"],
    ["Dec 2021 (rescheduled 14/2)", "2021-12-31", "rescheduled 14/2"],
    ["Dec 2021 (to be 31/3)", "2021-12-31", "to be 31/3"],
    ["Dec 2021 (delayed to Nov)", "2021-12-31", "delayed to Nov"],
    ["Dec 2021 (postponed until Feb)", "2021-12-31", "postponed until Feb"],
    ["Dec 2021 (carried forward to the new plan)", "2021-12-31", undefined],
    ["Dec 2021 (rescheduled for January 2022)", "2022-01-31", undefined],
    ["Dec 2021 (revised - March 2022)", "2022-03-31", undefined],
    // An update's day or its remark is no revision.
    ["Sept 2021 (updated 12/10)", "2021-09-30", undefined],
    ["Dec 2021 (updated - March)", "2021-12-31", undefined],
    ["Dec 2021 (updated to include 12 months data)", "2021-12-31", undefined],
    ["Dec 2021 (now part of the Q4 report)", "2021-12-31", undefined],
    // What was done and when, a fraction or a count, or the next quarter's figures: no new date.
    ["Dec 2021 (now presented to Board in March)", "2021-12-31", undefined],
    ["Dec 2021 (now agreed with the Board in December)", "2021-12-31", undefined],
    ["Dec 2021 (updated to next quarter's figures)", "2021-12-31", undefined],
    ["Dec 2021 (extended to 1/2 day)", "2021-12-31", undefined],
    ["Dec 2021 (revised to 3/4 sessions)", "2021-12-31", undefined],
    ["Dec 2021 (extended 1/2 day)", "2021-12-31", undefined],
    ["Dec 2021 (revised 3/4 sessions)", "2021-12-31", undefined],
    ["Dec 2021 (to be confirmed)", "2021-12-31", undefined],
    ["Dec 2021 (new date 31/3 tbc)", "2021-12-31", "new date 31/3 tbc"],
    ["Dec 2021 (updated to 2022 data)", "2021-12-31", undefined],
    ["Sept 2021 (now Dec 2021)", "2021-12-31", undefined],
    ["Dec 2021 (pushed back to Q1 2022/23)", "2022-06-30", undefined],
    ["Dec 2021 (slipped to March 2022)", "2022-03-31", undefined],
    ["Dec 2021 (carried forward to Q1 2022/23)", "2022-06-30", undefined],
    ["Sept 2021 (updated 12/10/2021)", "2021-09-30", undefined],
    ["Sept 2021 (now complete)", "2021-09-30", undefined],
    ["Sept 2021 (revised by the board in March)", "2021-09-30", undefined],
    // The old date, or when the change was made: no new date left unread.
    ["Dec 2021 (revised from Sept)", "2021-12-31", undefined],
    ["March 2022 (deferred from Q3)", "2022-03-31", undefined],
    ["Sept 2021 (revised in March)", "2021-09-30", undefined],
    ["Sept 2021 (revised at the Spring board)", "2021-09-30", undefined],
    // Revised more than once: the latest revision is the date now meant, and the one quoted.
    ["Sept 2021 (moved Dec) - delayed to Jan", "2021-09-30", "delayed to Jan"],
    ["Sept 2021 (revised Dec) (revised Feb)", "2021-09-30", "revised Feb"],
    ["Sept 2021 (delayed to Nov) (revised Dec)", "2021-09-30", "revised Dec"],
    // A revision that names the date read again changes nothing; "to be" with no time, and the day a change was made, are no revision.
    ["31/12/2021 (revised 2021)", "2021-12-31", undefined],
    ["Dec 2021 (revised Dec)", "2021-12-31", undefined],
    ["31/03/2022 (to be 31/3)", "2022-03-31", undefined],
    ["Dec 2021 - to be year-end report", "2021-12-31", undefined],
    ["Dec 2021 (changed 12/11)", "2021-12-31", undefined],
    // A day written with its month's name after "changed" may be the new date, as after "changed to": only digits date the change.
    ["Dec 2021 (changed 12 Nov)", "2021-12-31", "changed 12 Nov"],
    ["Dec 2021 (changed 12th November)", "2021-12-31", "changed 12th November"],
    ["Dec 2021 (changed to 12/11)", "2021-12-31", "changed to 12/11"],
    ["Sept 2021 (revised Dec)", "2021-09-30", "revised Dec"],
    ["Dec 2021 (to be year-end)", "2021-12-31", "to be year-end"],
  ])("%j is due %s, its revision unread: %s", (text, due, unread) => {
    const scale = parseTimeScaleText(text, "en-GB");
    expect([scale.due, scale.unreadRevision]).toEqual([due, unread]);
  });

  // A revision to a quarter in any spelling a quarter is read in ("Q. 4", "Qtr 4", "Quarter 4", "4th quarter"): said as "(revised to Q4)" is,
  // never left to keep the date first set in silence; with a year, read as the new date, as "(revised to Q4 2021/22)" is.
  const REVISION_WORDS = ["Sept 2021 (revised to %s)", "Sept 2021 - revised %s", "Sept 2021 (now %s)", "Sept 2021 (new date: %s)", "Sept 2021 (to be %s)", "Sept 2021 (moved to Board in %s)", "Sept 2021 (rescheduled for %s)", "Sept 2021 (revised: %s)", "Dec 2021 (revised to start of %s)", "Dec 2021 (carried forward to the end of %s)"];
  it.each(["Q. 4", "Q.4", "Qtr 4", "Qtr. 4", "Qtr4", "Quarter 4", "quarter 4", "QUARTER 4", "4th quarter", "4th Qtr"])("a revision to %j is said as one to \"Q4\" is", (quarter) => {
    for (const words of REVISION_WORDS) {
      const asQ4 = parseTimeScaleText(words.replace("%s", "Q4"), "en-GB");
      expect(asQ4.unreadRevision, words).toBeDefined();
      const text = words.replace("%s", quarter);
      expect(parseTimeScaleText(text, "en-GB"), text).toEqual({ ...asQ4, unreadRevision: asQ4.unreadRevision!.replace("Q4", quarter) });
    }
    for (const year of [" 2021/22", " 2021"]) {
      const text = `Sept 2021 (revised to ${quarter}${year})`;
      expect(parseTimeScaleText(text, "en-GB"), text).toEqual(parseTimeScaleText(`Sept 2021 (revised to Q4${year})`, "en-GB"));
    }
  });

  // A date labelled as the original, with nothing else said, is still the action's date: only a date said to be replaced
  // by something ("TBC (was Dec 21)", "Ongoing - was Dec 2021") is not used.
  it.each([
    ["Original date Dec 2021", "2021-12-31"],
    ["Original deadline: Dec 2021", "2021-12-31"],
    ["Due date was 31/03/2022", "2022-03-31"],
    ["Completed - was due Dec 2021", "2021-12-31"],
    ["Ongoing - was Dec 2021", null],
    ["TBC (was Dec 21)", null],
  ])("%j is due %s", (text, due) => {
    expect(parseTimeScaleText(text, "en-GB").due).toBe(due);
  });

  it.each(["21 Q4", "3rd Q4"])("%j gives a quarter and a number read as no year, and says so", (text) => {
    expect(parseTimeScaleText(text, "en-GB")).toEqual({ due: null, problem: `"${text}" gives a quarter but no year RAG Tracker reads` });
  });

  it("reads numeric dates by the locale setting", () => {
    expect(parseTimeScaleText("04/06/2021", "en-GB").due).toBe("2021-06-04");
    expect(parseTimeScaleText("04/06/2021", "en-US").due).toBe("2021-04-06");
    expect(parseTimeScaleText("14/06/2021", "en-US")).toEqual({ due: null, problem: '"14/06/2021" is not a real date' });
  });

  it("reads a month and two-digit year only where American English cannot mean a day", () => {
    // A day with no year there, said, as a month and a number no form reads is.
    const unread = (text: string) => ({ due: null, problem: `"${text}" gives no date RAG Tracker reads`, unread: true });
    expect(parseTimeScaleText("June 15", "en-US")).toEqual(unread("June 15"));
    expect(parseTimeScaleText("Jun-15", "en-US").due).toBe("2015-06-30");
    // "Apr 21" may be 21 April there, so a range of such months is read alike whichever dash joins it.
    for (const dash of ["-", "–"]) expect(parseTimeScaleText(`Apr 21 ${dash} Mar 22`, "en-US"), dash).toEqual(unread(`Apr 21 ${dash} Mar 22`));
  });

  it("does not take two years that do not follow each other, or a 13th month, for a date", () => {
    const notFollowing = (years: string) => `"${years}" names years that do not follow on, where a financial year is written as "2026/27", which gives no date`;
    expect(parseTimeScaleText("2019/22", "en-GB")).toEqual({ due: null, problem: notFollowing("2019/22") });
    expect(parseTimeScaleText("2026/2028", "en-GB")).toEqual({ due: null, problem: notFollowing("2026/2028") });
    expect(parseTimeScaleText("Q3 2026/2028", "en-GB")).toEqual({ due: null, problem: notFollowing("2026/2028") });
    expect(parseTimeScaleText("Spring 2021/23", "en-GB")).toEqual({ due: null, problem: notFollowing("2021/23") });
    expect(parseTimeScaleText("FY 21/23", "en-GB")).toEqual({ due: null, problem: notFollowing("FY 21/23") });
    expect(parseTimeScaleText("Q3 21/23", "en-GB")).toEqual({ due: null, problem: '"Q3 21/23" gives no date RAG Tracker reads', unread: true });
    // A year and a month's two digits, not two years: no date, and nothing said of years.
    expect(parseTimeScaleText("2021-06", "en-GB")).toEqual({ due: null });
    expect(parseTimeScaleText("13/2021", "en-GB")).toEqual({ due: null, problem: '"13/2021" is not a real date' });
  });

  it("reports a date-shaped text that is not a real date", () => {
    expect(parseTimeScaleText("31/02/2021", "en-GB")).toEqual({ due: null, problem: '"31/02/2021" is not a real date' });
  });

  it("reads no date from a run of digits, and says what it would be with separators, in the locale's order", () => {
    expect(parseTimeScaleText("31032022", "en-GB")).toEqual({ due: null, problem: '"31032022" is a run of digits with no separators, which is not read as a date', meant: "31/03/2022" });
    expect(parseTimeScaleText("310322", "en-GB")).toMatchObject({ due: null, meant: "31/03/2022" });
    expect(parseTimeScaleText("03312022", "en-US")).toMatchObject({ due: null, meant: "03/31/2022" });
    // Year first where the locale's order makes no date; none suggested where neither does.
    expect(parseTimeScaleText("20220331", "en-GB")).toMatchObject({ due: null, meant: "31/03/2022" });
    expect(parseTimeScaleText("12345678", "en-GB")).toEqual({ due: null, problem: '"12345678" is a run of digits with no separators, which is not read as a date' });
    // Only a date of 1990 to 2099 is suggested: "20050612" is 12/06/2005 year first, never 20/05/0612.
    expect(parseTimeScaleText("20050612", "en-GB")).toMatchObject({ due: null, meant: "12/06/2005" });
    expect(parseTimeScaleText("01010101", "en-GB")).toEqual({ due: null, problem: '"01010101" is a run of digits with no separators, which is not read as a date' });
    // Shorter or longer runs are no date typed without separators, but a number, which gives no date, and is said; a year alone still is one.
    for (const text of ["1234", "12345", "123456789", "80000", "3.5"]) expect(parseTimeScaleText(text, "en-GB"), text).toEqual({ due: null, problem: `"${text}" is a number, which gives no date` });
    // Seven digits are eight with the leading zero Excel drops from a number: 1102021 is 01/10/2021.
    expect(parseTimeScaleText("1102021", "en-GB")).toMatchObject({ due: null, meant: "01/10/2021" });
    expect(parseTimeScaleText("2021", "en-GB").due).toBe("2021-12-31");
  });

  it("reads a date and time, or a date's serial number, kept as text, as a paste or an export leaves them", () => {
    for (const text of ["2022-03-31T00:00:00", "2022-03-31T00:00:00.000Z", "2022-03-31T09:30", "44651", "44651.0"]) expect(parseTimeScaleText(text, "en-GB").due, text).toBe("2022-03-31");
    // A number outside the years a plan runs over, or a date and time that names no day, is no date.
    for (const text of ["12345", "99999", "2022-02-30T00:00:00"]) expect(parseTimeScaleText(text, "en-GB").due, text).toBeNull();
  });

  it("reads real dates and serial numbers formatted as dates", () => {
    expect(cellDate(new Date(Date.UTC(2021, 6, 13)), null)).toBe("2021-07-13");
    expect(cellDate(44390, "dd/mm/yyyy")).toBe("2021-07-13");
    expect(cellDate(44390, "General")).toBe("2021-07-13");
    expect(cellDate(3, "0")).toBeNull();
    expect(serialToIso(isoToSerial("2020-02-29"))).toBe("2020-02-29");
    expect(isDateFormat("[$-en-GB]mmmm yyyy")).toBe(true);
    expect(isDateFormat("0.00")).toBe(false);
    expect(isDateFormat("#,##0")).toBe(false);
    expect(cellDate(44390.75, "dd/mm/yyyy hh:mm")).toBe("2021-07-13");
  });

  it("tells a format showing only a time, which gives no date, from one showing a day, a number or text", () => {
    for (const format of ["h:mm", "hh:mm AM/PM", "[h]:mm:ss", "mm:ss", "[$-en-GB]h:mm;@", "[mm]:ss"]) {
      expect([isTimeFormat(format), isDateFormat(format), cellDate(44390.75, format)], format).toEqual([true, false, null]);
    }
    for (const format of ["dd/mm/yyyy hh:mm", "General", "0.00", '0 "hours"', "0\\h", "@", "[Red]#,##0"]) expect(isTimeFormat(format), format).toBe(false);
  });

  it("counts a serial in a General cell from 1904 in a workbook that does; one formatted as a date comes from the door in the 1900 system", () => {
    // 13 July 2021 is 44390 from 1900 and 42928 from 1904.
    expect(cellDate(42928, "General", true)).toBe("2021-07-13");
    expect(cellDate(42928, null, true)).toBe("2021-07-13");
    expect(cellDate(44390, "dd/mm/yyyy", true)).toBe("2021-07-13");
    // The plausible years (1990 to 2099) are of the date the serial counts to: 31,412 from 1904 is 1 January 1990.
    expect(cellDate(31412, "General", true)).toBe("1990-01-01");
    expect(cellDate(31412, "General")).toBeNull();
  });
});

// A cell may hold up to 32,767 characters; a long run of spaces between its dates (a pasted block, a cell padded to align text) is
// read in one pass, not once per space. Read once per space, these took 19 s together; in one pass, 50 ms. The test's time limit,
// 100 times what they take, fails the first, with no clock in the test to flake on a busy machine.
describe("a long run of spaces in a time scale", () => {
  const spaces = " ".repeat(20000);
  const texts: [string, string | null][] = [
    ["Sept 2021" + spaces + "x March 2022", "2021-09-30"],
    ["Sept 2021" + spaces + "x", "2021-09-30"],
    [spaces + "March 2022", "2022-03-31"],
    ["Sept 2021" + spaces + "7 March 2022", "2021-09-30"],
    ["30/09/2021" + spaces + "31/03/2022", "2021-09-30"],
    ["Q2 2021/22" + spaces + "Q4 2021/22", "2021-09-30"],
    ["Sept 2021 due" + spaces + "x March 2022", "2021-09-30"],
    ["Sept 2021 was" + spaces + "x March 2022", "2021-09-30"],
    ["Sept 2021" + spaces + "Q March 2022", "2021-09-30"],
    ["Sept 2021" + " ".repeat(32740) + "x March 2022", "2021-09-30"],
    ["Jan" + " ".repeat(32740) + "x 2022", null],
    ["7" + " ".repeat(32740) + "x 2022", null],
    ["2021" + " ".repeat(32740) + "x", null],
  ];
  it("between, before and after dates, filling a cell, is read to the date it gave before", { timeout: 5_000 }, () => {
    expect(texts.map(([text]) => parseTimeScaleText(text, "en-GB").due)).toEqual(texts.map(([, due]) => due));
  });
});
