/** Which column is which, from the words teams put in their header rows. */
import type { ColumnRole } from "./settings";
import { headerKey } from "./text";

/** Header names per role, as folded by headerKey. Order matters: earlier roles win ties. */
const SYNONYMS: Record<ColumnRole, string[]> = {
  rating: ["rag", "rag rating", "brag", "brag rating", "rag status", "brag status", "status", "rating", "rag rated", "current rag", "rag score"],
  review: ["review", "review name", "case review", "source", "source review", "review source", "case", "learning review"],
  ref: ["no", "rec no", "ref", "reference", "action no", "number", "#", "rec", "item", "id", "action ref", "rec number", "recommendation no", "ref no", "no."],
  category: ["category", "theme", "strategic aim", "strategic priority", "priority", "area", "workstream", "aim", "themes"],
  recommendation: ["recommendation", "recommendations", "objective", "finding", "issue", "learning", "objectives"],
  actions: ["specific actions", "specific action", "action", "actions", "action required", "actions required", "what we will do", "agreed action", "action to be taken", "task", "tasks", "key tasks", "key actions", "activity", "activities", "commitment", "commitments", "milestone", "milestones", "deliverable", "deliverables", "action description", "description"],
  measure: ["measure", "measures", "success measure", "outcome measure", "outcome", "success criteria", "measure of success", "evidence of impact"],
  response: ["response", "progress", "progress update", "update", "updates", "comments", "commentary", "progress response", "progress to date", "current position", "evidence", "progress/response", "response/progress", "progress/update", "position statement"],
  lead: ["lead", "lead group", "lead agency", "lead officer", "lead person", "owner", "responsible", "responsible officer", "lead/owner", "action owner", "who", "accountable", "accountable officer"],
  due: ["time scale", "timescale", "timescales", "due", "due date", "target date", "deadline", "by when", "target", "completion date", "date due", "time frame", "timeframe", "date for completion"],
  updated: ["last updated", "updated", "date updated", "last update", "last reviewed", "date of update", "updated on", "last updated date", "date last reviewed"],
};

/** How a person is told about each role: the settings form and the findings (the words of the team's own headers). */
export const ROLE_LABELS: Record<ColumnRole, string> = {
  review: "Review",
  ref: "Number or ref",
  category: "Category",
  recommendation: "Recommendation",
  actions: "Specific actions",
  measure: "Measure",
  response: "Response or progress update",
  rating: "RAG rating",
  lead: "Lead",
  due: "Due date or time scale",
  updated: "Last updated",
};

const ROLE_BY_KEY = new Map<string, ColumnRole>();
for (const [role, names] of Object.entries(SYNONYMS) as [ColumnRole, string[]][]) {
  for (const name of names) if (!ROLE_BY_KEY.has(headerKey(name))) ROLE_BY_KEY.set(headerKey(name), role);
}

/**
 * Headers that name a role only when no other column's header names it more exactly ("Status"
 * beside "RAG", "Description" beside "Action", "Evidence" beside "Progress", "Priority" beside "Theme",
 * an audit log's "Finding" beside its "Recommendation").
 */
const GENERIC_HEADERS = new Set(["status", "description", "evidence", "priority", "finding", "issue"]);

/** True when the header names its role in a word that other columns may use too; a more exact header wins the role. */
export function isGenericHeader(header: string): boolean {
  return GENERIC_HEADERS.has(headerKey(header));
}

/**
 * The look for the header row asks this of every cell of a sheet's first rows, and of most of them twice (as a cell,
 * then among its row's headings), on each run: each text's answer is remembered, as time scales' are.
 */
const rolesByHeader = new Map<string, ColumnRole | null>();
const REMEMBER_AT_MOST = 5000;

/** The role a header names, or null. Exact synonyms first, then a few telling words. */
export function roleForHeader(header: string): ColumnRole | null {
  const known = rolesByHeader.get(header);
  if (known !== undefined) return known;
  const role = readRoleForHeader(header);
  if (rolesByHeader.size >= REMEMBER_AT_MOST) rolesByHeader.clear();
  rolesByHeader.set(header, role);
  return role;
}

function readRoleForHeader(header: string): ColumnRole | null {
  const key = headerKey(header);
  if (key === "") return null;
  // "Progress %", "% complete": a share done, not the words of the response (the key has dropped the %).
  if (/%|\bper ?cent(age)?\b/i.test(header)) return null;
  const exact = ROLE_BY_KEY.get(key);
  if (exact) return exact;
  // "Days since update", "Days overdue": a count of days worked out from other columns, not the update or due date itself.
  if (/^(days|weeks|(no|number) of days)\b/.test(key)) return null;
  if (/\b(b?rag)\b/.test(key)) return "rating";
  if (/\blast updated?\b|\bdate updated\b|\b(update|review) date\b/.test(key)) return "updated";
  // "Target completion date", "Planned end date": a date aimed at. ("Actual completion date" is when it was done.)
  if (/\btime ?scales?\b|\bdue\b|\btarget date\b|\bdeadline\b|\b(target|planned|expected)\b.*\bdate\b/.test(key)) return "due";
  // A date set again beside the first: "Revised date", "New date", "Revised target", "Extended to", "Slipped to", "Rescheduled".
  if (/^(?:(?:revised|new|amended|extended|rescheduled) (?:date|target|completion date)|(?:extended|slipped|rescheduled|moved) to|rescheduled)$/.test(key)) return "due";
  if (/\bprogress\b|\bresponse\b|\bupdates?\b/.test(key)) return "response";
  if (/\blead\b|\bowner\b/.test(key)) return "lead";
  if (/\brecommendations?\b/.test(key)) return "recommendation";
  // An implementation plan's rows are tasks, commitments or milestones rather than "actions".
  // Not a column about them, though: "Task status", "Task ID", "Key dates / milestones", "Action owner".
  if (/\b(actions?|tasks?|activit(y|ies)|commitments?|milestones?|deliverables?)\b/.test(key) && !/\b(no|number|ref|id|dates?|status|owner)\b/.test(key)) return "actions";
  // The review a partnership names by its kind, in a heading of a few words (an action's text may name one too): a Safeguarding
  // Adults Review ("SAR", "SAR reference"), a child safeguarding practice review, a domestic homicide review.
  if (/\b(sar|sars|cspr|lcspr|lspr|scr|dhr)\b|safeguarding adults? reviews?|practice reviews?|homicide reviews?|serious case reviews?/.test(key) && !/\b(no|number)\b/.test(key) && key.split(" ").length <= 4) {
    return "review";
  }
  if (/\b(no|ref|number|id)\b/.test(key)) return "ref";
  return null;
}
