/** A sheet's name shown with the spaces at its ends (sheetNameLabel), and the note saying where they are. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { SheetNameLabel } from "./sheetNameLabel";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3 },
});

export function SpacedName({ label }: { label: SheetNameLabel }) {
  const styles = useStyles();
  return (
    <>
      {label.shown} <span className={styles.note}>{label.note}</span>
    </>
  );
}
