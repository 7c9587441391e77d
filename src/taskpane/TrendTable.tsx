/**
 * The count per rating at each recorded report, as a compact table (a rating's colour beside its
 * name in the header), for all actions or one review. Ratings nobody ever had are left out so
 * the table fits a narrow pane; Total comes straight after the date, so it is not the column a
 * narrow pane cuts off.
 */
import { Button, Caption1, Field, Select, createFocusOutlineStyle, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Snapshot } from "../core/history/snapshot";
import type { Trend } from "../core/history/trend";
import { NOT_IN_PLAN, reviewNotes, earlierRoundsLeftOutNotes } from "../core/history/historyPlan";
import { lateReportNotes } from "../core/history/recordedLate";
import { formatLongDate } from "../core/longDate";
import { snapshotLook } from "./historyLooks";
import { tidyName } from "./ratingLooks";
import { RatingSwatch } from "./RatingSwatch";

const ALL = "";
/** The latest reports shown until the user asks for every one. */
export const TREND_ROWS_SHOWN = 12;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: { overflowX: "auto", ...createFocusOutlineStyle() },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  header: {
    textAlign: "end",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "bottom",
  },
  dateHeader: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "bottom",
  },
  rating: { display: "inline-flex", alignItems: "center", columnGap: "3px" },
  date: { textAlign: "start", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  note: { color: tokens.colorNeutralForeground2 },
  cell: { textAlign: "end", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
});

export function TrendTable({ trend, newest }: { trend: Trend; newest: Snapshot | undefined }) {
  const styles = useStyles();
  const captionId = useId();
  const [review, setReview] = useState(ALL);
  const [showAll, setShowAll] = useState(false);
  const chosen = trend.byReview.find((r) => r.name === review);
  const allPoints = chosen ? chosen.points : trend.totals;
  const points = showAll ? allPoints : allPoints.slice(-TREND_ROWS_SHOWN);
  const ratings = trend.ratings.filter((r) => trend.totals.some((p) => (p.counts[r] ?? 0) > 0));

  return (
    <div className={styles.root}>
      {trend.byReview.length > 1 && (
        <Field label="Show the ratings of">
          <Select value={review} onChange={(_, data) => setReview(data.value)}>
            <option value={ALL}>All actions</option>
            {trend.byReview.map((r) => (
              <option key={r.name} value={r.name}>
                {tidyName(r.name)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {/* Focusable and named, so the keyboard can scroll the columns a narrow pane cuts off (browsers without focusable scrollers included). */}
      <div className={styles.scroller} tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className={styles.table} aria-labelledby={captionId}>
          <caption id={captionId} className={styles.caption}>
            Ratings at each report: {chosen ? tidyName(chosen.name) : "all actions"}
            {points.length < allPoints.length && ` (the latest ${points.length} of ${allPoints.length})`}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.dateHeader}>
                Report
              </th>
              <th scope="col" className={styles.header}>
                Total
              </th>
              {ratings.map((r) => (
                <th key={r} scope="col" className={styles.header}>
                  <span className={styles.rating}>
                    <RatingSwatch look={snapshotLook(newest, r)} />
                    {r}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => {
              // A review with no action at a report was not counted there (not in the plan, or on a sheet that report left out):
              // a dash, as on the RAG History sheet, not noughts; the notes under the table say which, as that sheet's do.
              const inPlan = !chosen || p.total > 0;
              return (
                <tr key={p.date}>
                  <th scope="row" className={styles.date}>
                    {formatLongDate(p.date)}
                  </th>
                  <td className={styles.cell}>{inPlan ? p.total : NOT_IN_PLAN}</td>
                  {ratings.map((r) => (
                    <td key={r} className={styles.cell}>
                      {inPlan ? (p.counts[r] ?? 0) : NOT_IN_PLAN}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {/* One table shows at a time: a report recorded out of order is said under whichever it is. */}
      {[...lateReportNotes(trend.recordedLate), ...(chosen ? reviewNotes(chosen) : earlierRoundsLeftOutNotes(trend.earlierRoundsLeftOut))].map((note) => (
        <Caption1 key={note} className={styles.note}>
          {note}
        </Caption1>
      ))}
      {allPoints.length > TREND_ROWS_SHOWN && (
        <div>
          <Button appearance="subtle" size="small" onClick={() => setShowAll((v) => !v)}>
            {showAll ? `Show the latest ${TREND_ROWS_SHOWN} rows` : `Show all ${allPoints.length} rows`}
          </Button>
        </div>
      )}
    </div>
  );
}
