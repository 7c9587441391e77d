/**
 * The engine's findings about the workbook, errors first, filterable by severity. A finding
 * about a cell or row is a link that selects it in the sheet. The list shows its first few until
 * asked for all, as the Overdue and Stale lists do: each link is a Tab stop, and a large plan's 200
 * would stand between the keyboard and the Reports and Settings below. Every finding shown stays an
 * ordinary link in the Tab order, read out as before; no arrow-key convention to discover.
 */
import { Badge, Button, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useVisuallyHiddenStyles } from "./visuallyHidden";
import { useBusyDescribedBy } from "./busyReason";
import type { Finding, Severity } from "../core/findings";
import { columnNumber } from "../core/cells";
import type { SelectCell } from "./CellLink";
import { CellLink } from "./CellLink";
import type { SuggestedRating } from "../core/suggestedRating";

/** More than this and the list would slow the pane; the rest are counted, not shown. */
export const MAX_SHOWN = 200;
/** Shown before "Show all": the first errors, which are what to put right first. */
export const FIRST_SHOWN = 10;

type Filter = "all" | Severity;

const SEVERITY_WORDS: Record<Severity, { one: string; many: string; badge: BadgeProps["color"] }> = {
  error: { one: "Error", many: "Errors", badge: "danger" },
  warning: { one: "Warning", many: "Warnings", badge: "warning" },
  info: { one: "Note", many: "Notes", badge: "informative" },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  filters: { flexWrap: "wrap" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  // The finding's text, and under it the button that applies its suggestion.
  body: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  badge: { flexShrink: 0 },
  // A quoted cell's runs of spaces ("Blue  ") shown as typed: the finding is about them.
  text: { overflowWrap: "anywhere", textAlign: "start", whiteSpace: "pre-wrap" },
  more: { margin: 0, color: tokens.colorNeutralForeground2 },
  showAll: { alignSelf: "flex-start" },
});

/** The cell a finding points at: its row, and its column where it names one (else column A). */
export function findingTarget(finding: Finding): { sheet: string; row: number; column: number } | null {
  if (finding.row === undefined) return null;
  return { sheet: finding.sheet, row: finding.row, column: finding.column ? columnNumber(finding.column) : 1 };
}

/** A fill's code after its colour's name ("green (#00B050)"): shown, for whoever wants the code, but not read out as "number zero zero B…". */
const HEX_CODE = /( \(#[0-9A-Fa-f]{6}\))/;

function withHexCodesUnspoken(text: string): ReactNode {
  const parts = text.split(HEX_CODE);
  if (parts.length === 1) return text;
  return parts.map((part, i) => (i % 2 === 1 ? <span key={i} aria-hidden="true">{part}</span> : part));
}

/** What the list holds under the filter chosen, for its "Show all" button. */
function kindOf(filter: Filter): string {
  return filter === "all" ? "findings" : SEVERITY_WORDS[filter].many.toLowerCase();
}

export interface FindingsListProps {
  findings: Finding[];
  onSelect: SelectCell;
  /** The rating a finding suggests, where the pane can type it in the cell ("Use Amber"). */
  suggestionFor?: (finding: Finding) => SuggestedRating | undefined;
  onUseSuggestion?: (suggestion: SuggestedRating) => void;
  /** A task is running: the buttons stay focusable but do nothing. */
  busy?: boolean;
}

export function FindingsList({ findings, onSelect, suggestionFor, onUseSuggestion, busy = false }: FindingsListProps) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles().hidden;
  const busyDescribedBy = useBusyDescribedBy(busy);
  const [filter, setFilter] = useState<Filter>("all");
  const [all, setAll] = useState(false);
  const firstNew = useRef<HTMLLIElement>(null);
  // Focus would stay on the button, now gone: it goes to the first finding it brought into view (its link, where it has one).
  useEffect(() => {
    if (!all || !firstNew.current) return;
    (firstNew.current.querySelector("button") ?? firstNew.current).focus();
  }, [all]);
  if (findings.length === 0) return <p>No findings: every rating is valid and every tracker was read.</p>;

  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const shown = findings.filter((f) => filter === "all" || f.severity === filter);
  return (
    <div className={styles.root}>
      <Field label="Show findings">
        <RadioGroup layout="horizontal" className={styles.filters} value={filter} onChange={(_, data) => setFilter(data.value as Filter)}>
          <Radio value="all" label={`All (${findings.length})`} />
          {(Object.keys(SEVERITY_WORDS) as Severity[]).map((s) => (
            <Radio key={s} value={s} label={`${SEVERITY_WORDS[s].many} (${count(s)})`} />
          ))}
        </RadioGroup>
      </Field>
      {shown.length === 0 ? (
        <p className={styles.more}>No {SEVERITY_WORDS[filter as Severity].many.toLowerCase()}.</p>
      ) : (
        <ul className={styles.list}>
          {shown.slice(0, all ? MAX_SHOWN : FIRST_SHOWN).map((f, i) => {
            const target = findingTarget(f);
            const text = withHexCodesUnspoken(`${f.sheet} – ${f.message}`);
            const severity = SEVERITY_WORDS[f.severity].one;
            const suggestion = onUseSuggestion ? suggestionFor?.(f) : undefined;
            return (
              <li
                key={`${f.sheet}-${f.row ?? ""}-${f.column ?? ""}-${f.code}-${i}`}
                ref={i === FIRST_SHOWN ? firstNew : undefined}
                tabIndex={i === FIRST_SHOWN && !target ? -1 : undefined}
                className={styles.item}
              >
                {/* A link says the severity in its own name, as Tab goes from link to link past the badge: the badge is not said again. */}
                <Badge className={styles.badge} appearance="tint" color={SEVERITY_WORDS[f.severity].badge} aria-hidden={target ? true : undefined}>
                  {severity}
                </Badge>
                <span className={styles.body}>
                  <span className={styles.text}>
                    {target ? (
                      <CellLink target={target} onSelect={onSelect}>
                        <span className={hidden}>{severity}: </span>
                        {text}
                      </CellLink>
                    ) : (
                      text
                    )}
                  </span>
                  {suggestion && (
                    <Button
                      size="small"
                      disabledFocusable={busy}
                      aria-describedby={busyDescribedBy}
                      // Its name starts with what it shows, and says which row, as several may say "Use Amber".
                      aria-label={`Use ${suggestion.name} in ${f.sheet} row ${f.row}`}
                      onClick={() => {
                        if (!busy) onUseSuggestion?.(suggestion);
                      }}
                    >
                      Use {suggestion.name}
                    </Button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {!all && shown.length > FIRST_SHOWN && (
        <Button className={styles.showAll} onClick={() => setAll(true)}>
          {shown.length > MAX_SHOWN ? `Show the first ${MAX_SHOWN} of ${shown.length} ${kindOf(filter)}` : `Show all ${shown.length} ${kindOf(filter)}`}
        </Button>
      )}
      {all && shown.length > MAX_SHOWN && (
        <p className={styles.more}>
          Showing the first {MAX_SHOWN} of {shown.length}; fix these and refresh to see the rest.
        </p>
      )}
    </div>
  );
}
