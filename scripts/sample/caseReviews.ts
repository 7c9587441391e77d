/**
 * A composite tracker of case reviews in the shape the committee minutes report them
 * (committee-minutes-verbal-update.txt): Frankie 14 actions (11 blue, 3 amber), Sam and Kyle 18
 * (16 blue, 2 amber), Leo 14 (1 blue, 4 green, 9 amber), under the four overarching themes the
 * minutes name. The reviews themselves are confidential, so every recommendation, action and
 * progress text here is illustrative wording written for the sample, not taken from a review.
 *
 * Target dates mix what teams really type: real dates, UK text dates ("14/06/2021"), months
 * ("December 2021") and no date at all ("Quarterly"). Two of Leo's amber actions have text dates
 * that have passed by 1 November 2021, so they show as overdue; some actions were never updated.
 */

export const CASE_REVIEWS_TITLE = "Composite Action Matrix – case reviews";
export const CASE_REVIEWS_HEADER = [
  "Review",
  "Action No",
  "Theme",
  "Recommendation",
  "Action",
  "Progress Update",
  "Lead Agency",
  "Target Date",
  "Last Updated",
  "RAG Status",
];

const IS = "Information sharing";
const PC = "Professional curiosity";
const TE = "Thresholds and escalations";
const WR = "Working with resistance";

/** A real date cell (YYYY-MM-DD); any other target is text as typed. */
export interface RealDate {
  date: string;
}
const d = (date: string): RealDate => ({ date });

export type Rating = "Blue" | "Green" | "Amber";

/** [theme, recommendation, action, progress update, lead agency, target date, last updated, rating] */
export type CaseAction = [string, string, string, string, string, RealDate | string, RealDate | null, Rating];

export const CASE_REVIEWS: [string, CaseAction[]][] = [
  [
    "Frankie",
    [
      [IS, "Agencies to share information about adults in the household at the point of referral.", "Add a prompt on household members to the MASH referral form.", "Referral form updated and in use since March 2021.", "Children's Social Care", d("2021-03-31"), d("2021-04-06"), "Blue"],
      [IS, "Health visiting and GP records to be shared at strategy discussions.", "Invite the named GP to every strategy discussion for children under five.", "Invitations now standard; attendance audited in June 2021.", "Health", "30/06/2021", d("2021-07-02"), "Blue"],
      [IS, "Schools to be told when a child on their roll becomes subject to a plan.", "Send a notification to the designated safeguarding lead when a plan starts.", "Notifications sent through the education portal.", "Education", "April 2021", d("2021-05-14"), "Blue"],
      [IS, "Police to share domestic abuse notifications within 24 hours.", "Agree a daily notification process between the Police and the MASH.", "Daily process in place; compliance reviewed monthly.", "Police", d("2021-02-28"), d("2021-03-15"), "Blue"],
      [PC, "Practitioners to look beyond the presenting concern.", "Deliver professional curiosity briefings to frontline staff.", "Six briefings delivered to 140 practitioners.", "LSCP Business Team", "May 2021", d("2021-06-01"), "Blue"],
      [PC, "Home visits to include seeing where the child sleeps.", "Add the child's sleeping arrangements to the home visit checklist.", "Checklist revised and embedded in supervision.", "Children's Social Care", "14/06/2021", d("2021-06-20"), "Blue"],
      [PC, "Supervision to test practitioners' assumptions about family members.", "Include a reflective question on hidden adults in the supervision template.", "Template updated; audit planned for the spring.", "Children's Social Care", "March 2022", d("2021-05-10"), "Amber"],
      [TE, "Practitioners to use the escalation policy when they disagree with a decision.", "Relaunch the escalation policy with a one-page guide.", "Guide published on the LSCP website.", "LSCP Business Team", "July 2021", d("2021-07-28"), "Blue"],
      [TE, "Threshold decisions to be recorded with reasons.", "Add a reasons field to the MASH decision record.", "Field added; completed in 96% of records in the September audit.", "Children's Social Care", d("2021-06-30"), d("2021-09-30"), "Blue"],
      [TE, "Step-down to early help to be agreed with the family and lead professional.", "Introduce a step-down meeting for every case closing to early help.", "Meetings introduced; a review of the first 20 cases is under way.", "Early Help", "December 2021", d("2021-10-12"), "Amber"],
      [WR, "Practitioners to be supported when families are hostile or avoid contact.", "Deliver training on working with resistant and hostile families.", "Two cohorts trained; further dates booked.", "LSCP Business Team", "Quarterly", d("2021-09-15"), "Blue"],
      [WR, "Missed appointments to be followed up.", "Follow up two missed health appointments with a home visit.", "Was Not Brought policy revised and circulated.", "Health", "31/03/2021", d("2021-04-20"), "Blue"],
      [WR, "Disguised compliance to be recognised and challenged.", "Publish a 7-minute briefing on disguised compliance.", "Briefing published and shared with partners.", "LSCP Business Team", "August 2021", d("2021-08-16"), "Blue"],
      [IS, "Adult services to share risk information about parents with children's services.", "Agree an information-sharing protocol between adult mental health and children's services.", "Draft protocol with both services for sign-off.", "Health", d("2022-01-31"), d("2021-10-05"), "Amber"],
    ],
  ],
  [
    "Sam and Kyle",
    [
      [IS, "Information about siblings in different households to be linked.", "Link sibling records across the children's social care system.", "Records linked; guidance issued to teams.", "Children's Social Care", d("2021-01-31"), d("2021-02-10"), "Blue"],
      [IS, "Housing to share concerns about overcrowding with children's services.", "Add housing officers to the MASH partner contact list.", "Housing contact now attends the MASH weekly.", "Housing", "February 2021", d("2021-03-01"), "Blue"],
      [IS, "Schools to share attendance concerns earlier.", "Agree a trigger for sharing persistent absence with the social worker.", "Trigger agreed with head teachers.", "Education", "31/03/2021", d("2021-03-29"), "Blue"],
      [IS, "Health to share information from the birth of a younger sibling.", "Add a safeguarding flag to maternity records where a sibling has a plan.", "Flag in use across maternity services.", "Health", d("2021-04-30"), d("2021-05-04"), "Blue"],
      [PC, "Practitioners to consider the lived experience of each child.", "Use the child's day tool in assessments.", "Tool in use; audit shows better recording of the child's voice.", "Children's Social Care", "May 2021", d("2021-06-11"), "Blue"],
      [PC, "Injuries in non-mobile babies to be treated as a concern.", "Relaunch the SET bruising protocol.", "Protocol relaunched with a learning event.", "Health", "30/04/2021", d("2021-05-02"), "Blue"],
      [PC, "Practitioners to ask about new partners in the household.", "Deliver briefings on 'the invisible man'.", "Briefings delivered; podcast recorded.", "LSCP Business Team", "June 2021", d("2021-06-30"), "Blue"],
      [PC, "Professional curiosity to be tested in multi-agency audit.", "Include professional curiosity in the next multi-agency audit.", "Audit completed; findings reported to the Practice Standards Group.", "Audit Group", d("2021-09-30"), d("2021-10-01"), "Blue"],
      [TE, "Partners to share a common understanding of thresholds.", "Refresh the threshold document and train staff.", "Threshold document refreshed and launched.", "LSCP Business Team", "March 2021", d("2021-03-26"), "Blue"],
      [TE, "Repeat referrals to trigger a review of the case.", "Introduce a repeat-referral check in the MASH.", "Check built into the MASH workflow.", "Children's Social Care", "30/06/2021", d("2021-07-05"), "Blue"],
      [TE, "Escalations to be tracked to resolution.", "Keep an escalation log reviewed by the Practice Standards Group.", "Log in place and reviewed at each meeting.", "LSCP Business Team", "Quarterly", d("2021-09-21"), "Blue"],
      [TE, "Child protection medicals to be arranged without delay.", "Agree a same-day pathway for child protection medicals.", "Pathway agreed with the acute trust.", "Health", "August 2021", d("2021-08-31"), "Blue"],
      [WR, "Practitioners to be supported to challenge parents who minimise concerns.", "Add working with resistance to the multi-agency training offer.", "Course running each term.", "LSCP Business Team", "September 2021", d("2021-09-10"), "Blue"],
      [WR, "Home visits to be unannounced where access has been refused.", "Update practice guidance on unannounced visits.", "Guidance updated and circulated.", "Children's Social Care", "31/05/2021", d("2021-06-01"), "Blue"],
      [WR, "Managers to review cases where families disengage.", "Add a disengagement prompt to management oversight.", "Prompt added to the case management system.", "Children's Social Care", d("2021-07-31"), d("2021-08-02"), "Blue"],
      [WR, "Fathers and male carers to be engaged in assessments.", "Publish guidance on engaging fathers and male carers.", "Guidance drafted; consultation with fathers' groups planned.", "Early Help", "January 2022", null, "Amber"],
      [IS, "Learning from the review to be shared across SET.", "Share a learning briefing with the SET partnerships.", "Briefing shared at the SET Business Managers Group.", "LSCP Business Team", "July 2021", d("2021-07-20"), "Blue"],
      [PC, "Assessments to include the history of previous partners.", "Add a chronology of adult relationships to the assessment template.", "Template change agreed; awaiting the system update.", "Children's Social Care", d("2021-12-31"), d("2021-10-20"), "Amber"],
    ],
  ],
  [
    "Leo",
    [
      [IS, "Agencies to share information about exploitation risk.", "Add exploitation indicators to the MASH referral form.", "Indicators added and in use.", "Children's Social Care", "June 2021", d("2021-06-28"), "Blue"],
      [IS, "Missing episodes to be shared with the school the same day.", "Agree a same-day missing notification to schools.", "Process agreed; schools notified of every episode since July.", "Police", "31/07/2021", d("2021-08-09"), "Green"],
      [IS, "The Youth Offending Service to share risk assessments with children's social care.", "Give social workers access to youth offending risk assessments.", "Access agreed; system permissions being set up.", "Youth Offending Service", "December 2021", d("2021-10-18"), "Amber"],
      [IS, "Return home interviews to be analysed for patterns.", "Produce a quarterly analysis of return home interviews.", "First analysis drafted for the MACE group.", "Children's Social Care", "Quarterly", d("2021-09-28"), "Amber"],
      [PC, "Practitioners to recognise signs of criminal exploitation.", "Deliver county lines awareness training.", "Training delivered to 210 staff.", "LSCP Business Team", d("2021-07-31"), d("2021-08-05"), "Green"],
      [PC, "Sudden changes in a child's behaviour or possessions to be explored.", "Publish a practice note on exploitation indicators.", "Practice note drafted; sign-off delayed.", "LSCP Business Team", "30/09/2021", d("2021-09-02"), "Amber"],
      [PC, "Schools to record and share concerns about older associates.", "Add older associates to the school safeguarding recording guidance.", "Guidance issued to all secondary schools.", "Education", "September 2021", d("2021-09-24"), "Green"],
      [PC, "Health to ask about exploitation at emergency department attendances.", "Add an exploitation question to emergency department triage.", "Question agreed; training for triage staff under way.", "Health", d("2022-02-28"), d("2021-10-14"), "Amber"],
      [TE, "Exploitation concerns to be considered at strategy level.", "Hold a strategy discussion for every child assessed at significant risk of exploitation.", "Strategy discussions held in every case since June.", "Children's Social Care", "June 2021", d("2021-07-01"), "Green"],
      [TE, "Contextual safeguarding to be used for peer groups and places.", "Introduce contextual safeguarding meetings for locations of concern.", "Pilot meetings running in two areas.", "MACE", "March 2022", d("2021-10-26"), "Amber"],
      [TE, "Transition to adult services to be planned from 17.", "Agree a transition pathway for young people at risk of exploitation.", "Pathway drafted with adult social care.", "Adult Social Care", "August 2021", d("2021-07-15"), "Amber"],
      [WR, "Practitioners to keep trying to engage young people who refuse contact.", "Introduce a trusted adult approach for young people who disengage.", "Youth workers identified; approach being piloted.", "Youth Offending Service", "31/01/2022", d("2021-10-07"), "Amber"],
      [WR, "Parents to be supported as partners in protecting children from exploitation.", "Set up a support group for parents of children affected by exploitation.", "Venue found; first sessions planned for the new year.", "Early Help", "January 2022", null, "Amber"],
      [WR, "Disruption activity to be coordinated across agencies.", "Agree a disruption plan template for MACE.", "Template in draft with the Police.", "Police", "Quarterly", d("2021-06-30"), "Amber"],
    ],
  ],
];
