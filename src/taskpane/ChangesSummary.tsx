/**
 * What changed between two reports (or the last report and the workbook now): the engine's
 * sentence and the notes that qualify it, then each kind of change as a list that opens on demand, each action a link to its
 * row where the row is still in the workbook, and the counts per review and per category.
 */
import { backInWords, backOf, type BackAction } from "../core/history/backActions";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { showsCategories, type ChangeCount, type Changes } from "../core/history/changes";
import { shownTitle, type Snapshot, type SnapshotAction } from "../core/history/snapshot";
import { NOT_CHECKED, TIME_SCALE_MOVED, changeCountColumns, moveInWords, newlyNotUpdated, ratingInWords, shownCount, timeScaleMoveInWords } from "../core/history/moveWords";
import { earlierNumbers } from "../core/history/renumbered";
import { countedAgainInWords, notCountedInWords, removedWhileLeftOutInWords } from "../core/history/noLongerCounted";
import type { CellTarget, SelectCell } from "./CellLink";
import { CellLink } from "./CellLink";
import { snapshotLook } from "./historyLooks";
import { tidyName } from "./ratingLooks";
import { RatingSwatch } from "./RatingSwatch";
import { actionName } from "./messages";
import { useHeadingTag } from "./headingLevel";
import { useVisuallyHiddenStyles } from "./visuallyHidden";
import { formatLongDate } from "../core/longDate";

export type ChangeKind = "moved" | "added" | "countedAgain" | "removed" | "removedWhileLeftOut" | "noLongerCounted" | "noProgress" | "newlyStale" | "newlyOverdue" | "timeScaleMoved";

/** Where an action is in the workbook now, for this kind of change; undefined when its row is gone. */
export type LocateAction = (action: SnapshotAction, kind: ChangeKind) => CellTarget | undefined;

export const MAX_CHANGES_SHOWN = 100;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  sentence: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  itemText: { display: "flex", flexDirection: "column", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  swatches: { display: "inline-flex", columnGap: "2px", flexShrink: 0 },
});

/** "Frankie action 12", or the review and the start of the wording when there is no number. */
interface Entry {
  key: string;
  action: SnapshotAction;
  text: string;
  ratings: string[];
}

/** A column heading as the words after a count: "13 no progress reported" would read as thirteen reports. */
function afterCount(heading: string): string {
  return heading === "No progress reported" ? "with no progress reported" : heading.toLowerCase();
}

function countWords(g: ChangeCount, staleDays: number): string {
  const columns = changeCountColumns(staleDays);
  // The pack's counts, in its order: "2 improved, 3 with no progress reported".
  const parts = columns.filter((c) => shownCount(c, g) !== NOT_CHECKED && c.count(g) > 0).map((c) => `${c.count(g)} ${afterCount(c.heading)}`);
  // The pack's "not checked" cells: left out, they would read as none.
  const unchecked = columns.filter((c) => shownCount(c, g) === NOT_CHECKED).map((c) => c.heading.toLowerCase());
  const counted = parts.length > 0 ? parts.join(", ") : "no change counted";
  return `${tidyName(g.name)}: ${counted}${unchecked.length > 0 ? ` (not checked: ${unchecked.join(", ")})` : ""}`;
}

export interface ChangesSummaryProps {
  changes: Changes;
  sentence: string;
  /** Sentences that qualify the sentence (a renamed review, progress not judged, a report skipped), each shown under it. */
  notes: string[];
  /** The newer snapshot, for the colours of its ratings. */
  colours: Snapshot | undefined;
  locate: LocateAction;
  onSelect: SelectCell;
}

/** "…, amber; Back: removed at the report of 1 February 2022" */
function withBack(entry: Entry, back: BackAction | undefined): Entry {
  return back ? { ...entry, text: `${entry.text}; ${backInWords(back)}` } : entry;
}

export function ChangesSummary({ changes, sentence, notes, colours, locate, onSelect }: ChangesSummaryProps) {
  const styles = useStyles();
  const listHeading = useHeadingTag(4);
  const hidden = useVisuallyHiddenStyles().hidden;
  // What changed and Compare two reports can show the same lists: their headings, listed together by a screen reader, say which comparison is theirs.
  const between = <span className={hidden}> {changes.to === "now" ? `since ${formatLongDate(changes.from)}` : `between ${formatLongDate(changes.from)} and ${formatLongDate(changes.to)}`}</span>;
  // An action renumbered since the earlier report is named by both numbers, as in the pack: its new one alone may be another action's old one.
  const earlier = earlierNumbers(changes.renumbered);
  const named = (a: SnapshotAction) => {
    const was = earlier(a);
    return was === undefined ? actionName(a, a.title) : `${actionName(a, a.title)} (was ${was})`;
  };
  const back = backOf(changes.back);
  const plain = (kind: string, list: SnapshotAction[]): Entry[] => list.map((a) => ({ key: `${kind}-${a.id}`, action: a, text: `${named(a)}, ${ratingInWords(a)}`, ratings: [a.rating] }));
  const lists: { kind: ChangeKind; title: string; entries: Entry[] }[] = [
    {
      kind: "moved",
      title: "Moved rating",
      entries: changes.moves.map((m) => ({
        key: `moved-${m.after.id}`,
        action: m.after,
        // In words, not with an arrow, which a screen reader says as "right arrow" or not at all.
        text: `${named(m.after)}, ${ratingInWords(m.before)}, changed to ${ratingInWords(m.after)}, ${moveInWords(m)}`,
        ratings: [m.before.rating, m.after.rating],
      })),
    },
    // An action back since an earlier report is said to be, beside its rating: it is new to these two reports, not to the plan.
    { kind: "added", title: "New", entries: plain("added", changes.added).map((e) => withBack(e, back(e.action))) },
    // Missing from the earlier report only because it left their sheet out: neither new nor back after being removed.
    {
      kind: "countedAgain",
      title: "Counted again",
      entries: changes.countedAgain.map((x) => ({
        key: `countedAgain-${x.action.id}`,
        action: x.action,
        // Its rating now said once, before the words that say its rating when last counted.
        text: `${named(x.action)}, ${ratingInWords(x.action)}; ${countedAgainInWords(x, { now: false })}`,
        // Rated otherwise than when last counted: both ratings, as a move shows them.
        ratings: x.move ? [x.earlier.rating, x.action.rating] : [x.action.rating],
      })),
    },
    { kind: "removed", title: "Removed", entries: plain("removed", changes.removed) },
    // Not in the earlier report's count: listed apart from the removed, with why; its rating is the one last counted.
    {
      kind: "removedWhileLeftOut",
      title: "Removed since last counted",
      entries: changes.removedWhileLeftOut.map((x) => ({
        key: `removedWhileLeftOut-${x.action.id}`,
        action: x.action,
        text: `${named(x.action)}; ${removedWhileLeftOutInWords(x)}`,
        ratings: [x.action.rating],
      })),
    },
    // Still in the workbook, left out of the counts by how the plan is read now: listed apart from the removed, with why.
    {
      kind: "noLongerCounted",
      title: "No longer counted",
      entries: changes.noLongerCounted.map((x) => ({
        key: `noLongerCounted-${x.action.id}`,
        action: x.action,
        text: `${named(x.action)}, ${ratingInWords(x.action)}; ${notCountedInWords(x)}`,
        ratings: [x.action.rating],
      })),
    },
    { kind: "noProgress", title: "No progress reported", entries: plain("noProgress", changes.noProgress) },
    // The pack's words, not the team's "stale": this list is what a councillor may be read.
    { kind: "newlyStale", title: newlyNotUpdated(changes.staleDays), entries: plain("newlyStale", changes.newlyStale) },
    { kind: "newlyOverdue", title: "Newly overdue", entries: plain("newlyOverdue", changes.newlyOverdue) },
    {
      kind: "timeScaleMoved",
      title: TIME_SCALE_MOVED,
      entries: changes.timeScaleMoved.map((m) => ({ key: `timeScaleMoved-${m.after.id}`, action: m.after, text: `${named(m.after)}, ${timeScaleMoveInWords(m)}`, ratings: [m.after.rating] })),
    },
  ];
  const shown = lists.filter((l) => l.entries.length > 0);
  const counts = [
    { key: "byReview", title: "Changes by review", groups: changes.byReview },
    { key: "byCategory", title: "Changes by category", groups: showsCategories(changes) ? changes.byCategory : [] },
  ].filter((c) => c.groups.length > 0);

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.sentence}>
        {sentence}
      </Body1>
      {notes.map((note) => (
        <Body1 as="p" key={note} className={styles.sentence}>
          {note}
        </Body1>
      ))}
      {shown.length + counts.length > 0 && (
        <Accordion
          // A new comparison starts with its moves open (defaultOpenItems is read once per mount).
          key={`${changes.from}|${changes.to}|${changes.moves.length > 0}`}
          multiple
          collapsible
          defaultOpenItems={shown[0]?.kind === "moved" ? ["moved"] : []}
        >
          {shown.map(({ kind, title, entries }) => (
            <AccordionItem key={kind} value={kind}>
              <AccordionHeader as={listHeading} size="small">
                {title} ({entries.length})
                {between}
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {entries.slice(0, MAX_CHANGES_SHOWN).map((e) => {
                    const target = locate(e.action, kind);
                    return (
                      <li key={e.key} className={styles.item}>
                        <span aria-hidden="true" className={styles.swatches}>
                          {e.ratings.map((r, i) => (
                            <RatingSwatch key={i} look={snapshotLook(colours, r)} />
                          ))}
                        </span>
                        <span className={styles.itemText}>
                          {target ? (
                            <CellLink target={target} onSelect={onSelect}>
                              {e.text}
                            </CellLink>
                          ) : (
                            <span>{e.text}</span>
                          )}
                          <Caption1 className={styles.muted}>{shownTitle(e.action.title)}</Caption1>
                        </span>
                      </li>
                    );
                  })}
                </ul>
                {entries.length > MAX_CHANGES_SHOWN && (
                  <Caption1 className={styles.muted}>
                    Showing the first {MAX_CHANGES_SHOWN} of {entries.length}.
                  </Caption1>
                )}
              </AccordionPanel>
            </AccordionItem>
          ))}
          {counts.map(({ key, title, groups }) => (
            <AccordionItem key={key} value={key}>
              <AccordionHeader as={listHeading} size="small">
                {title} ({groups.length})
                {between}
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {groups.map((g) => (
                    <li key={g.name}>{countWords(g, changes.staleDays)}</li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </div>
  );
}
