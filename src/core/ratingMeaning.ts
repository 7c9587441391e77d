/**
 * What a key's line says a rating means, as against a status table's line saying where one action stands.
 * A key's meaning starts by saying an action's state ("Completed", "On track", "Some delay", "At risk",
 * "Not started", "Not yet commenced", "Yet to start", "Off track", "Good progress", "Signed off", "Action complete."), after an "Action" or "Work is" at most.
 * "Two actions complete and embedded" says how many actions stand where, and "Meetings have taken place
 * to discuss priorities." what was done on one: neither says what the rating means.
 */
const RATING_MEANING =
  /^(?:(?:the\s+)?(?:actions?|work|tasks?|activity|activities|recommendations?)\s+(?:(?:is|are|has\s+been|have\s+been)\s+)?)?(?:(?:fully|now|largely|mostly)\s+)?(?:complete\w*|done|closed|achieved|embedded|implemented|delivered|finished|on\s+(?:track|target|schedule)|progressing|in\s+progress|ongoing|on-going|commenced|started|some\s+(?:delay|slippage|risk|concerns?|issues?|progress)|(?:good|limited|little|slow|steady|reasonable|satisfactory)\s+progress|signed\s+off|delay\w*|slipp\w*|at\s+risk|minor|behind|off\s+(?:track|target)|not\s+on\s+(?:track|target)|significant|serious|major|failing|not\s+(?:yet\s+)?(?:started|begun|commenced|complete\w*|achieved|met|due)|yet\s+to\s+(?:start|begin|commence)|no\s+progress|overdue|on\s+hold|experiencing|unlikely|not\s+expected)\b/i;

/** Whether the words start by saying an action's state, as a key's meaning of a rating does. */
export function saysRatingMeaning(text: string): boolean {
  return RATING_MEANING.test(text.trim());
}

/**
 * The verbs a plan's action opens with, bidding something be done, as the delivery plan's do: "Produce the LSCP Annual
 * Report", "Monitor use and impact of …", "Ensure compliance with …". A key's meaning says a state, never such a bidding.
 */
const ACTION_VERB =
  /^(?:to\s+)?(?:produce|monitor|ensure|review|receive|develop|revise|consider|agree|undertake|deliver|implement|establish|embed|promote|identify|provide|create|update|refresh|publish|share|explore|continue|increase|improve|train|audit|conduct|reduce|request|collate|attend|map|scope|design|launch|recruit|evaluate|analyse|analyze|arrange|organise|organize|prepare|strengthen|circulate|present)\b/i;

/**
 * What a plan delivers, named by its kind, as the delivery plan's measures name it: "Threshold document", "Awareness
 * programme", "Audit process", "Compliance check", "Annual Report", "Alcohol policy and action plan". A key's meaning
 * says how an action stands, never what it delivers; "In process" or "To plan" say a state, so a line opening with such a
 * word is no name.
 */
const NAMES_DELIVERABLE =
  /\b(?:reports?|documents?|strateg(?:y|ies)|programmes?|programs?|process(?:es)?|checks?|polic(?:y|ies)|protocols?|procedures?|frameworks?|booklets?|data\s*sets?|websites?|events?|logs?|campaigns?|schedules?|toolkits?|guidance|newsletters?|dashboards?|leaflets?|questionnaires?|handbooks?|(?:action|work|delivery|improvement)\s+plans?)\.?$/i;
const STATE_OPENING = /^(?:in|on|to|as|per|under|within|according|against|behind|ahead|awaiting|pending)\b/i;

/** Whether the words name something a plan delivers ("Annual Report"), as a plan's row may, rather than a state. */
const namesDeliverable = (text: string): boolean => NAMES_DELIVERABLE.test(text) && !STATE_OPENING.test(text);

/**
 * A sentence's worth of words: "Meetings have taken place to discuss priorities." is one, "Risk to delivery" a key's short
 * meaning. A full stop ends a sentence sooner: "No consultation held yet." reports, as a key's short words seldom do.
 */
const SENTENCE_WORDS = 6;
const STOPPED_SENTENCE_WORDS = 3;

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;

const readsAsSentence = (text: string): boolean => wordCount(text) >= (/\.$/.test(text) ? STOPPED_SENTENCE_WORDS : SENTENCE_WORDS);

/**
 * "Completed: Deputies are now core members of Strategic Group.": a state, then a sentence of its own saying what was done;
 * "Complete: Action delivered and signed off by the Board." says a state twice, as a key's line does.
 */
const STATE_THEN_SENTENCE = /^([^:]{1,30}):\s*([A-Z][\s\S]*)$/;

/**
 * Whether a line's words read as a key's, saying what its rating means ("Good", "Concerns", "Risk to delivery",
 * "Action on track and progressing to plan."), rather than as a status update on one action ("Meetings have taken
 * place to discuss priorities.", "Delayed: A draft protocol and flowchart has been developed.") or as an action's own words
 * ("Produce the LSCP Annual Report", "Threshold document"): a key's meaning is short, or starts by saying a state, and a
 * state followed by a sentence of what was done is an update that opens with its state.
 */
export function readsAsKeyMeaning(text: string): boolean {
  const words = text.trim();
  const stated = STATE_THEN_SENTENCE.exec(words);
  if (stated && saysRatingMeaning(stated[1]!) && wordCount(stated[2]!) >= 4 && !saysRatingMeaning(stated[2]!)) return false;
  if (saysRatingMeaning(words)) return true;
  return !ACTION_VERB.test(words) && !readsAsSentence(words) && !namesDeliverable(words);
}

/**
 * Whether a cell's words are an action's own, as a plan's row gives them: bidding something be done ("Review and refresh
 * the Neglect Strategy"), naming what is delivered ("Threshold document"), or a sentence. One word alone ("Meeting",
 * "Report") heads a column rather than saying an action.
 */
export function readsAsActionWords(text: string): boolean {
  const words = text.trim();
  return wordCount(words) >= 2 && (ACTION_VERB.test(words) || namesDeliverable(words) || readsAsSentence(words));
}
