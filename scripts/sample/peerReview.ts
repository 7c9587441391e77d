/**
 * The peer review action plan, from the shared reference document (peer-review-action-plan.txt):
 * all 26 recommendations with their category, specific actions, response and rating, as printed.
 * Wrapped lines are joined with spaces; line breaks are kept where the document starts a new
 * list item (" - …") or a new step or paragraph. Spelling is the document's own.
 *
 * The ratings are the document's: 23 B and 3 G (recommendations 3, 19 and 25). The committee
 * minutes report the same plan as "23 … blue and 3 … amber", in the committee's own sense of the
 * colours; the sample keeps the plan's ratings, which are what the workbook holds.
 */

export const GOVERNANCE = "Governance & Business Support Structures";
export const SHARED = "Shared Priorities/Engagement";
export const LEARNING = "Learning and Improvement";
export const QUALITY = "Quality Assurance and Data";
export const FINANCE = "Finance";

export interface Recommendation {
  category: string;
  no: number;
  recommendation: string;
  actions: string;
  response: string;
  rating: "B" | "G";
}

export const PEER_REVIEW_TITLE = "Peer Review Action Plan";
export const PEER_REVIEW_HEADER = ["Category", "Rec No", "Recommendation", "Specific Actions", "Response", "RAG \nRating"];

export const RECOMMENDATIONS: Recommendation[] = [
  {
    category: GOVERNANCE,
    no: 1,
    recommendation: "Consider deputies on Strategic Group to bring strategic /operational leads together",
    actions: "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.",
    response: "Deputies are now core members of Strategic Group. The Terms of Reference for the group have been revised to reflect this.",
    rating: "B",
  },
  {
    category: GOVERNANCE,
    no: 2,
    recommendation: "Multi-agency Safeguarding Hub (MASH) steering group subgroup - governance through LSCP",
    actions: "The MASH Steering Group to become one of the LSCP Sub-Groups",
    response:
      "The MASH Strategic Group is now a Sub-group of the LSCP and reports directly to the Strategic Group. This is reflected in the revised LSCP Constitution September 2021 and represented in the Partnership structure chart.",
    rating: "B",
  },
  {
    category: SHARED,
    no: 3,
    recommendation: "Shared and agreed priorities across Partnerships in Thurrock",
    actions:
      "Produce a Priorities Outcome Booklet which shows the priorities for the LSCP, Safeguarding Adults Board (SAB), Community Safety Partnership (CSP) and Health and Well Being Board (H&WBB) - updates can be provided and the report can be shared with the different partnerships.",
    response:
      "Meetings between all Board/Partnerships managers have taken place to discuss priorities and to scope and design the document. This action was delayed pending the outcome of the HWBB priority refresh process. It has been agreed that the document will be published with the current priorites of all boards as a dynamic document updated and re-published with priority updates.",
    rating: "G",
  },
  {
    category: SHARED,
    no: 4,
    recommendation:
      "Protocol to reduce duplication and streamline processes across partnership groups e.g. Safeguarding Adults Reviews (SARs)/Local Safeguarding Practice Reviews (LSPRs)/Domestic Homicide Reviews (DHRs).",
    actions: "Develop a protocol across the partnerships in Thurrock",
    response:
      "A draft protocol and flowchart has been developed and is being considered by all boards for agreement and adoption. Partners are asked to consider the draft protocol (attached to meeting paperwork) for agreement, sign off and adoption.",
    rating: "B",
  },
  {
    category: SHARED,
    no: 5,
    recommendation: "Develop wider role of SET",
    actions: "To be agreed.",
    response:
      "There are many SET groups with a growing amount of joint work being delivered. Currenty in place; SET Procedures Group, SET Working Group, various SET Task and Finish Groups, SET DAB, SET CE Group, SET Awareness Campaigns and SET Business Managers Group and the SET Strategic Partners Group (set up in response to dealing with issues around COVID-19). SET Independent Chairs are proposing a quarterly meeting to focus on joint work. Discussions around a joint Retensions policy have started.",
    rating: "B",
  },
  {
    category: LEARNING,
    no: 6,
    recommendation: "Consider different models to involve frontline staff/schools e.g. learning hubs",
    actions: "Consultation to be undertaken with front line staff and then the learning hub developed following the results from this",
    response:
      "An annual schedule of consultation of fronline staff/practitioners has been divised. A consultation will take place 4 times a year every year on various areas. The area for 2021/22 Quarter 1 is Learning & Development and the LSCP Website. In conjunction with this The Learning Hub is being developed and will form part of the newly refreshed TLSCP website in the autumn term.",
    rating: "B",
  },
  {
    category: LEARNING,
    no: 7,
    recommendation: "Revise Learning and Improvement Framework",
    actions: "The Learning and Practice Review Group to revise the Learning and Improvement Framework",
    response:
      "The TLSCP Learning & Improvement Framework has been devised, taken through our governance structure for comment and has been approved and signed off by Strategic Partners. Work from the framework has begun and is on-going. The framework will be revised and refreshed on a annual basis to ensure it is relevant and current.",
    rating: "B",
  },
  {
    category: QUALITY,
    no: 8,
    recommendation: "Agree a multiagency dataset based on priority areas, plus regular reporting on safeguarding proxy indicators with analysis.",
    actions: "Look at collating a small selection of data across the Partnership - this can then be built on and developed further",
    response:
      "A pilot Data Set has been designed and agreed by a multi-agency Task and Finish group. The Data SET has been through the governance structure for comment and has been approved and signed off by the Strategic Partners. Multi-agency data will be collected and analysed on a quarterly basis to inform current work with children, young people and families and inform future partnership decision making. The pilot Data Set will be reviewed at the end of the first year and annually for  improvement.",
    rating: "B",
  },
  {
    category: QUALITY,
    no: 9,
    recommendation:
      "Develop different audit models - consider different types e.g. questionnaires following implementation of new policies/processes, deep dives, quality conversations, single agency safeguarding audits, scrutiny topics",
    actions:
      "This can be started by\n" +
      " - Undertaking surveys in different areas, the first one could be around the Threshold Document.\n" +
      " - Ask agencies to provide information in relation to single agency audits within specific areas and produce a booklet of the learning which can be shared with staff.\n" +
      " - Have deep dive audits twice a year, to involve front line staff.",
    response:
      "An annual audit schedule identifying a range of audit models/tools has been devised. Audit areas include the Threshold Document, the SET Bruising Policy, Learning from Reviews and the Escalation Policy.  for 2021/22. A new schedule will be planned each year. The plan is to develop and incorporate this into the Learning and Improvement Framework for 2022.",
    rating: "B",
  },
  {
    category: QUALITY,
    no: 10,
    recommendation: "Review process Section11/Section175 - online, strategic and operational/alternating",
    actions:
      "In relation to Section157/175s - a front line survey be undertaken with education staff.\n" +
      "In relation to the submission of the 157/175 - a consultation to be held with Senior Members of the Schools as to any changes they wish to make to update the audit request",
    response:
      "The Section 11 Audit has been reviewed, refreshed and will be requested by SET. This is a joint activity by SET (linking to Recommendation 5). A schedule is in place to send out requests to all partners/agencies across SET with the same deadline. This is a coordinated approach to reduce duplication and increase efficiency for all. Requests will be sent out in June 2021 (delayed to include data collection on Peer on Peer Abuse). Section 157/175s Audit requests will be nsent late September 2021 with a deadline for return end of November 2021. Analysis of returns will be carried out and a consultation of Senior Leaders and Frontline staff is planned.",
    rating: "B",
  },
  {
    category: QUALITY,
    no: 11,
    recommendation: "Agree an audit schedule - re-audit some areas on annual basis for evidence of impact on priority areas",
    actions:
      " - Prepare an audit schedule for agreement by the Strategic Partners.\n" +
      " - Following each audit, look at showing the outcomes from these audits.  At the end of the audit cycle, the outcomes than be reviewed.",
    response:
      "An Audit Schedule for 2021/22 has been devised, taken through the governance structure for comment and has been agreed and signed off by Strategic Partners. A new annual Audit Schedule to include re-audits will be agreed and undertaken each year.",
    rating: "B",
  },
  {
    category: SHARED,
    no: 12,
    recommendation: "Ensure children and young people, families and practitioners involved in audits.",
    actions: "Audit Group to agree a way that this can be taken forward.",
    response:
      "Various methods/tools are used to ensure children, young people, families and practitioners are involved in audits (linked to Reccommendation 11). The Young Peoples Participation Officer is involved in the current audit process to ensure the inclusion of children, young people and families. New and innovative methods are to be used on an ongoing basis.",
    rating: "B",
  },
  {
    category: FINANCE,
    no: 13,
    recommendation: "Agree budget needed including contingency for Local Child Safeguarding Practice Review (LCSPR)",
    actions: "Strategic Partners to discuss and agree budget.",
    response: "Strategic Partners agreed the budget at their January 2021 meeting.",
    rating: "B",
  },
  {
    category: FINANCE,
    no: 14,
    recommendation: "Consider bid to schools forum for contribution towards partnership",
    actions: "Strategic Partners to discuss and agree a way forward.",
    response:
      "Strategic Partners met in December 2020 to consider a bid to Schools Forum. Further discussions have taken place at Strategic Group meetings. Strategic Partners have taken a decision to submit a bid to Schools Forum for a contribution towards the Partnership in summer 2021.",
    rating: "B",
  },
  {
    category: FINANCE,
    no: 15,
    recommendation: "Health and Police gradually increase their contribution over next two years to ensure equity of funding",
    actions: "Strategic Partners to discuss and agree a plan around this.",
    response:
      "Strategic Partners met in December 2020 to discuss contribution increase over the next 2 years, where Partners will equally contribute 33.3% towards the LSCP budget by 2022/23. Request letters to all three agencies were sent in January 2021. Follow-up request letters were sent in March 2021. Thurrock CCG have responded positively and have been invoiced. Essex Police have positively responded and an invoice is to be sent.",
    rating: "B",
  },
  {
    category: GOVERNANCE,
    no: 16,
    recommendation: "Review functions of business unit",
    actions:
      "Business Manager to review the current roles within the team against future work expectation/delivery plan. Bench mark activity with similar sized LSCPs in the Eastern Region and produce a Review of the Business Team Report.",
    response:
      "The LSCP Business Team functions have been reviewed and a refreshed team structure has been discussed with HR to progress changes. The proposed structure is 1x Business Manager, 1x Project Officer, 1x Business Support Officer, 0.6 Training Coordinator and 1x Business Administration Apprentice. Recruitment of the apprentice is in process. The current Training Administrator has left her post. Strategic Partners have agreed recruitment to this post and the process has started.",
    rating: "B",
  },
  {
    category: LEARNING,
    no: 17,
    recommendation: "Training - consider developing across SET sharing costs",
    actions:
      "Initial discussions with SET Business Managers January 2021.\n" +
      "Consider joint training to be delivered across SET February 2021\n" +
      "Prepare and share proposal for joint training with Strategic Partners March 2021.",
    response:
      "SET have further developed delivering joint training. These include Violence and Vulnerability webinars, CYP First Training packages and a CE E-learning Tool Kit package has been developed and is on offer. Training has been agreed and is planned on Contextual Safeguarding, CE and Gang Related Violence (GRV). A podcast is due to be available in the autumn term with new joint training resources launched on an ongoing regular basis. (Linked to Reccommendation 5).",
    rating: "B",
  },
  {
    category: LEARNING,
    no: 18,
    recommendation: "Develop more immediate models of practice reviews",
    actions:
      "The LSCP to explore what is being done in other areas and collate examples of good practice - January 2021.\n" +
      "Discuss at Eastern Region meeting February - 2021\n" +
      "Deliver a Practice Review learning event - March 2021",
    response:
      "Initial ideas are Learning Events, Learning Review Author Presentations, learning videos, short briefings, podcasts, briefing on a page and review summary booklets. A podcast sharing the learning from the last three SCR/LPRs has been published on the TLSCP website and shared with partners and relevant agencies along with summary booklets for each case. A learning event is on hold to be delivered following the lifting of restrictions. A SET podcast on learning from practice reviews in relation to 'Think Familiy' is being designed to be available in September 2021 (linked to Reccommendation 17).",
    rating: "B",
  },
  {
    category: LEARNING,
    no: 19,
    recommendation: "Embedded in system/video/induction packs",
    actions:
      "Explore, collate and consider training topic and suitable trainers - January 2021.\n" +
      "Produce an agreed list of videos to be recorded - February 2021.\n" +
      "Videos to be created and shared with agencies - March 2021.",
    response:
      "The LSCP is currently designing training briefings that will also form part of new starters induction packs across agencies. Discussions have taken place and the  Learning Practice Review Group will support to cascade and reassure that training and induction packs are used within induction processes across agencies.\n" +
      "The Learning Hub is hosted on the refreshed LSCP website. Podcasts, 7 minute briefings on a page and videos have been made available on the website. More resources are been designed and added.",
    rating: "G",
  },
  {
    category: QUALITY,
    no: 20,
    recommendation: "Monitoring recommendations and agencies actions/ audit outcomes and actions",
    actions:
      "Initial discissions at Practice Standards Group - February 2021.\n" +
      "Develop and finalise draft with monitoring grid - April 2021\n" +
      "Share with PSG for feedback and agree final ready for implementation - May 2021",
    response:
      "A Composite Action Matrix has been created to track all agency actions - reviews and audit outcomes. This is to be reviewed and developed further on an ongoing basis. The Composite Matrix is to be monitored by the newly established Practice Standards Group (PSG).",
    rating: "B",
  },
  {
    category: LEARNING,
    no: 21,
    recommendation: "Explore learning across SET",
    actions: "Links with 17",
    response: "This is linked closely with recommendations 5 and 17 and will be achieved in line with those recommendations.",
    rating: "B",
  },
  {
    category: SHARED,
    no: 22,
    recommendation: "Use existing structures - school groups, young peoples council to promote engagement with C&YP",
    actions: "Initial meeting with Lead for the Youth Council, Children in Care Council, Inspire and Youth Participation Officer to scope ideas February 2021.",
    response:
      "The LSCP is collaborating with the Youth Council, Children in Care Council, Inspire Hub and CSC Participation Officer to deliver a number of summer and autumn engagements events to Young People. The LSCP worked jointly with the CSC Engagement & Participation Officer at the Summer Grangewaters Activity Day to engage and consult with C&YP. The LSCP Business Manager will attend the September 2021 Youth Cabinet meeting to deliver a presentation on 'What the LSCP is and does? with a Q&A session to follow.  A programme of engagement events and consultation activities will be planned with the new Youth Cabinet once the new Youth Worker has been assigned to work with the Youth Cabinet. The LSCP is to attend school groups to engage and consult with C&YP on issues of safeguarding. The first to the Olive Academy with Collet Hunnisett.",
    rating: "B",
  },
  {
    category: SHARED,
    no: 23,
    recommendation: "Questionnaire - 'you said, we did'",
    actions:
      "Initial meeting with Lead for the Youth Council, Children in Care Council, Inspire and Youth Participation Officer to scope ideas February 2021.\n" +
      "Thurrock Brighter Futures Annual School Survey.",
    response:
      "The summer and autumn engagement events will ascertain wishes and feelings which will be taken forward by the Practice Standards Group. Recommendations 22 & 23 are closely linked. The LSCP BM to attend C&YP coffee mornings at schools(first The Olive) in the autumn term to talk about the work of the LSCP and to engage and consult with C&YP.\n" +
      "The LSCP has worked with Public Health, HWBB and CSP to review the questions in the annual Brigher Futures School Survey 2021. Children and Young People across year groups 4 to 10 are surveyed. The survey includes questions on safety and issues of Safeguarding in addition to Health and Well Being. The four survey themes are My Experiences, My School, My Life and My Feelings. The final published report from the survey will be presented to the Strategic Group and MEB.",
    rating: "B",
  },
  {
    category: SHARED,
    no: 24,
    recommendation: "Recruit community voice as lay member",
    actions:
      "Explore and gather information on where and how this has been done well in Eastern Region/other areas - February 2021\n" +
      "Produce literature/JD on expectations and benefits of being a Lay/Community Member - March 2021\n" +
      "Launch recruitment project for Lay/Community Member  - March 2021.\n" +
      "Lay Member recuited and in post April 2021.",
    response:
      "A role description and information leaflet on the expectations has been devised and published on the TLSCP website . This has also been shared with the  Community Engagement and Governors Services Team and is now published as a volunteering opportunity via the local authority volunteer programme https://www.thurrock.gov.uk/volunteering-vacancies/current-volunteer-opportunities. This continues to be an aspiration and we continue with efforts to recruit a lay member for the Partnership, although it is not no longer a statutory requirement.",
    rating: "B",
  },
  {
    category: SHARED,
    no: 25,
    recommendation: "Specific work on faith group/community outreach",
    actions: "Start with a basic survey in libraries and Community Hubs.\nDo a survey with the Faith Forum - possibly linked with Adults",
    response:
      "Essex Police are are engaging with communty groups including Enpower Initiative, Leaders Unlocked and various vulnerable, women's and Black, Asian and Minority Ethnic groups about the work of the partnership. Essex Police also attend and share information on the partnership at the Daily Bread initiative that works to support the community with a Food Bank service. Meetings are taking place with existing faith and community groups with a view to developing outreach work.  As restrictions ease and COVID recovery is underway outreach work will continue and develop. The LSCP has worked with the Community Safety Partnership, Essex Police and agencies and distributed information about the LSCP during the 16 Days of Action. Community Forum secretaries have been contacted with a view to adding the LSCP to their agenda and to plan joint community events.",
    rating: "G",
  },
  {
    category: GOVERNANCE,
    no: 26,
    recommendation: "Thurrock LSCP to consider the appointment of an Independent Chair and Scrutineer",
    actions: "Strategic Partners have initial discussions.",
    response: "The post of Independent Chair Scutineer has been recruited to and the post holder started in mid September 2021.",
    rating: "B",
  },
];

/** The RAG index as the document prints it below the table: a heading, then name and meaning. */
export const INDEX_HEADING = "The following index indicates how the rating is decided:";
export const INDEX_ENTRIES: [string, string][] = [
  ["Blue", "Action complete."],
  ["Green", "Action on track and progressing to plan."],
  ["Amber", "Action commenced, some delay will recover to completion."],
  ["Red", "Action experiencing threatening problems and issues, behind schedule and not expected to recover."],
];

/** The document breaks the page after recommendation 7; the sheet keeps a blank row there. */
export const PAGE_BREAK_AFTER = 7;
