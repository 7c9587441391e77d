/**
 * What the summary sheet will say, at a glance: totals, a RAG bar per review and per
 * category, and the committee sentences.
 */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Analysis, GroupCount } from "../core/model";
import type { RagIndex } from "../core/ragIndex";
import { completeSentence } from "../core/ragIndex";
import { outcomeMessage } from "../core/outcome";
import { formatLongDate } from "../core/longDate";
import { plural } from "../core/sentences";
import { RagBar } from "./RagBar";
import { CommitteeSentences } from "./CommitteeSentences";
import { useHeadingTag } from "./headingLevel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  summary: { margin: 0 },
  indexNote: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface GroupListProps {
  title: string;
  groups: GroupCount[];
  index: RagIndex;
}

function GroupList({ title, groups, index }: GroupListProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Subtitle2 as={useHeadingTag(3)} block id={id}>
        {title}
      </Subtitle2>
      <ul className={styles.list}>
        {groups.map((g) => (
          <li key={g.name}>
            <RagBar group={g} index={index} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface OverviewProps {
  analysis: Analysis;
  onCopied: (message: string) => void;
  onCopyFailed: (sentence: string) => void;
}

export function Overview({ analysis, onCopied, onCopyFailed }: OverviewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <p className={styles.summary}>{outcomeMessage(analysis)}</p>
      <p className={styles.indexNote}>
        Ratings: {analysis.index.entries.map((e) => e.name).join(", ")}
        ; {completeSentence(analysis.index)}. Stale means not updated for over {plural(analysis.staleDays, "day")}; report as at {formatLongDate(analysis.asOf)}.
      </p>
      <RagBar group={analysis.totals} index={analysis.index} />
      <GroupList title="By review" groups={analysis.byReview} index={analysis.index} />
      <GroupList title="By category" groups={analysis.byCategory} index={analysis.index} />
      <CommitteeSentences sentences={analysis.sentences} onCopied={onCopied} onCopyFailed={onCopyFailed} />
    </div>
  );
}
