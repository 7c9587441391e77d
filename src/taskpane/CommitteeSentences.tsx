/** The sentences a committee hears, one per review, with a button that copies them all. */
import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { plural } from "../core/sentences";
import { copyText } from "./copyText";
import { errorSentence } from "./messages";
import { useHeadingTag } from "./headingLevel";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  heading: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

export interface CommitteeSentencesProps {
  sentences: string[];
  onCopied: (message: string) => void;
  onCopyFailed: (sentence: string) => void;
}

export function CommitteeSentences({ sentences, onCopied, onCopyFailed }: CommitteeSentencesProps) {
  const styles = useStyles();
  const headingId = useId();
  const copy = async () => {
    try {
      await copyText(sentences.join("\n"));
      onCopied(`Copied ${plural(sentences.length, "committee sentence")} to the clipboard.`);
    } catch (error) {
      onCopyFailed(errorSentence(error));
    }
  };
  return (
    <section aria-labelledby={headingId}>
      <div className={styles.heading}>
        <Subtitle2 as={useHeadingTag(3)} block id={headingId}>
          Committee sentences
        </Subtitle2>
        <Button size="small" onClick={() => void copy()} disabled={sentences.length === 0}>
          Copy committee sentences
        </Button>
      </div>
      {sentences.length === 0 ? (
        <p>No review has any actions yet.</p>
      ) : (
        <ul className={styles.list}>
          {sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
