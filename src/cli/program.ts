/**
 * rag-tracker: check and summarise RAG-rated action plans kept in .xlsx workbooks.
 * runCli returns the exit code: 0 fine, 1 some finding is an error (check), 2 unusable input, 3 a fault of RAG Tracker's own.
 */
import { Command, CommanderError, InvalidArgumentError } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import type { CliIo } from "./cliIo";
import { UsageError } from "./cliIo";
import { StreamingXlsxDoor } from "../xlsx/streaming/StreamingXlsxDoor";
import { StoredSettingsError, WorkbookFileError } from "../xlsx/WorkbookFileError";
import { WorkbookUnusableError } from "../core/errors";
import { commandLineWords } from "./commandLineWords";
import { ProtectionError } from "../door/protectedSheets";
import { PastedPlanError, refuseWritingOverPastedPlan } from "../core/planOnGeneratedSheet";
import { analyseRead } from "../door/analyseRead";
import type { AppliedSheet } from "../door/RagDoor";
import { keptSentence } from "../door/sheetOwnership";
import { afterTodayClause, beforeLatestReportClause, unlikelyReportDate } from "../core/history/unlikelyReportDate";
import { buildSummaryPlan } from "../core/summaryPlan";
import { afterGenerating } from "../core/summaryOutOfDate";
import { packOutOfDateNote } from "../core/packOutOfDate";
import { earlierVersionNote } from "../core/earlierVersionSheets";
import { withoutFindings, type Finding } from "../core/findings";
import { resolveSheetNames } from "../core/sheetNames";
import { toJsonReport } from "../core/jsonReport";
import { isIsoDate } from "../core/dates";
import { EARLIEST_DATE, STALE_DAYS_MAX, STALE_DAYS_MIN, type Settings } from "../core/settings";
import type { WorkbookSnapshot } from "../core/cells";
import { findSheetName, generatedSheetNames, sameSheetName, workbookSheetNames } from "../core/sheetMatch";
import { missingSheetError } from "./missingSheetError";
import { WORKBOOK_KINDS } from "../xlsx/fileKind";
import { checkText, summaryText } from "./report";
import { NothingToCompareError, changesBetween, deleteReport, generateCommitteePack, listReports, recordReport, removeReportWording } from "../door/historyOperations";
import { EarlierReportError, NewerReportError } from "../core/history/record";
import { changesText } from "./changesReport";
import { toChangesJson } from "../core/history/changesJson";
import { recordedReportsWords } from "../core/history/recordedReportsWords";
import { reportListText } from "./reportListText";
import { choicesInWords } from "../core/sentences";
import { formatLongDate, reportLabel } from "../core/longDate";
import { capitalised } from "../core/text";
import { readSheetReviewArgument, resolveSheetReviews, type SheetReviewArgument } from "./sheetReviewArgument";

interface CommonOptions {
  json?: boolean;
  asOf?: string;
  staleDays?: number;
  sheet?: string[];
  sheetReview?: SheetReviewArgument[];
  future?: boolean;
  ignoreSavedSettings?: boolean;
}

/** The overview's last lines: scripts that call rag-tracker branch on these. */
const EXIT_CODES_HELP = `
Exit codes:
  0  done; for check, no finding is an error
  1  check found an error in the workbook
  2  the command could not be carried out as given (an unusable input, a bad
     option, an output that could not be written); standard error says why
  3  something went wrong that RAG Tracker did not expect; please report it`;

/** "2022-02-30" is written as asked but names no day: said so, rather than that it is not written YYYY-MM-DD. */
function notADate(value: string, otherwise: string): InvalidArgumentError {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new InvalidArgumentError(`"${value}" is written YYYY-MM-DD but is not a real date.`);
  return new InvalidArgumentError(`"${value}" ${otherwise}.`);
}

/** Excel's dates start in 1900: a report date before it is no date a plan is reported at. */
function parseDate(value: string): string {
  if (!isIsoDate(value)) throw notADate(value, "is not a date written YYYY-MM-DD");
  if (value < EARLIEST_DATE) throw new InvalidArgumentError(`"${value}" is before ${EARLIEST_DATE}, the first date Excel can hold.`);
  return value;
}

/** --to names a report date, or "now" for the workbook as it stands. */
function parseDateOrNow(value: string): string {
  if (value === "now") return value;
  if (!isIsoDate(value)) throw notADate(value, 'is neither a date written YYYY-MM-DD nor "now"');
  return parseDate(value);
}

function parseDays(value: string): number {
  // Digits only: Number() would also read "0x10" and "1e2".
  const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(n >= STALE_DAYS_MIN && n <= STALE_DAYS_MAX)) throw new InvalidArgumentError(`"${value}" is not a whole number of days from ${STALE_DAYS_MIN} to ${STALE_DAYS_MAX}.`);
  return n;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * "Completed actions=Frankie": a sheet with no Review column and the review its actions are counted
 * under, read at each "=" as a sheet's name or a review may hold one; which sheet it names is known
 * once the workbook is read (resolveSheetReviews).
 */
function collectSheetReview(value: string, previous: SheetReviewArgument[] = []): SheetReviewArgument[] {
  const argument = readSheetReviewArgument(value);
  if (argument.fault) throw new InvalidArgumentError(argument.fault);
  if (argument.readings.length === 0) throw new InvalidArgumentError(`"${value}" is not a sheet and a review joined by =, such as "Completed actions=Frankie".`);
  return [...previous, argument];
}

const FUTURE_HELP = "allow an --as-of date (or saved report date) after today (refused otherwise, as it is most likely a mistyped year)";

const IGNORE_SAVED_SETTINGS = "--ignore-saved-settings";

/** The option for a workbook whose stored settings are damaged: without it, a command that reads them can do nothing. */
function withSettingsOption(command: Command): Command {
  return command.option(IGNORE_SAVED_SETTINGS, "read the workbook with the default settings and the options given, not the settings saved in it (for saved settings that are damaged)");
}

function withCommonOptions(command: Command): Command {
  return withSettingsOption(command)
    .option("--json", "print one JSON document instead of text")
    .option("--as-of <date>", "report as at this date (YYYY-MM-DD); default the saved report date, or today", parseDate)
    .option("--stale-days <n>", "days without an update before an action is stale; default the saved threshold, or 90", parseDays)
    .option("--future", FUTURE_HELP)
    .option("--sheet <name>", "read only this sheet as a tracker (repeatable)", collect)
    .option(
      "--sheet-review <sheet=review>",
      `count the actions of a sheet with no Review column under this review (repeatable); either name may hold an =, and where the value could name two sheets, write the one meant between apostrophes, and the whole value in double quotes, without which most shells drop the apostrophes: --sheet-review "'A=B'=C"`,
      collectSheetReview,
    );
}

/** The command line reads and writes workbooks through the streaming door: a large workbook is never held as a spreadsheet model. */
async function openWorkbook(io: CliIo, file: string, options: { ignoreSavedSettings?: boolean } = {}): Promise<StreamingXlsxDoor> {
  const door = await StreamingXlsxDoor.open(await io.readFile(file), file);
  if (options.ignoreSavedSettings) door.ignoreSavedSettings();
  return door;
}

/** The settings saved in the workbook; where they cannot be used, the sentence says how to run without them. */
async function savedSettings(door: StreamingXlsxDoor): Promise<Settings> {
  try {
    return await door.readSettings();
  } catch (e) {
    if (!(e instanceof StoredSettingsError)) throw e;
    throw new WorkbookFileError(`${e.message.replace(/\.$/, "")}, or add ${IGNORE_SAVED_SETTINGS} to use the default settings and the options given.`);
  }
}

/** The options over the stored settings; a --sheet-review naming no sheet, or more than one, is refused here (resolveSheetReviews). */
function applyOptions(settings: Settings, options: CommonOptions, snapshot: WorkbookSnapshot, file: string): Settings {
  const sheets = workbookSheetNames(snapshot);
  return {
    ...settings,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.staleDays ? { staleDays: options.staleDays } : {}),
    ...(options.sheet?.length ? { trackerSheets: options.sheet } : {}),
    ...(options.sheetReview ? { sheetReviews: withSheetReviews(settings.sheetReviews, resolveSheetReviews(options.sheetReview, sheets, file, generatedSheetNames(snapshot)), sheets) } : {}),
  };
}

/**
 * The workbook read with the options over the stored settings, and how its findings are said on the
 * command line (commandLineWords.ts): what the workbook is written with keeps the task pane's words.
 */
async function readWithOptions(door: StreamingXlsxDoor, snapshot: WorkbookSnapshot, settings: Settings, options: CommonOptions, file: string, today: string) {
  const read = applyOptions(settings, options, snapshot, file);
  const sheets = workbookSheetNames(snapshot);
  const given = {
    sheets: options.sheet ?? [],
    reviewedSheets: options.sheetReview ? Object.keys(resolveSheetReviews(options.sheetReview, sheets, file)).map((name) => findSheetName(sheets, name) ?? name) : [],
  };
  const analysis = await analyseRead(door, snapshot, read, today).catch((e: unknown) => {
    throw e instanceof WorkbookUnusableError ? new WorkbookUnusableError(commandLineWords(e.message, given), e.sheets) : e;
  });
  const spoken = <A extends { findings: Finding[] }>(a: A): A => ({ ...a, findings: a.findings.map((f) => ({ ...f, message: commandLineWords(f.message, given) })) });
  return { analysis: optionsCounted(analysis, options), spoken };
}

/**
 * The analysis as counted with --sheet or --sheet-review: a Committee Pack counts the workbook as its
 * settings say (pack takes neither option), so it is not compared with these counts, which it could never match.
 */
function optionsCounted<A extends { findings: Finding[] }>(analysis: A, options: CommonOptions): A {
  return options.sheet?.length || options.sheetReview ? withoutFindings(analysis, "pack-out-of-date") : analysis;
}

/**
 * The stored reviews of sheets with those given on the command line, which replace a stored one
 * naming the same tab however it is spelled (letter case, or spaces at an end where one tab has the name so).
 */
function withSheetReviews(stored: Settings["sheetReviews"], given: Record<string, string>, sheets: readonly string[]): Settings["sheetReviews"] {
  const tab = (name: string) => findSheetName(sheets, name);
  const sameTab = (a: string, b: string) => sameSheetName(a, b) || (tab(a) !== undefined && tab(a) === tab(b));
  const kept = Object.entries(stored).filter(([sheet]) => !Object.keys(given).some((name) => sameTab(name, sheet)));
  return { ...Object.fromEntries(kept), ...given };
}

/** The "Wrote …" line, and the renamed generated sheets kept rather than replaced. */
function withKept(wrote: string, sheets: readonly AppliedSheet[]): string {
  return [wrote, keptSentence(sheets, (name) => `"${name}"`)].filter(Boolean).join(" ");
}

/** The input is never modified: a copy is written, whole or not at all, of the input's own kind (Excel refuses an .xlsm renamed .xlsx). */
function checkOutput(io: CliIo, file: string, output: string, door: StreamingXlsxDoor): void {
  if (io.sameFile(file, output)) throw new UsageError("The output file must differ from the input file: the input workbook is never modified.");
  const { extension } = door;
  if (output.toLowerCase().endsWith(extension)) return;
  if (extension === ".xlsx") throw new UsageError(`The output file "${output}" must end in .xlsx.`);
  throw new UsageError(`"${file}" is a ${WORKBOOK_KINDS[extension]} (${extension}), so its copy must be one too: give the output file a name ending in ${extension}.`);
}

/** A sheet named with --sheet must be there: a mistyped name would otherwise read as a workbook with no tracker. */
function checkSheetNames(snapshot: WorkbookSnapshot, options: CommonOptions, file: string): void {
  const names = options.sheet ?? [];
  // The sheets the engine reads, matched as it matches them: neither RAG Tracker's store nor the sheets it generated.
  const sheets = workbookSheetNames(snapshot);
  for (const name of names) {
    // A name without the spaces a tab's name ends in (which its tab does not show) names that tab, where no other has it so.
    if (findSheetName(sheets, name) === undefined) throw missingSheetError(file, "--sheet", [name], sheets, generatedSheetNames(snapshot));
  }
}

/**
 * A report date after today is almost always a mistyped year (2202 for 2022): refused unless --future
 * says it is meant, as the snapshot command refuses one (unlikelyReportDate.ts). The date is the
 * one the command would use: --as-of, else the report date saved in the workbook's settings.
 */
function refuseFutureDate(given: string | undefined, settings: Settings, today: string, refused: string, allow: string): void {
  const date = given ?? settings.asOf;
  if (date === undefined || unlikelyReportDate(date, today) !== "after today") return;
  const named = given !== undefined ? afterTodayClause(date, today) : `The report date saved in the workbook's settings, ${formatLongDate(date)}, is after today (${formatLongDate(today)})`;
  const instead = given !== undefined ? "give a date up to today" : "give --as-of with the date meant";
  throw new UsageError(`${named}, so ${refused}; ${instead}, or add --future to ${allow}.`);
}

/**
 * Said, once the command has counted, where the date counted as at is the report date saved in the
 * workbook's settings, not today: a pack made next quarter is otherwise as at the last meeting, unsaid,
 * as the pane says it beside its counts. `failed`: said before a refusal that date caused, which counted nothing.
 */
function noteSavedReportDate(io: CliIo, given: string | undefined, settings: Settings, failed = false): void {
  const today = io.today();
  if (given !== undefined || settings.asOf === undefined || settings.asOf === today) return;
  const saved = `${formatLongDate(settings.asOf)}, the report date saved in the workbook's settings, not today (${formatLongDate(today)})`;
  io.stderr(
    failed
      ? `rag-tracker: note: the workbook was read as at ${saved}; give --as-of to read it as at another date.\n`
      : `rag-tracker: note: counted as at ${saved}; give --as-of to count as at another date.\n`,
  );
}

async function writeCopy(io: CliIo, output: string, door: StreamingXlsxDoor): Promise<void> {
  await io.writeFileAtomic(output, await door.save());
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name("rag-tracker")
    .description("Check and summarise RAG-rated action plans kept in Excel workbooks.")
    .version(packageJson.version, "-V, --version", "print the version of RAG Tracker")
    .exitOverride()
    // Commander's own error text is replaced by one sentence of ours (reportError).
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .showHelpAfterError(false)
    .addHelpText("after", EXIT_CODES_HELP);

  withCommonOptions(
    program
      .command("check")
      .description("list rating, date and layout findings; exit 1 when any is an error")
      .argument("<file>", "the .xlsx workbook to read"),
  ).action(async (file: string, options: CommonOptions) => {
    const door = await openWorkbook(io, file, options);
    const settings = await savedSettings(door);
    if (!options.future) refuseFutureDate(options.asOf, settings, io.today(), "nothing was checked", "check the plan as at a date to come");
    const snapshot = await door.read();
    checkSheetNames(snapshot, options, file);
    const { analysis: read, spoken } = await readWithOptions(door, snapshot, settings, options, file, io.today());
    const analysis = spoken(read);
    noteSavedReportDate(io, options.asOf, settings);
    io.stdout(options.json ? `${JSON.stringify(toJsonReport(analysis), null, 2)}\n` : checkText(analysis));
    exitCode = analysis.findings.some((f) => f.severity === "error") ? 1 : 0;
  });

  withCommonOptions(
    program
      .command("summarize")
      .alias("summarise")
      .description("write a copy of the workbook with the RAG Summary and Stale Actions sheets added")
      .argument("<file>", "the .xlsx workbook to read (never modified)")
      .requiredOption("-o, --output <file>", "the .xlsx workbook to write (required)"),
  ).action(async (file: string, options: CommonOptions & { output: string }) => {
    const door = await openWorkbook(io, file, options);
    const settings = await savedSettings(door);
    checkOutput(io, file, options.output, door);
    if (!options.future) refuseFutureDate(options.asOf, settings, io.today(), "no summary was written", "write the summary as at a date to come");
    const snapshot = await door.read();
    checkSheetNames(snapshot, options, file);
    const { analysis: read, spoken } = await readWithOptions(door, snapshot, settings, options, file, io.today());
    const plan = resolveSheetNames(buildSummaryPlan(read), snapshot);
    refuseWritingOverPastedPlan(plan, snapshot, settings);
    const applied = await door.applyPlan(plan);
    const analysis = spoken(afterGenerating(read));
    await writeCopy(io, options.output, door);
    noteSavedReportDate(io, options.asOf, settings);
    const sheets = applied.map((s) => s.name);
    const kept = applied.flatMap((s) => (s.kept === undefined ? [] : [s.kept]));
    if (options.json) io.stdout(`${JSON.stringify({ ...toJsonReport(analysis), output: { file: options.output, sheets, ...(kept.length > 0 ? { kept } : {}) } }, null, 2)}\n`);
    else {
      // The summary is new; a Committee Pack already in the workbook is not, and goes to the committee with it.
      const wrote = withKept(`Wrote ${options.output} with the sheets ${sheets.map((s) => `"${s}"`).join(" and ")}.`, applied);
      io.stdout(`${summaryText(analysis)}${[wrote, packOutOfDateNote(analysis.findings), earlierVersionNote(analysis.findings, "pack-earlier-version")].filter(Boolean).join(" ")}\n`);
    }
  });

  withSettingsOption(program.command("snapshot"))
    .description("record the ratings as they stand for a reporting date, in a copy of the workbook")
    .argument("<file>", "the .xlsx workbook to read (never modified)")
    .requiredOption("--date <date>", "the reporting date (YYYY-MM-DD; required)", parseDate)
    .requiredOption("-o, --output <file>", "the .xlsx workbook to write (required)")
    .option("--future", "allow a reporting date after today (refused otherwise, as a mistyped year would keep a report in the list for good)")
    .option(
      "--earlier",
      "allow a reporting date before the latest recorded report (refused otherwise, as the report would hold the plan as it stands now, not as it stood on that date)",
    )
    .action(async (file: string, options: { date: string; output: string; future?: boolean; earlier?: boolean; ignoreSavedSettings?: boolean }) => {
      const today = io.today();
      const unlikely = unlikelyReportDate(options.date, today);
      if (unlikely === "after today" && !options.future) {
        throw new UsageError(
          `${afterTodayClause(options.date, today)}, so no report was recorded; give the date of a report already made, or add --future to record one for a date to come.`,
        );
      }
      const door = await openWorkbook(io, file, options);
      checkOutput(io, file, options.output, door);
      await savedSettings(door);
      const { message } = await recordReport(door, undefined, options.date, { today, earlier: options.earlier === true }).catch((e: unknown) => {
        if (e instanceof EarlierReportError) throw new UsageError(`${beforeLatestReportClause(e.date, e.latestReport)}, so no report was recorded; add --earlier to record it for that date anyway.`);
        throw e;
      });
      await writeCopy(io, options.output, door);
      io.stdout(`${message} Wrote ${options.output}.\n`);
      // Recorded, as a report made long ago may be recorded late; said, as the year may be mistyped.
      if (unlikely === "more than a year before today") {
        io.stderr(`rag-tracker: note: ${formatLongDate(options.date)} is more than a year before today (${formatLongDate(today)}); if its year is mistyped, the delete-report command takes that report out of ${options.output} again.\n`);
      }
    });

  withSettingsOption(program.command("changes"))
    .description("what changed between two recorded reports, or since the last report before the workbook's date")
    .argument("<file>", "the .xlsx workbook to read")
    .option("--from <date>", "the earlier report date (default: the last report before the later date)", parseDate)
    .option("--to <date>", 'the later report date, or "now" for the workbook as it is (default)', parseDateOrNow)
    .option("--as-of <date>", "read the workbook as at this date (YYYY-MM-DD) when comparing with it now; default the saved report date, or today", parseDate)
    .option("--future", FUTURE_HELP)
    .option("--json", "print one JSON document instead of text")
    .action(async (file: string, options: { from?: string; to?: string; asOf?: string; future?: boolean; json?: boolean; ignoreSavedSettings?: boolean }) => {
      const door = await openWorkbook(io, file, options);
      const settings = await savedSettings(door);
      // Only the workbook read as it is now is read as at a date; two recorded reports are compared as recorded.
      if (!options.future && (options.to ?? "now") === "now") {
        refuseFutureDate(options.asOf, settings, io.today(), "nothing was compared", "read the workbook as at a date to come");
      }
      const readAsAt = (options.to ?? "now") === "now";
      const result = await changesBetween(door, options.from, options.to, options.asOf, io.today()).catch((e: unknown) => {
        // "Nothing to compare" as at a date the user did not give: where it came from, or the refusal gives no way out.
        if (readAsAt && e instanceof NothingToCompareError) noteSavedReportDate(io, options.asOf, settings, true);
        throw new UsageError(e instanceof Error ? e.message : String(e));
      });
      if (readAsAt) noteSavedReportDate(io, options.asOf, settings);
      io.stdout(options.json ? `${JSON.stringify(toChangesJson(result), null, 2)}\n` : changesText(result));
    });

  withSettingsOption(program.command("pack"))
    .description("write a copy of the workbook with the Committee Pack and RAG History sheets")
    .argument("<file>", "the .xlsx workbook to read (never modified)")
    .requiredOption("-o, --output <file>", "the .xlsx workbook to write (required)")
    .option("--as-of <date>", "report as at this date (YYYY-MM-DD); default the saved report date, or today", parseDate)
    .option("--future", FUTURE_HELP)
    .action(async (file: string, options: { output: string; asOf?: string; future?: boolean; ignoreSavedSettings?: boolean }) => {
      const door = await openWorkbook(io, file, options);
      const settings = await savedSettings(door);
      checkOutput(io, file, options.output, door);
      if (!options.future) refuseFutureDate(options.asOf, settings, io.today(), "no pack was written", "write the pack for a meeting to come");
      const { sheets, message } = await generateCommitteePack(door, undefined, options.asOf, io.today());
      await writeCopy(io, options.output, door);
      noteSavedReportDate(io, options.asOf, settings);
      io.stdout(`${message}\n${withKept(`Wrote ${options.output} with the sheets ${sheets.map((s) => `"${s.name}"`).join(" and ")}.`, sheets)}\n`);
    });

  program
    .command("reports")
    .description("list the reports recorded in the workbook, newest first, with their counts per rating")
    .argument("<file>", "the .xlsx workbook to read")
    .option("--json", "print one JSON document instead of text")
    .action(async (file: string, options: { json?: boolean }) => {
      const door = await openWorkbook(io, file);
      const list = await listReports(door);
      io.stdout(options.json ? `${JSON.stringify(list, null, 2)}\n` : reportListText(list));
    });

  program
    .command("delete-report")
    .description("write a copy of the workbook without the report recorded for a date (its text leaves the file)")
    .argument("<file>", "the .xlsx workbook to read (never modified)")
    .requiredOption("--date <date>", "the report date to delete (YYYY-MM-DD; required); a report stored by hand under a name that is not a date is listed under that name by the reports command, and deleted by it")
    .requiredOption("-o, --output <file>", "the .xlsx workbook to write (required)")
    .action(async (file: string, options: { date: string; output: string }) => {
      const door = await openWorkbook(io, file);
      checkOutput(io, file, options.output, door);
      const { reports } = await listReports(door);
      if (!reports.some((r) => r.date === options.date)) {
        // Oldest first, as every other sentence listing the recorded reports (listReports gives them newest first).
        const recorded = reports.length === 0 ? "it has no recorded report" : recordedReportsWords(reports.map((r) => reportLabel(r.date)).reverse());
        // A report filed by hand under an id that is no date is listed under that id, and deleted by it.
        if (!isIsoDate(options.date)) throw new UsageError(`"${options.date}" is not a date written YYYY-MM-DD, nor a report of "${file}", so nothing was deleted; ${recorded}.`);
        throw new UsageError(`"${file}" holds no report recorded for ${reportLabel(options.date)}, so nothing was deleted; ${recorded}.`);
      }
      const message = await deleteReport(door, options.date, (await door.read()).sheets);
      await writeCopy(io, options.output, door);
      io.stdout(`${message} Wrote ${options.output}.\n`);
    });

  program
    .command("remove-wording")
    .description("write a copy of the workbook whose recorded reports keep no action wording (ratings, numbers and dates stay)")
    .argument("<file>", "the .xlsx workbook to read (never modified)")
    .requiredOption("-o, --output <file>", "the .xlsx workbook to write (required)")
    .action(async (file: string, options: { output: string }) => {
      const door = await openWorkbook(io, file);
      checkOutput(io, file, options.output, door);
      const { message, advice } = await removeReportWording(door, (await door.read()).sheets);
      await writeCopy(io, options.output, door);
      io.stdout(`${[message, advice].filter(Boolean).join(" ")} Wrote ${options.output}.\n`);
    });

  try {
    if (argv.length === 0) throw new UsageError(`No command was given; expected one of ${commandList(program)} (rag-tracker --help describes them).`);
    await program.parseAsync(withoutHelpForUnknownCommand(argv, program), { from: "user" });
    return exitCode;
  } catch (error) {
    return reportError(error, io, program, argv);
  }
}

/**
 * Help asked for a command that does not exist ("help bogus", "bogus --help") is an unknown command:
 * commander would print the whole help instead, so it is parsed without the request for help.
 */
function withoutHelpForUnknownCommand(argv: string[], program: Command): string[] {
  const known = (name: string) => program.commands.some((c) => c.name() === name || c.aliases().includes(name));
  const [first = "", second] = argv;
  if (first === "help") return second !== undefined && !known(second) ? argv.slice(1) : argv;
  if (first.startsWith("-") || known(first)) return argv;
  return argv.filter((a) => a !== "--help" && a !== "-h");
}

/** Each command by its name, "summarize (or summarise)" with its other spelling, so a suggestion of either is in the list. */
function commandList(program: Command): string {
  return choicesInWords(program.commands.map((c) => (c.aliases().length > 0 ? `${c.name()} (or ${c.aliases().join(" or ")})` : c.name())));
}

/** Commander's wording ("error: unknown option '--jsn'") made one sentence that also says what was expected. */
function usageSentence(error: CommanderError, program: Command, argv: string[]): string {
  const text = error.message
    .replace(/^error: /, "")
    .replace(/\s*\n\s*/g, " ")
    .replace(/\.$/, "")
    .replace("(Did you mean", "(did you mean");
  if (error.code === "commander.invalidArgument") {
    // "option '--as-of <date>' argument 'x' is invalid. <our own sentence>"
    const m = /^option '(\S+)[^']*' argument .* is invalid\. (.*)$/.exec(text);
    if (m) return `${m[2]} (given for ${m[1]}).`;
  }
  if (error.code === "commander.unknownCommand") return `${capitalised(text)}; expected one of ${commandList(program)}.`;
  const command = program.commands.find((c) => c.name() === argv[0] || c.aliases().includes(argv[0] ?? ""));
  // Named as the user typed it: "summarise" is answered "rag-tracker summarise …".
  const usage = command ? `rag-tracker ${argv[0]} ${command.usage()}` : `rag-tracker ${program.usage()}`;
  // "required option '--date <date>' not specified": named with what to give.
  const missing = error.code === "commander.missingMandatoryOptionValue" ? /option '([^']+)'/.exec(text)?.[1] : undefined;
  const option = missing === undefined ? undefined : (command ?? program).options.find((o) => o.flags === missing);
  // Its help marks it required ("(required)", "; required"): the sentence says so already.
  const what = option?.description.replace(/ \(required\)$/, "").replace(/; required\)/, ")");
  if (option) return `The ${option.short ? `${option.short} (${option.long})` : option.long} option is missing: give ${what}; the command is written ${usage} (add --help for more).`;
  const hint =
    // A sheet name with a space, unquoted, reaches the command as two arguments.
    error.code === "commander.excessArguments" && argv.some((a) => a === "--sheet" || a.startsWith("--sheet="))
      ? ` (quote a name with spaces: --sheet "Peer Review")`
      : error.code === "commander.unknownOption"
        ? singleDashHint(text, command ?? program)
        : "";
  return `${capitalised(text.replace(/\. (\w)/g, (_, c: string) => `; ${c.toLowerCase()}`))}${hint}; the command is written ${usage} (add --help for more).`;
}

/** "-json" for "--json": commander suggests only for options written with two dashes. */
function singleDashHint(text: string, command: Command): string {
  const written = /^unknown option '-([a-z][\w-]+)'$/i.exec(text)?.[1];
  return written && command.options.some((o) => o.long === `--${written}`) ? ` (did you mean --${written}?)` : "";
}

function reportError(error: unknown, io: CliIo, program: Command, argv: string[]): number {
  if (error instanceof CommanderError) {
    // Help and version are not failures; commander has already printed them.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || (error.code === "commander.help" && error.exitCode === 0)) return 0;
    io.stderr(`rag-tracker: ${usageSentence(error, program, argv)}\n`);
    return 2;
  }
  if (
    error instanceof UsageError ||
    error instanceof WorkbookFileError ||
    error instanceof WorkbookUnusableError ||
    error instanceof ProtectionError ||
    error instanceof PastedPlanError ||
    // The store holds a report this version may not replace: updating RAG Tracker or another date is the remedy, not a bug report.
    error instanceof NewerReportError
  ) {
    io.stderr(`rag-tracker: ${error.message}\n`);
    return 2;
  }
  // Anything else is our bug: still one sentence for the user, with what to report.
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr(`rag-tracker: something went wrong that RAG Tracker did not expect (${detail}); please report it with the workbook's layout.\n`);
  return 3;
}
