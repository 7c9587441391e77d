/**
 * A date field's value said in words under it ("Thursday 2 December 2026"): the browser shows a
 * date field in its own locale's order, which a UK reader can misread as month first.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { format, parseISO } from "date-fns";
import { isIsoDate } from "../core/dates";

const useStyles = makeStyles({
  words: { color: tokens.colorNeutralForeground2 },
});

export function DateInWords({ iso, id }: { iso: string; id?: string }) {
  const styles = useStyles();
  if (!isIsoDate(iso)) return null;
  return (
    <Caption1 id={id} className={styles.words}>
      {format(parseISO(iso), "EEEE d MMMM yyyy")}
    </Caption1>
  );
}
