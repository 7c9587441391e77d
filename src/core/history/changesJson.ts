/**
 * The command line's `changes --json` document: its schema (validated in tests and by consumers)
 * and how it is built from the engine's Changes. It carries what a script needs to follow what
 * moved; the fingerprints a report keeps to match actions (`response`, `text`, `recommendation`) and the engine's
 * own bookkeeping (every matched action that differs in any field) stay out of it.
 */
import { z } from "zod";
import { SHEET_LEFT_OUT_REASONS, snapshotActionSchema, type SnapshotAction } from "./snapshot";
import { DIRECTIONS, type Changes } from "./changes";
import { CHECKED_COUNTS } from "./notChecked";
import { NOT_COUNTED_REASONS } from "./noLongerCounted";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * An action as a report holds it, less the fingerprints of its wording. `typedRating`, where the cell said
 * more than a rating's name or code ("Yellow", "Green - on track"), is what it said, up to
 * TYPED_RATING_LENGTH characters; absent in a report recorded before it was kept, or whose wording was removed.
 */
const changedActionSchema = z.strictObject(snapshotActionSchema.omit({ response: true, text: true, recommendation: true }).shape);

const count = z.number().int().min(0);
const changeCountSchema = z.strictObject({
  name: z.string(),
  improved: count,
  worsened: count,
  neitherBetterNorWorse: count,
  added: count,
  removed: count,
  noProgress: count,
  newlyStale: count,
  newlyOverdue: count,
  /** The counts none of the group's actions could be checked for, whose 0 means not checked. */
  notChecked: z.array(z.enum(CHECKED_COUNTS)),
});

export const changesJsonSchema = z.strictObject({
  changes: z.strictObject({
    from: isoDate,
    /** The later report's date, or "now" for the workbook as it is. */
    to: z.union([isoDate, z.literal("now")]),
    /** The later report's date, also when `to` is "now" (the date the workbook was read as at). */
    toDate: isoDate,
    /** The compared reports recorded out of order, after a report of a later date (`after`): each holds the plan as it stood on `recordedOn`, not on its date. */
    recordedLate: z.array(z.strictObject({ date: isoDate, recordedOn: isoDate.optional(), after: isoDate })).optional(),
    moves: z.array(z.strictObject({ before: changedActionSchema, after: changedActionSchema, direction: z.enum(DIRECTIONS) })),
    added: z.array(changedActionSchema),
    /** Those of `added` removed at an earlier report and back since: `id` as in `added`, `earlierId` its identity before, `removedAt` the report it was missing from first. */
    back: z.array(z.strictObject({ id: z.string().min(1), earlierId: z.string().min(1), removedAt: isoDate })),
    removed: z.array(changedActionSchema),
    /**
     * Actions of the earlier report the plan as read now leaves out, so not among `removed`: on a hidden sheet,
     * on a sheet the settings do not read, or a row now read as a heading of numbered actions or a note.
     * `leftOutAt`, where the later report is a recorded one: its date; it kept only that the action's sheet
     * was hidden (`hiddenSheet`) or not read (`notRead`) then, not the sheet's rows; `leftOutSheet` with it,
     * the sheet's name as that report recorded it. `movedTo`, where the action is not left out with its own
     * sheet but was moved to an archive the later side leaves out (same review, number and wording there): that
     * sheet's name; `ratingThere`, where the later side is the plan now, its rating on that sheet, not counted.
     */
    noLongerCounted: z.array(
      z.strictObject({
        action: changedActionSchema,
        reason: z.enum(NOT_COUNTED_REASONS),
        leftOutAt: isoDate.optional(),
        leftOutSheet: z.string().optional(),
        movedTo: z.string().optional(),
        ratingThere: z.string().optional(),
      }),
    ),
    /**
     * Actions missing from the earlier report because it left their sheet out (`reason`: `hiddenSheet`,
     * `notRead` or `noHeader`, as that report recorded it), and counted by a report before it under the same review, number
     * and wording: so not among `added`. `sheet` is the sheet's name as that report recorded it. `earlierId` is the identity it had when last counted, `lastCountedAt`
     * the date of that report, `earlierRating` its rating there, and `move`, where that rating differs from
     * `action.rating`, which way (as `moves[].direction`): a rating changed while its sheet was left out.
     */
    countedAgain: z.array(
      z.strictObject({
        action: changedActionSchema,
        reason: z.enum(SHEET_LEFT_OUT_REASONS),
        sheet: z.string(),
        earlierId: z.string().min(1),
        lastCountedAt: isoDate,
        earlierRating: z.string(),
        move: z.enum(DIRECTIONS).optional(),
      }),
    ),
    /**
     * Actions last counted (`lastCountedAt`) by a report before the earlier one, on a sheet the earlier report
     * left out (`reason`, and `sheet` as it recorded it), that the later side reads without them: removed since
     * they were last counted, `action` as they were then. The earlier report never counted them, so they are
     * not among `removed` nor taken from its count. `movedTo`, where the action was instead moved to an
     * archive the earlier report left out (`sheet`) and deleted from it since: that sheet's name.
     */
    /**
     * Present only where there are some: actions of a sheet (`sheet`) taken since the earlier report that repeats
     * another (`of`), that repeat an action `of` holds, now or edited since, by review, number and wording: counted
     * twice, not new, so not among `added` nor in `byReview` and `byCategory`. The earlier count, plus `added`,
     * `countedAgain` and these, less `removed`, `noLongerCounted` and `noLongerCountedTwice`, is the later one.
     */
    countedTwice: z.array(z.strictObject({ sheet: z.string(), of: z.string(), actions: z.array(changedActionSchema) })).optional(),
    /** Present only where there are some: actions of the earlier report (`before`) gone from their sheet since, still held (`after`) by a sheet that repeats it, and by the sheets `alsoOn` too: still counted, so not among `removed`. */
    heldOnlyByCopy: z.array(z.strictObject({ before: changedActionSchema, after: changedActionSchema, alsoOn: z.array(z.string()).optional() })).optional(),
    /**
     * Present only where there are some: actions of the earlier report on a sheet (`sheet`) that repeated another (`of`),
     * deleted since, that `of` still holds: no longer counted twice, so not among `removed`. The earlier count, plus
     * `added`, `countedAgain` and `countedTwice`, less `removed`, `noLongerCounted` and these, is the later one.
     */
    noLongerCountedTwice: z.array(z.strictObject({ sheet: z.string(), of: z.string(), actions: z.array(changedActionSchema) })).optional(),
    /**
     * Present only where there are some: earlier rounds' sheets (`sheet`) the later report counted beside the latest round's
     * (`of`; or a later round not rated then, `later`), as versions before 5 December 2026 did, and the earlier report too where `reports` names both dates. Their
     * `count` actions are set apart, as the plan counts its latest round alone, and each action compared once, as on `of`:
     * the later count, less `count`, is the sum above.
     */
    earlierRoundsCounted: z.array(z.strictObject({ sheet: z.string(), of: z.string(), count: z.number().int().min(1), reports: z.array(isoDate), later: z.literal(true).optional() })).optional(),
    removedWhileLeftOut: z.array(z.strictObject({ action: changedActionSchema, reason: z.enum(SHEET_LEFT_OUT_REASONS), sheet: z.string(), lastCountedAt: isoDate, movedTo: z.string().optional() })),
    noProgress: z.array(changedActionSchema),
    /** False when the later report is not dated after the earlier: no time passed in which to report progress. */
    progressJudged: z.boolean(),
    /** Open actions on sheets that hold no progress update at either report, left out of `noProgress`. */
    progressNotKept: z.array(changedActionSchema),
    newlyStale: z.array(changedActionSchema),
    newlyOverdue: z.array(changedActionSchema),
    /** Present only where there are some: open actions in both reports whose time scale gives another due date now (`before.due` → `after.due`). */
    timeScaleMoved: z.array(z.strictObject({ before: changedActionSchema, after: changedActionSchema })).optional(),
    /** Open actions in both reports on sheets that hold no last-updated date at the later one, left out of `newlyStale`. */
    staleNotChecked: z.array(changedActionSchema),
    /** Open actions in both reports on sheets that hold no due date at the later one, left out of `newlyOverdue`. */
    overdueNotChecked: z.array(changedActionSchema),
    /** Present only where there are some: open actions in both reports on sheets that held no due date at the earlier one and hold some at the later, left out of `newlyOverdue` and `timeScaleMoved`. */
    dueDatesReadNow: z.array(changedActionSchema).optional(),
    staleDays: z.number().int(),
    staleDaysBefore: z.number().int().optional(),
    renamedReviews: z.array(z.strictObject({ from: z.string(), to: z.string() })),
    /** Reviews the earlier report named after their sheet whose actions are now under the reviews the sheet names. */
    reviewsNamedOnSheet: z.array(z.strictObject({ from: z.string(), to: z.array(z.string()) })),
    /** Reviews gone whose actions are now under several new reviews; present only where there are some. */
    splitReviews: z.array(z.strictObject({ from: z.string(), to: z.array(z.string()) })).optional(),
    /** Reviews gone whose actions are now on `sheet`, which names no review for them, so they are counted under its name; present only where there are some. */
    reviewsMovedToSheet: z.array(z.strictObject({ from: z.string(), sheet: z.string() })).optional(),
    /**
     * Actions in both reports now under another review that no rename explains (a review cell changed, a review
     * split or moved to a sheet): `byReview` counts each as removed from `before.review` and new to `after.review`,
     * though they are not among `removed` and `added`. Present only where there are some.
     */
    movedBetweenReviews: z.array(z.strictObject({ before: changedActionSchema, after: changedActionSchema })).optional(),
    /** Categories whose actions all moved to a new name between the two reports. */
    renamedCategories: z.array(z.strictObject({ from: z.string(), to: z.string() })),
    byReview: z.array(changeCountSchema),
    byCategory: z.array(changeCountSchema),
  }),
  sentence: z.string(),
  notes: z.array(z.string()),
  problems: z.array(z.string()),
});
export type ChangesJson = z.infer<typeof changesJsonSchema>;
type ChangedAction = z.infer<typeof changedActionSchema>;

function changedAction({ response: _response, text: _text, recommendation: _recommendation, ...action }: SnapshotAction): ChangedAction {
  return action;
}

export function toChangesJson({ changes: c, sentence, notes, problems }: { changes: Changes; sentence: string; notes: string[]; problems: string[] }): ChangesJson {
  return {
    changes: {
      from: c.from,
      to: c.to,
      toDate: c.toDate,
      ...(c.recordedLate.length > 0 ? { recordedLate: c.recordedLate.map(({ date, recordedOn, after }) => ({ date, ...(recordedOn ? { recordedOn } : {}), after })) } : {}),
      moves: c.moves.map((m) => ({ before: changedAction(m.before), after: changedAction(m.after), direction: m.direction })),
      added: c.added.map(changedAction),
      back: c.back.map(({ id, earlierId, removedAt }) => ({ id, earlierId, removedAt })),
      removed: c.removed.map(changedAction),
      noLongerCounted: c.noLongerCounted.map(({ action, reason, leftOutAt, leftOutSheet, movedTo, ratingThere }) => ({
        action: changedAction(action),
        reason,
        ...(leftOutAt !== undefined ? { leftOutAt, leftOutSheet: leftOutSheet ?? action.sheet } : {}),
        ...(movedTo !== undefined ? { movedTo } : {}),
        ...(ratingThere !== undefined ? { ratingThere } : {}),
      })),
      countedAgain: c.countedAgain.map(({ action, reason, sheet, earlierId, lastCountedAt, earlier, move }) => ({
        action: changedAction(action),
        reason,
        sheet,
        earlierId,
        lastCountedAt,
        earlierRating: earlier.rating,
        ...(move ? { move } : {}),
      })),
      // Only where there are some, so the document of a plan with no repeating sheet is as before.
      ...(c.countedTwice.length > 0 ? { countedTwice: c.countedTwice.map(({ sheet, of, actions }) => ({ sheet, of, actions: actions.map(changedAction) })) } : {}),
      ...(c.heldOnlyByCopy.length > 0 ? { heldOnlyByCopy: c.heldOnlyByCopy.map(({ before, after, alsoOn }) => ({ before: changedAction(before), after: changedAction(after), ...(alsoOn ? { alsoOn } : {}) })) } : {}),
      ...(c.noLongerCountedTwice.length > 0 ? { noLongerCountedTwice: c.noLongerCountedTwice.map(({ sheet, of, actions }) => ({ sheet, of, actions: actions.map(changedAction) })) } : {}),
      ...(c.earlierRoundsCounted.length > 0 ? { earlierRoundsCounted: c.earlierRoundsCounted } : {}),
      removedWhileLeftOut: c.removedWhileLeftOut.map(({ action, reason, sheet, lastCountedAt, movedTo }) => ({ action: changedAction(action), reason, sheet, lastCountedAt, ...(movedTo !== undefined ? { movedTo } : {}) })),
      noProgress: c.noProgress.map(changedAction),
      progressJudged: c.progressJudged,
      progressNotKept: c.progressNotKept.map(changedAction),
      newlyStale: c.newlyStale.map(changedAction),
      newlyOverdue: c.newlyOverdue.map(changedAction),
      ...(c.timeScaleMoved.length > 0 ? { timeScaleMoved: c.timeScaleMoved.map(({ before, after }) => ({ before: changedAction(before), after: changedAction(after) })) } : {}),
      staleNotChecked: c.staleNotChecked.map(changedAction),
      overdueNotChecked: c.overdueNotChecked.map(changedAction),
      ...(c.dueDatesReadNow ? { dueDatesReadNow: c.dueDatesReadNow.map(changedAction) } : {}),
      staleDays: c.staleDays,
      ...(c.staleDaysBefore !== undefined ? { staleDaysBefore: c.staleDaysBefore } : {}),
      renamedReviews: c.renamedReviews,
      reviewsNamedOnSheet: c.reviewsNamedOnSheet,
      // Only where there are some, so the document of a plan with none is as before.
      ...(c.splitReviews.length > 0 ? { splitReviews: c.splitReviews } : {}),
      ...(c.reviewsMovedToSheet.length > 0 ? { reviewsMovedToSheet: c.reviewsMovedToSheet } : {}),
      ...(c.movedBetweenReviews.length > 0 ? { movedBetweenReviews: c.movedBetweenReviews.map((m) => ({ before: changedAction(m.before), after: changedAction(m.after) })) } : {}),
      renamedCategories: c.renamedCategories,
      byReview: c.byReview,
      byCategory: c.byCategory,
    },
    sentence,
    notes,
    problems,
  };
}
