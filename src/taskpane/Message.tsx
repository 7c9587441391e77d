/**
 * A Fluent MessageBar named by its own text. (Without a MessageBarTitle, MessageBar points
 * aria-labelledby at a title that is not there; naming the group by its body fixes that.)
 */
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageBarIntent } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  detail: { display: "block", marginTop: tokens.spacingVerticalXXS },
});

export interface MessageProps {
  intent: MessageBarIntent;
  text: string;
  detail?: string;
}

export function Message({ intent, text, detail }: MessageProps) {
  const styles = useStyles();
  const bodyId = useId();
  return (
    <MessageBar intent={intent} layout="multiline" aria-labelledby={bodyId} data-intent={intent}>
      <MessageBarBody id={bodyId}>
        {text}
        {detail && <span className={styles.detail}>{detail}</span>}
      </MessageBarBody>
    </MessageBar>
  );
}
