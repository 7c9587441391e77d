/**
 * The LSCP Delivery Plan 2019-2020 (delivery-plan-2019-2020.txt) in the layout the team keeps it:
 * a section row per strategic aim, then one row per action under its objective, with the RAG
 * column the team added. The reference text is a PDF extraction whose columns come out jumbled;
 * each action's measure, time scale and lead group were matched back to it row by row. Where the
 * extraction left a cell out of place, it was put with the action it belongs to by position:
 * 1.3 (measure and lead), 13.2 (lead), 25.2 (time scale) and 42.2 (its lead cell names two groups).
 *
 * The ratings are illustrative (the document has no RAG column): mostly blue, green and amber, two
 * red, one left blank, and two deliberately wrong so the sample exercises rating checks: "blue "
 * (a trailing space, which Fix ratings tidies) and "Yellow" (not a rating at all).
 */

/** [action no, action, measure, time scale, lead group, rating] */
export type DeliveryAction = [string, string, string, string, string, string];

export interface Objective {
  objective: string;
  actions: DeliveryAction[];
}

export interface StrategicAim {
  title: string;
  objectives: Objective[];
}

export const DELIVERY_TITLE = "Thurrock Local Safeguarding Children Partnership – Delivery Plan 2019 – 2020";
export const DELIVERY_HEADER = ["Objective", "Action No", "Action", "Measure", "Time Scale", "Lead Group", "RAG"];

const MEB = "Management Executive Board";
const LPR = "LPR Group";
const AUDIT = "Audit Group";
const MEETINGS = "As per meeting cycle";
const AUDIT_PROGRAMME = "As per the Audit Group Programme";
const REVIEW_RESPONSE = "making recommendations for any additional processes";

export const DELIVERY_PLAN: StrategicAim[] = [
  {
    title: "Strategic Aim 1 – Safeguarding is everyone’s business",
    objectives: [
      {
        objective: "Develop our workforce to be more effective in safeguarding",
        actions: [
          ["1.1", "Develop a multi-agency approach to identification of emerging safeguarding training needs by conducting a multi-agency Training Needs Analysis (TNA)", "Identified additional training and learning opportunities", "Completed by December 2019", LPR, "B"],
          ["1.2", "Produce an interagency online newsletter to incorporate training, recently published Learning Practice Reviews and updates on policies and procedures", "Four publications per business year", "Initial publication September 2019. (May, Sept, Jan, March)", "LSCP Business Team", "B"],
          ["1.3", "Conduct multi-agency Learning events sharing outcomes from National & Local Learning Practice Reviews, Audits and evolving safeguarding procedures e.g. signs of safety", "Learning & Development programme of work", "July and December 2019", "LSCP Business Team and Agencies", "B"],
          ["1.4", "Introduce ‘Back to Basics’ training around Child in Need (CIN) procedures and Neglect following SCR recommendations and introduction of Graded Care Profile 2.", "Learning & development programme of work", "As per training cycle", LPR, "G"],
          ["1.5", "Conduct review and evaluation of effectiveness of the Multi-agency training and learning programme", "Change in practice procedures and awareness", MEETINGS, LPR, "G"],
        ],
      },
      {
        objective: "Effective strategic arrangements are in place for the LSCP in Thurrock which promote safeguarding",
        actions: [
          ["2.1", "Produce the LSCP Annual Report", "Annual Report published", "Annually July", "Strategic Group", "B"],
          ["2.2", "LSCP Management Executive Board undertake themed multi-agency audits supporting our scrutiny of improving outcomes for children", "Learning outcomes", MEETINGS, MEB, "B"],
          ["2.3", "Circulate and review Section 11 and school 157/175 audits which include a Prevent audit.", "Compliance and action plans", "Biennial - August", AUDIT, "blue "],
          ["2.4", "Receive and review Annual Report from LADO", "Report and learning opportunities", "October 2019", MEB, "B"],
          ["2.5", "Receive and review Annual Report from IRO", "Report and learning opportunities", "October 2019", MEB, "B"],
          ["2.6", "Monitor use of Signs of Safety, promoting its benefits and impact on improving safeguarding interventions", "Report from agencies attending CP Conferences", "September 2019", LPR, "G"],
          ["2.7", "Receive and review an Annual Report from Essex Fire & Rescue on their role with education establishments promoting safeguarding", "Impact on safeguarding children", "January 2020", MEB, "B"],
          ["2.8", "Non mandatory Serious safeguarding Incidents (SI’s) to be reported to the partnership and included as part of the Learning and Improvement framework", "Number of SI’s reviewed and learning identified", MEETINGS, LPR, "A"],
        ],
      },
      {
        objective: "Ensure the partnership has access to relevant Data and information",
        actions: [
          ["3.1", "The Data and Performance Dashboard presented to LSCP groups provides national, regional and local multi-agency information to enable identification of safeguarding trends and impact of partnership activity", "All agencies to provide an agreed data set", "Various dates", "LSCP Business Team", "G"],
        ],
      },
      {
        objective: "Reduce the number of children affected by neglect",
        actions: [["4.1", `Review the multi-agency response for children at risk of neglect ${REVIEW_RESPONSE}`, "Outcome report", "March 2020", LPR, "B"]],
      },
      {
        objective: "Increase local understanding of the prevalence of neglect and to improve the identification of, and responses to neglect",
        actions: [
          ["5.1", "Review and refresh the Neglect Strategy", "Progress of strategy to be tracked", "November 2019", LPR, "B"],
          ["5.2", "Monitor use and impact of Neglect strategy", "Practice outcomes", "February 2020", LPR, "G"],
          ["5.3", "Monitor use and impact of GCP2 by trained staff and promote its use", "Report from agencies", "February 2020", LPR, "A"],
        ],
      },
      {
        objective: "Children are kept safe in communities, with a focus on faith groups, voluntary groups and hard to reach sectors of the wider community",
        actions: [
          ["6.1", "Identify methods of communication to improve engagement with local faith groups and hard to reach sectors to support their understanding in safeguarding children.", "Liaison outcomes with CVS services and faith groups", MEETINGS, LPR, "A"],
          ["6.2", "Engage with Voluntary groups involved in sport and recreational activities to ensure they understand their safeguarding responsibilities", "Improved awareness and Safeguarding procedures in place and understood", MEETINGS, LPR, "G"],
          ["6.3", "Review the distribution of safeguarding material provided by the partnership to ensure where practicable it reaches all sectors of the community", "Audit existing process format and access to partnership information", MEETINGS, LPR, "B"],
        ],
      },
      {
        objective: "Review and monitor the safeguarding procedures of commercial providers of sport and recreational activities",
        actions: [
          ["7.1", "Identify providers and develop opportunities to improve communication and safeguarding", "Safeguarding procedures in place and understood", "December 2019", LPR, "A"],
          ["7.2", "Ensure compliance with WT 2018 – Part 2, Sections 63 and 64", "Compliance check", "February 2020", LPR, "R"],
        ],
      },
      {
        objective: "Reduce the number of children affected by physical abuse",
        actions: [
          ["8.1", `Review the multi-agency response for children at risk of Physical abuse ${REVIEW_RESPONSE}`, "Outcome report", "March 2020", LPR, "B"],
          ["8.2", "Introduce awareness sessions for BME parents and carers on the use of physical chastisement", "Outcome report", MEETINGS, LPR, "A"],
        ],
      },
      {
        objective: "Reduce the number of children affected by emotional abuse",
        actions: [["9.1", `Review the multi-agency response for children at risk of emotional abuse ${REVIEW_RESPONSE}`, "Outcome report", "March 2020", LPR, "G"]],
      },
      {
        objective: "Reduce the number of children affected by sexual abuse",
        actions: [["10.1", `Review the multi-agency response for children at risk of sexual abuse ${REVIEW_RESPONSE}`, "Outcome report", "March 2020", LPR, "B"]],
      },
      {
        objective: "LSCP to ensure that safeguarding policies and procedures are reviewed through a challenge and scrutiny process",
        actions: [
          ["11.1", "Conduct audits to ensure that agencies meet statutory requirements in the following areas:\n - Early offer of help\n - CIN\n - CP\n - Neglect\n - LAC", "Compliance check outcomes\nSix monthly report on findings and learning from audits undertaken", AUDIT_PROGRAMME, AUDIT, "B"],
          ["11.2", "Audit of the step up and step down process following the reduction in Child Protection Plans to identify what has impacted", "Report", AUDIT_PROGRAMME, AUDIT, "B"],
          ["11.3", "Undertake an Audit of Signs of Safety cases to establish impact on child protection conferences", "Workers demonstrate the ethos of Signs of Safety in their language and behaviour with families", AUDIT_PROGRAMME, AUDIT, "G"],
          ["11.4", "Obtain feedback using a variety of processes from Professionals, Parents and Young People on the use and impact of Signs of Safety within Child Protection Conferences", "Feedback outcomes", MEETINGS, LPR, "A"],
        ],
      },
      {
        objective: "Monitor activity and impact of Community Safety Partnership interventions on wellbeing of children",
        actions: [["12.1", "Report from Community Safety Partnership on current activity supporting children’s safeguarding", "Outcomes report", "January 2020", MEB, "B"]],
      },
      {
        objective: "Reduce avoidable child and young person’s deaths",
        actions: [
          ["13.1", "Child Death Overview Panel to review every child death in Thurrock", "CDOP minutes and actions", MEETINGS, LPR, "B"],
          ["13.2", "Review CDOP procedures, Annual Report and recommendations/actions for strategies for reducing child deaths in Thurrock", "CDOP learning outcomes", "July", MEB, "B"],
          ["13.3", "Review agencies work to prevent children being killed or injured on the roads and actions taken", "Agency Reports", "February 2020", LPR, "G"],
          ["13.4", "Review LeDer Annual report", "Learning outcomes considered", "June 2019", LPR, "B"],
          ["13.5", "Conduct community activity and provide information in support of raising awareness of avoidable child deaths", "Awareness campaign", MEETINGS, "LSCP Business team", "A"],
          ["13.6", "Review annual report from SET Rapid Response Team", "Outcomes report", "December 2019", LPR, "B"],
        ],
      },
      {
        objective: "Monitor and quality assure multi-agency contributions to CIN, CP LAC arrangements",
        actions: [
          ["14.1", "Review the local MASH process that collates information about multi-agency contributions to CIN, CP and LAC information sharing and decision making and ensure fit for purpose.", "Audit to be undertaken", AUDIT_PROGRAMME, AUDIT, "G"],
        ],
      },
      {
        objective: "Looked After Children live in a safe environment and are protected from abuse and exploitation",
        actions: [
          ["15.1", "Annual update from CSC as the Corporate Parent on the provision and support for LAC and actions to reduce the numbers of children brought into care", "Report findings", "October 2019", MEB, "B"],
          ["15.2", "Local Authority Fostering Report on support provision and recruitment programme", "Outcome and update report", "October 2019", MEB, "B"],
          ["15.3", "Report from the Designated LAC Nurse on Health Assessments of Looked After Children", "Outcome and update Report", "October 2019", MEB, "B"],
          ["15.4", "Local Authority Adoption Report on support provision and recruitment programme", "Outcome and update Report", "October 2019", MEB, "G"],
        ],
      },
      {
        objective: "Privately fostered children are identified, assessed and supported",
        actions: [["16.1", "An annual report on progress and oversight of privately fostered children", "Outcome and update Report", "January 2020", MEB, "B"]],
      },
      {
        objective: "Children who are subject to offending and Youth Detention are safeguarded and their needs are met",
        actions: [["17.1", "Annual report to be prepared by Youth Offending Service", "Outcome and update Report", "February 2020", MEB, "B"]],
      },
      {
        objective: "Ensure that our emergency safeguarding procedure is fit for purpose",
        actions: [["18.1", "A thematic is undertaken on the provision of the out of hour’s services by all agencies", "Report and recommendations", "Oct 2019", MEB, "A"]],
      },
      {
        objective: "Support communities and practitioners to know how to report concerns about a child’s welfare or safety",
        actions: [
          ["19.1", "Work with communication leads from Partner agencies to develop and promote National and Borough wide campaigns that informs the community about what to do if they have a concern about a child", "Report from agencies on the work undertaken", "October 2019", MEB, "G"],
        ],
      },
      {
        objective: "Reduce the number of teenage suicides and self-harming behaviours",
        actions: [
          ["20.1", "Reports from EWMHS and BTUH and relevant partners on presentations at acute settings", "Reports from relevant agencies", MEETINGS, LPR, "B"],
          ["20.2", "Monitor the use of supporting guides and toolkits to assist professionals.", "Audit process", "As per the Audit Group programme", AUDIT, "A"],
          ["20.3", "Conduct community activity and information in support of raising awareness of teenage suicide and self-harm", "Awareness campaign", MEETINGS, "LSCP Business team", "G"],
          ["20.4", "Conduct an audit of self-harm incidents", "Report", "As per the Audit Group programme", AUDIT, ""],
        ],
      },
      {
        objective: "Increase the awareness of contextual safeguarding and impact on the protection of children",
        actions: [
          ["21.1", "Plan and organised a contextual safeguarding conference", "Event", "October 2019", "MACE", "B"],
          ["21.2", "Develop the learning and understanding across the Partnership of contextual safeguarding through signposting information and monitoring its effect on safeguarding children", "Sharing of information and guidance", MEETINGS, "MACE", "G"],
        ],
      },
    ],
  },
  {
    title: "Strategic Aim 2 – Reduce the number of children and young people in need of responsive safeguarding through effective help and support at an earlier stage",
    objectives: [
      {
        objective: "Ensure arrangements are in place to offer effective Early Offer of Help (EOH) provision",
        actions: [
          ["22.1", "Annual review of the effectiveness of MASH from MASH Strategic Group", "Report from MASH", "February 2020", MEB, "B"],
          ["22.2", "Receive annual report from Brighter Futures Board", "Report", "February 2020", MEB, "B"],
          ["22.3", "Audit of Prevention and Support Service (PASS) cases to include a review of the Troubled Families element of PASS and its impact on early intervention", "Report from Audit Group", "As per the Audit Group programme", AUDIT, "G"],
          ["22.4", "Receive outcome and impact data on Prevention and Support Services (PASS) quarterly to enable scrutiny and challenge where appropriate, including Domestic Abuse", "Data set", MEETINGS, LPR, "B"],
          ["22.5", "Support partnership understanding of the role & responsibilities of the Lead Professional by refreshing previous LSCB Lead professional guidance", "LSCP document", "July 2019", LPR, "B"],
          ["22.6", "Report from Children’s Social Care Commissioning in relation to EOH commissioned services on safeguarding compliance", "Document", "October 2019", MEB, "Yellow"],
        ],
      },
      {
        objective: "Ensure the Thresholds to intervention are clearly understood and appropriately applied including step up/step down process",
        actions: [
          ["23.1", "Conduct an audit on the number of EOH cases that are raised to CP and LAC threshold", "Audit to be undertaken", "As per the Audit Group programme", AUDIT, "A"],
          ["23.2", "To ensure a good understanding of thresholds is embedded with newly appointed staff", "Awareness programme", MEETINGS, LPR, "G"],
          ["23.3", "Threshold document to be reviewed annually by the partnership", "Threshold document", "December 2019", MEB, "B"],
        ],
      },
      {
        objective: "Improve the quality of service provisions on children and young people’s lives",
        actions: [
          ["24.1", "Periodic report from Violence Against Women and Girls (VAWG) Strategic Group on action taken and strategy", "Report from VAWG Group", "Feb 2020", MEB, "B"],
          ["24.2", "Periodic report from MACE on action taken to combat Child Sexual Exploitation and Child Criminal Exploitation", "Report", MEETINGS, MEB, "G"],
        ],
      },
      {
        objective: "Families of children who are identified as being high risk of abuse receive the appropriate support",
        actions: [
          ["25.1", "A report on the evaluation of effectiveness of the MARAC safeguarding process", "Report and recommendations", "February 2020", MEB, "A"],
          ["25.2", "Report from the SARC on the number of referrals received for Thurrock Children and Young People", "Report", "July 2019", MEB, "B"],
          ["25.3", "Report from Children’s Social Care on the number on children and young people on a plan under the category of Sexual Abuse for comparison with the data provided from the SARC.", "Data Report", "September 2019", LPR, "B"],
          ["25.4", "LSCP to receive a report on children and young people who are home educated and not on school roll", "Annual Report", "January 2020", MEB, "G"],
          ["25.5", "Report on the work from Risk Management Meeting and Gang Related Violence Group meetings into identifying key trends, hotspots and why children go missing", "Reports", "February 2020", LPR, "A"],
          ["25.6", "Conduct an audit on children that are elective home educated to ensure their safeguarding needs are met", "Report", "May 2019", AUDIT, "B"],
        ],
      },
      {
        objective: "To reduce incidents of alcohol and substance misuse",
        actions: [
          ["26.1", "Local Authority to provide a report to LSCP on effectiveness in reducing young people’s access to alcohol", "Alcohol policy and action plan", "Feb 2020", LPR, "R"],
          ["26.2", "Reports from Police, BTUH and Wize-Up on the numbers of young people presenting under the influence of drugs or alcohol.", "Report", "Jan 2020", LPR, "A"],
        ],
      },
      {
        objective: "Review the commissioning requirements on Semi-Independent Placements",
        actions: [
          ["27.1", "Request a report from Commissioning in relation to Semi Independent placements, detailing what checks are in place and also detailing their annual checks undertaken", "Report", "Feb 2020", MEB, "G"],
        ],
      },
      {
        objective: "Ensure that appropriate support is in place for those children at risk of child exploitation",
        actions: [
          ["28.1", "Review the level and risk of Child Sexual Exploitation and the support services in Thurrock making recommendations for any additional processes.", "Outcome report", "March 2020", "MACE", "B"],
          ["28.2", "Review the level and risk of Child Criminal Exploitation and support services in Thurrock and make recommendations for any additional processes.", "Outcome report", "March 2020", "MACE", "A"],
          ["28.3", "Monitor and support the activity and work plan of the SET CSE Board to ensure a cohesive approach", "Work programme", MEETINGS, LPR, "G"],
          ["28.4", "Review the level and risk of Modern day slavery and Trafficking and support services in Thurrock making recommendations for any additional processes.", "Outcome report", "March 2020", "MACE", "A"],
        ],
      },
      {
        objective: "Ensure that appropriate support is in place for children affected by Domestic Abuse",
        actions: [
          ["29.1", "Review the level and risk of Domestic Abuse and support services in Thurrock making recommendations for any additional processes.", "Outcome report", "March 2020", "MACE", "B"],
          ["29.2", "Monitor and support the activity and work plan of the SET Domestic Abuse board to ensure a cohesive approach", "Outcome report", MEETINGS, "MEB", "G"],
        ],
      },
      {
        objective: "Ensure that appropriate support is in place for children in transition to adult hood",
        actions: [
          ["30.1", "Review the level of risk for young people in transition to adult hood that are at risk of child exploitation making recommendations for any additional processes", "Outcome report", "March 2020", "MACE", "A"],
        ],
      },
      {
        objective: "Children at risk of bullying receive the appropriate support",
        actions: [
          ["31.1", "Review the level of risk for young people at risk of bullying and support services in Thurrock making recommendations for any additional processes", "Outcome report", "March 2020", "MACE", "G"],
        ],
      },
      {
        objective: "Ensure that appropriate support is in place for children affected by FGM",
        actions: [["32.1", "Review the level and risk of Child FGM and the support services in Thurrock and make recommendations for any additional processes", "Report", "March 2020", LPR, "B"]],
      },
      {
        objective: "Children that have additional needs receive the correct safeguarding support",
        actions: [["33.1", "Review the findings of the 2019 Thurrock SEND report and support any safeguarding learning", "Report", "Oct 2019", LPR, "B"]],
      },
      {
        objective: "Children that are unable to engage with the police or support an investigation of sexual abuse are offered alternative options of support",
        actions: [
          ["34.1", "Support the pilot programme “Project Goldcrest” being implemented in Thurrock through sharing of information and awareness that enables those children that are most vulnerable to receive the services and support they need", "Project report", MEETINGS, "MACE", "G"],
        ],
      },
    ],
  },
  {
    title: "Strategic Aim 3 – Voice of the child",
    objectives: [
      {
        objective: "Improve the response to young people who report concerns about bullying, supporting Schools, communities, parents/carers and young people to take steps to prevent bullying",
        actions: [
          ["35.1", "Support the development of strategies and support to young people at risk of being bullied through the Schools Safeguarding Leads Forum", "Report from Schools Safeguarding Leads Forum", MEETINGS, MEB, "G"],
          ["35.2", "Link in with the Youth Cabinet to request information of what activity is being conducted within schools and young people around safeguarding and identify next steps", "Agreed set of questions to be presented at Youth Cabinet for them to take back to school", MEETINGS, LPR, "A"],
        ],
      },
      {
        objective: "Children, parents and professionals are informed of the risks of the internet and how to use it safely",
        actions: [
          ["36.1", "The key messages of the “Virtual World” are disseminated to children and parents, relevant agencies and the Faith and Voluntary Sector", "Walk on Line Roadshows – report from LSCP Business Team\nSchool survey", "March 2020", LPR, "B"],
        ],
      },
    ],
  },
  {
    title: "Strategic Aim 4 – Responding to Serious Youth Violence",
    objectives: [
      {
        objective: "Reduce the number of children at risk of serious youth violence",
        actions: [
          ["37.1", "By 31 March 2020 Review the level and risk of County Lines and the support services available in Thurrock and across SET making recommendations for any additional processes.", "Outcome report", MEETINGS, "MACE", "A"],
        ],
      },
      {
        objective: "Raise awareness of the vulnerability and risks associated with Gangs and groups",
        actions: [
          ["38.1", "Support education establishments and community safety partnership in cascading information of risk", "Awareness programme", MEETINGS, "MACE", "G"],
          ["38.2", "Request report from Community safety partnership on work in protecting and educating young people on knife crime", "Report", "Jan 2020", "MACE", "B"],
          ["38.3", "Audit of work undertaken in relation to young people involved with Gangs and Serious Youth Violence", "Report", AUDIT_PROGRAMME, AUDIT, "A"],
          ["38.4", "Request report from strategic GRV Group on activity and actions to reduce criminal gang and group association", "Report", "Jan 2020", "MACE", "B"],
          ["38.5", "Request report from agencies on incidents of knife related injuries/assaults and their actions", "Report", "Quarterly", "MACE", "G"],
        ],
      },
    ],
  },
  {
    title: "Strategic Aim 5 – A Partnership fit to meet future demands",
    objectives: [
      {
        objective: "A Board fit for purpose",
        actions: [
          ["39.1", "The Safeguarding Partners are proactive and responsive to the impact of the national changes to LSCPs through the LSCP Strategic Group", "Action log", MEETINGS, "Strategic Group", "B"],
          ["39.2", "Produce a LSCP Constitution and operational procedures", "Report", "July 2019", "Strategic Group", "B"],
        ],
      },
      {
        objective: "Ensure the effective engagement of partner agencies on the LSCP",
        actions: [
          ["40.1", "Attendance and input from agencies monitored quarterly, with those members not meeting the agreed standard to be held to account by the LSCP Management Executive Board", "Data Analysis", MEETINGS, MEB, "G"],
          ["40.2", "Identify opportunities to engage with wider cohort of organisation involved in the holistic response to Childrens safeguarding", "New partners identified", "Various dates", "LSCP Business team", "A"],
        ],
      },
      {
        objective: "Ensure the effectiveness of the Partnership through independent scrutiny",
        actions: [
          [
            "41.1",
            "a. Conduct an independent commissioned scrutiny of the partnerships response and effectiveness to the new arrangements\nb. Analyse findings and recommendations.\nc. Appoint two lay people to support and challenge the partnership arrangements\nd. Seek community feedback on the impact of the Partnership",
            "Independent Report",
            MEETINGS,
            MEB,
            "A",
          ],
        ],
      },
      {
        objective: "Ensure the effectiveness of Signs of safety",
        actions: [
          ["42.1", "The LSCP Management Executive Board and LPRG attend a half day Signs of Safety reflective practice session", "SOS events", "Various dates", MEB, "B"],
          ["42.2", "The LSCP website includes a Signs of Safety page including toolkits for use by Practitioners", "Website", "Various dates", "LPR Group\nLSCP Business Team", "B"],
        ],
      },
      {
        objective: "Safeguarding responsibilities are understood and linked across the different functions and meeting frameworks",
        actions: [
          ["43.1", "Agree a safeguarding protocol between The Health & Wellbeing Board, Community Safety Partnership and Adults safeguarding Board", "Protocol", "December 2019", MEB, "G"],
        ],
      },
    ],
  },
];
