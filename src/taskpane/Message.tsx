/**
 * A Fluent MessageBar named by its own text. (Without a MessageBarTitle, MessageBar points
 * aria-labelledby at a title that is not there; naming the group by its body fixes that.)
 */
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageBarIntent } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  detail: { display: "block", marginTop: tokens.spacingVerticalXXS },
  items: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface MessageProps {
  intent: MessageBarIntent;
  text: string;
  /** A short list under the text, one thing a line. */
  items?: readonly string[];
  detail?: string;
}

export function Message({ intent, text, items, detail }: MessageProps) {
  const styles = useStyles();
  const bodyId = useId();
  return (
    <MessageBar intent={intent} layout="multiline" aria-labelledby={bodyId} data-intent={intent}>
      <MessageBarBody id={bodyId}>
        {text}
        {items && items.length > 0 && (
          <ul className={styles.items}>
            {items.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
        {detail && <span className={styles.detail}>{detail}</span>}
      </MessageBarBody>
    </MessageBar>
  );
}
