/**
 * A small horizontal stacked bar of one group's ratings, with the counts as text beside it.
 * The whole figure is one image to assistive technology, named in words
 * ("Frankie: 11 Blue, 3 Amber of 14"), so the colours are never the only way to read it.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { GroupCount } from "../core/model";
import type { RagIndex } from "../core/ragIndex";
import { barLabel, countLooks, tidyName } from "./ratingLooks";
import { RatingSwatch } from "./RatingSwatch";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  heading: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  total: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  bar: {
    display: "flex",
    height: "12px",
    columnGap: "1px",
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    outline: `1px solid ${tokens.colorNeutralStroke1}`,
    forcedColorAdjust: "none",
  },
  segment: { minWidth: "3px" },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  count: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, whiteSpace: "nowrap" },
});

export interface RagBarProps {
  group: GroupCount;
  index: RagIndex;
}

export function RagBar({ group, index }: RagBarProps) {
  const styles = useStyles();
  const looks = countLooks(group, index);
  return (
    <div role="img" aria-label={barLabel(group, index)} className={styles.root}>
      <div className={styles.heading}>
        <span className={styles.name}>{tidyName(group.name)}</span>
        <span className={styles.total}>{group.total}</span>
      </div>
      <div className={styles.bar}>
        {looks.map((look) => (
          <span key={look.name} className={styles.segment} style={{ ...look.style, flexGrow: look.count, flexBasis: 0 }} />
        ))}
      </div>
      <div className={styles.counts}>
        {looks.map((look) => (
          <span key={look.name} className={styles.count}>
            <RatingSwatch look={look.style} />
            {look.count} {look.name}
          </span>
        ))}
      </div>
    </div>
  );
}
