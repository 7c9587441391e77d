/**
 * The workbench in Chromium: it opens on the sample quickly, shows the visible sheets only, opens
 * a workbook from the file picker and from a drop, and keeps the current workbook when a file
 * that is not a workbook is dropped or picked. Changes not yet downloaded are shown, and nothing
 * drops them without asking; a workbook being opened is shown opening, with the old one held still.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { workbookBytes } from "../helpers/workbooks";
import { STEP_TIMEOUT, recordFigures, sessionForThisFile } from "./workbenchSession";
import type { Page } from "playwright-core";
import {
  OVERVIEW_LINE,
  axeViolations,
  downloadButton,
  downloadResult,
  dropFile,
  dropFiles,
  focusedText,
  gridCell,
  gridRegion,
  holdFileReads,
  openWorkbench,
  pane,
  pickFile,
  runAction,
  sheetTabs,
  showSheet,
} from "./workbenchPage";

/** Target from the issue: the pane usable, with the sample read, within 1.5 s of navigation. */
const TTI_TARGET_MS = 1500;
/**
 * What fails the test: three times the target. The figure is recorded and reported against the
 * target; the two cores are shared with other work, so a hard 1.5 s bound would fail on load alone.
 */
const TTI_CEILING_MS = 3 * TTI_TARGET_MS;

const session = sessionForThisFile();

function teamPlan(): Promise<Uint8Array> {
  return workbookBytes({
    "Team Plan": [
      ["Review", "No", "Specific actions", "Response", "Lead", "RAG"],
      ["Audit 2024", 1, "Refresh the escalation policy", "Drafted", "Business manager", "blue "],
      ["Audit 2024", 2, "Train new chairs", "Booked", "Training lead", "Green"],
      ["Audit 2024", 3, "Publish the annual report", "Late", "Chair", "Yellow"],
      ["Audit 2024", 4, "Review the dataset", "Started", "Data lead", "Amber"],
    ],
  });
}

function unsavedNote(page: Page) {
  return page.getByRole("banner").getByText("Changes not downloaded", { exact: true });
}

/** The workbench's own error banner and status line (the pane has its own below). */
function workbenchAlert(page: Page) {
  return page.locator('[data-ready] > [role="alert"]');
}

function workbenchStatus(page: Page) {
  return page.locator('[data-ready] > [role="status"]');
}

describe("the workbench", () => {
  it(
    "opens on the sample with the pane usable, shows the visible sheets and its cells, and needs nothing from outside this site",
    async () => {
      // A cold first load, then a warm one (the browser has the scripts, as on a second visit).
      const cold = await openWorkbench(session.browser.context, session.url);
      const warm = await openWorkbench(session.browser.context, session.url);
      // Where the cold load's time went: scripts run, the sample fetched, the workbook opened, the pane ready.
      const phases = await cold.page.evaluate(() => {
        const at = (name: string) => Math.round(performance.getEntriesByName(name)[0]?.startTime ?? -1);
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return { scriptsRunMs: Math.round(nav.domContentLoadedEventEnd), sampleFetchedMs: at("workbench:sample-fetched"), workbookOpenedMs: at("workbench:workbook-opened") };
      });
      expect(phases.sampleFetchedMs).toBeGreaterThan(0);
      // The page preloads the sample while its scripts load, and the workbench uses that one download.
      const sampleRequests = await cold.page.evaluate(() => performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".xlsx")).length);
      expect(sampleRequests).toBe(1);
      expect(phases.workbookOpenedMs).toBeGreaterThanOrEqual(phases.sampleFetchedMs);
      expect(cold.readyAt).toBeGreaterThanOrEqual(phases.workbookOpenedMs);
      recordFigures({ workbenchTtiColdMs: Math.round(cold.readyAt), workbenchTtiMs: Math.round(warm.readyAt), workbenchTtiTargetMs: TTI_TARGET_MS, ...phases });
      const { page, problems } = cold;
      expect(cold.readyAt, "time to interactive, cold").toBeLessThan(TTI_CEILING_MS);
      expect(warm.readyAt, "time to interactive, warm").toBeLessThan(TTI_CEILING_MS);

      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: sample-action-plans\.xlsx/);
      expect(await pane(page).textContent()).toMatch(/173 actions in \d+ reviews; 1 invalid rating, 1 missing rating/);
      // Tabs for the visible sheets in their order; the very hidden store sheet never shows.
      expect(await sheetTabs(page)).toEqual(["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes"]);
      expect(await gridRegion(page).getAttribute("data-sheet")).toBe("Peer Review");
      expect((await gridCell(page, "A1").textContent())?.trim()).toBe("Peer Review Action Plan");
      expect((await gridCell(page, "F3").textContent())?.trim()).toMatch(/^RAG\s+Rating$/);
      // No office.js, no other host: every request went to this site and nothing failed.
      expect(problems).toEqual([]);
      await cold.page.close();
      await warm.page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "lets a title run over the empty cells to its right, as Excel does, rather than cutting it short",
    async () => {
      const { page } = await openWorkbench(session.browser.context, session.url);
      await showSheet(page, "Case Reviews");
      const title = gridCell(page, "A1");
      expect((await title.textContent())?.trim()).toBe("Composite Action Matrix – case reviews");
      // Whatever in the cell clips its text (the cell itself, or a box inside it) has room for all of it.
      const cut = await title.evaluate((cell) =>
        [cell, ...cell.querySelectorAll("*")].filter((e) => getComputedStyle(e).overflowX !== "visible" && e.scrollWidth > e.clientWidth).length,
      );
      expect(cut).toBe(0);
      const [cellBox, textBox] = [await title.boundingBox(), await title.locator("span").boundingBox()];
      expect(textBox!.width).toBeGreaterThan(cellBox!.width);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "opens a workbook from the file picker and another dropped on the page",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      await pickFile(page, "team-plan.xlsx", await teamPlan());
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: team-plan\.xlsx/);
      await expect.poll(() => pane(page).textContent()).toMatch(/4 actions in 1 review; 1 invalid rating/);
      expect(await sheetTabs(page)).toEqual(["Team Plan"]);
      expect((await gridCell(page, "F4").textContent())?.trim()).toBe("Yellow");
      await expect.poll(() => page.getByRole("status").filter({ hasText: "Opened team-plan.xlsx." }).count()).toBe(1);

      const dropped = await workbookBytes({ Dropped: [["Action", "RAG"], ["Agree the budget", "Red"], ["Hire a chair", "Blue  "]] });
      await dropFile(page, "dropped plan.xlsx", dropped);
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: dropped plan\.xlsx/);
      await expect.poll(() => pane(page).textContent()).toMatch(/2 actions in 1 review/);
      // A finding quotes the cell as typed, its two spaces shown, not folded into one as HTML would.
      await expect.poll(() => pane(page).innerText()).toContain('"Blue  "');
      expect(await sheetTabs(page)).toEqual(["Dropped"]);
      expect((await gridCell(page, "B2").textContent())?.trim()).toBe("Red");
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "says, while a workbook is open, what its download would leave out, and says nothing of one it keeps whole",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      const warning = workbenchStatus(page).locator('[data-intent="warning"]');
      expect(await warning.count(), "the sample").toBe(0);
      // The team's own rating drop-down, drawn from a Lists sheet, as Excel 2010 and later save it.
      const zip = await JSZip.loadAsync(await teamPlan());
      const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      const list =
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidations count="1"><x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$1:$A$4</xm:f></x14:formula1><xm:sqref>F2:F5</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
      zip.file("xl/worksheets/sheet1.xml", sheet.replace("</worksheet>", `${list}</worksheet>`));
      await pickFile(page, "team-plan.xlsx", await zip.generateAsync({ type: "uint8array" }));
      await expect.poll(() => warning.textContent()).toBe('The workbench\'s download leaves out drop-down lists drawn from another sheet on "Team Plan"; RAG Tracker inside Excel, or its command line, keeps them.');
      // Said while that workbook is open, and gone with it.
      await runAction(page, "Generate RAG summary");
      expect(await warning.count()).toBe(1);
      await pickFile(page, "dropped plan.xlsx", await teamPlan());
      await page.getByRole("dialog").getByRole("button", { name: "Lose changes and open" }).click();
      await expect.poll(() => warning.count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "says in one sentence why a dropped or picked file is not a workbook, and keeps the workbook that was open",
    async () => {
      const { page } = await openWorkbench(session.browser.context, session.url);
      const alert = workbenchAlert(page);

      await dropFile(page, "minutes.xlsx", new TextEncoder().encode("Minutes of the scrutiny committee, 13 July 2021.\n"));
      await expect.poll(() => alert.textContent()).toMatch(/minutes\.xlsx/);
      const sentence = ((await alert.textContent()) ?? "").trim();
      expect(sentence.split(/(?<=[.!?])\s+/).filter(Boolean)).toHaveLength(1);
      expect(await pane(page).textContent()).toMatch(/Workbook: sample-action-plans\.xlsx/);
      expect(await pane(page).textContent()).toMatch(OVERVIEW_LINE);

      await pickFile(page, "broken.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
      await expect.poll(() => alert.textContent()).toMatch(/broken\.xlsx/);
      expect(await pane(page).textContent()).toMatch(/Workbook: sample-action-plans\.xlsx/);
      expect(await sheetTabs(page)).toContain("Peer Review");

      // A few kilobytes that unpack to a cell of five million characters: refused before the page holds it.
      const bomb = await JSZip.loadAsync(await teamPlan());
      const strings = await bomb.file("xl/sharedStrings.xml")!.async("string");
      bomb.file("xl/sharedStrings.xml", strings.replace("Drafted", "a".repeat(5_000_000)));
      await pickFile(page, "bomb.xlsx", await bomb.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
      await expect.poll(() => alert.textContent()).toMatch(/^"bomb\.xlsx" was not read: its part xl\/sharedStrings\.xml holds more than a million characters without a break/);
      expect(await pane(page).textContent()).toMatch(/Workbook: sample-action-plans\.xlsx/);

      // A good workbook afterwards clears the error.
      await pickFile(page, "team-plan.xlsx", await teamPlan());
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: team-plan\.xlsx/);
      expect(((await alert.textContent()) ?? "").trim()).toBe("");
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "says when changes are not downloaded, asks before another workbook replaces them, and has the browser ask before the page is left",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      const note = unsavedNote(page);
      expect(await note.count()).toBe(0);
      await runAction(page, "Check ratings");
      await expect.poll(() => note.count()).toBe(1);
      // Beside the Download button, and read out with it.
      expect(await downloadButton(page).evaluate((b) => document.getElementById(b.getAttribute("aria-describedby") ?? "")?.textContent)).toBe("Changes not downloaded");

      // A chosen workbook: the question names both files, the safe choice has focus, and Enter keeps the work.
      await pickFile(page, "team-plan.xlsx", await teamPlan());
      const dialog = page.getByRole("dialog");
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await dialog.getAttribute("aria-modal")).toBe("true");
      expect(await dialog.getByRole("heading").textContent()).toBe("Open team-plan.xlsx and lose your changes?");
      expect(await dialog.textContent()).toContain(
        "The changes made here to sample-action-plans.xlsx have not been downloaded. If team-plan.xlsx opens, it replaces that workbook, and the changes are lost; a file that cannot be opened leaves it as it is.",
      );
      await expect.poll(() => focusedText(page)).toBe("Keep my changes");
      expect(await axeViolations(page), "with the dialog open").toEqual([]);
      await page.keyboard.press("Enter");
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await focusedText(page), "focus back on the button that chose the file").toBe("Open workbook…");
      expect(await pane(page).textContent()).toMatch(/Workbook: sample-action-plans\.xlsx/);
      expect(await note.count()).toBe(1);

      // A dropped workbook asks too; Escape keeps the work, and the other choice, by keyboard, opens the file.
      const dropped = await workbookBytes({ Dropped: [["Action", "RAG"], ["Agree the budget", "Red"], ["Hire a chair", "Blue"]] });
      await dropFile(page, "dropped plan.xlsx", dropped);
      await expect.poll(() => dialog.count()).toBe(1);
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await pane(page).textContent()).toMatch(/Workbook: sample-action-plans\.xlsx/);
      // As the question says, a file that cannot be opened, chosen over the changes, leaves the workbook and its changes.
      await pickFile(page, "broken.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.getByRole("button", { name: "Lose changes and open" }).click();
      await expect.poll(() => workbenchAlert(page).textContent()).toMatch(/broken\.xlsx/);
      expect(await pane(page).textContent()).toMatch(/Workbook: sample-action-plans\.xlsx/);
      expect(await note.count()).toBe(1);
      await dropFile(page, "dropped plan.xlsx", dropped);
      await expect.poll(() => focusedText(page)).toBe("Keep my changes");
      await page.keyboard.press("Tab");
      expect(await focusedText(page)).toBe("Lose changes and open");
      await page.keyboard.press("Enter");
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: dropped plan\.xlsx/);
      await expect.poll(() => pane(page).textContent()).toMatch(OVERVIEW_LINE);
      expect(await note.count()).toBe(0);

      // Leaving with changes not downloaded: the browser asks, and staying keeps the page.
      await runAction(page, "Colour ratings & add drop-down");
      await expect.poll(() => note.count()).toBe(1);
      const asked: string[] = [];
      page.on("dialog", (d) => {
        asked.push(d.type());
        void d.dismiss();
      });
      await page.close({ runBeforeUnload: true });
      await expect.poll(() => asked).toEqual(["beforeunload"]);
      expect(page.isClosed()).toBe(false);

      // A download clears the note, and then the page closes without asking.
      await downloadResult(page);
      await expect.poll(() => note.count()).toBe(0);
      await Promise.all([page.waitForEvent("close"), page.close({ runBeforeUnload: true })]);
      expect(asked).toEqual(["beforeunload"]);
      expect(problems).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    "says which workbook is opening, with the one on screen held still until it has opened",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      // Which button, if any, each click reaches.
      await page.evaluate(() => {
        const clicks: string[] = [];
        (window as unknown as { __clicks: string[] }).__clicks = clicks;
        document.addEventListener("click", (e) => clicks.push((e.target as Element).closest("button")?.textContent ?? "no button"), true);
      });
      const clicks = () => page.evaluate(() => (window as unknown as { __clicks: string[] }).__clicks);

      const release = await holdFileReads(page);
      await pickFile(page, "big.xlsx", await teamPlan());
      const status = workbenchStatus(page);
      await expect.poll(() => status.textContent()).toBe("Opening big.xlsx…");
      expect(await status.getByRole("progressbar").count(), "a spinner").toBe(1);
      // The pane and grid of the old workbook take no clicks and no keyboard focus meanwhile.
      const spot = await page.locator('section[aria-label="RAG Tracker task pane"] button', { hasText: /^Generate RAG summary$/ }).boundingBox();
      if (!spot) throw new Error("The Generate RAG summary button is not on screen.");
      const before = (await clicks()).length;
      await page.mouse.click(spot.x + spot.width / 2, spot.y + spot.height / 2);
      expect((await clicks()).slice(before), "what a click on Generate RAG summary reached").toEqual(["no button"]);
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press("Tab");
        expect(await page.evaluate(() => Boolean(document.activeElement?.closest("[aria-label='RAG Tracker task pane'], [data-sheet]"))), "focus in the old workbook").toBe(false);
      }
      const held = page.locator("[data-ready] [inert]");
      expect(await held.count()).toBe(1);
      expect(await held.getAttribute("aria-busy")).toBe("true");
      expect(await held.locator('section[aria-label="RAG Tracker task pane"]').count()).toBe(1);
      expect(await held.locator("[data-sheet]").count()).toBeGreaterThan(0);
      expect(await page.getByRole("button", { name: "Open workbook…" }).getAttribute("aria-disabled")).toBe("true");
      expect(await downloadButton(page).getAttribute("aria-disabled")).toBe("true");
      expect(await axeViolations(page), "while opening").toEqual([]);

      await release();
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: big\.xlsx/);
      await expect.poll(() => status.textContent()).toBe("Opened big.xlsx.");
      expect(await page.locator("[inert]").count()).toBe(0);
      await expect.poll(() => pane(page).textContent()).toMatch(/4 actions in 1 review/);
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "shows a workbook's no-tracker message in view after another was scrolled, and says 'Opened' only of a workbook the pane can use",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      await expect.poll(() => pane(page).textContent()).toMatch(OVERVIEW_LINE);
      await pane(page).getByRole("button", { name: "Record report" }).scrollIntoViewIfNeeded();
      expect(await pane(page).evaluate((section) => section.scrollTop), "the pane scrolled down").toBeGreaterThan(0);

      const notes = await workbookBytes({ Notes: [["Minutes of the partnership board"], ["Agreed the plan"]] });
      await pickFile(page, "notes.xlsx", notes);
      await expect.poll(() => workbenchStatus(page).textContent()).toBe("Opened notes.xlsx, but the pane cannot use it: the message under Actions says why.");
      const problem = pane(page).getByRole("alert").filter({ hasText: "No action-plan tracker was found" });
      await expect.poll(() => problem.count()).toBe(1);
      // In view: inside the pane's visible part and the window.
      const seen = await problem.evaluate((alert) => {
        const box = alert.getBoundingClientRect();
        const section = alert.closest("section[aria-label='RAG Tracker task pane']")!.getBoundingClientRect();
        return box.height > 0 && box.top >= Math.max(0, section.top) && box.bottom <= Math.min(window.innerHeight, section.bottom);
      });
      expect(seen).toBe(true);

      await pickFile(page, "team-plan.xlsx", await teamPlan());
      await expect.poll(() => workbenchStatus(page).textContent()).toBe("Opened team-plan.xlsx.");
      // The first job that changes the workbook leaves "Opened" behind: the bar says nothing stale, the pane says what the job did.
      expect(await runAction(page, "Check ratings")).toContain("Highlighted 1 invalid rating");
      await expect.poll(async () => ((await workbenchStatus(page).textContent()) ?? "").trim()).toBe("");
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "clears an error once a download succeeds, and says it downloaded until a change is made since",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      const alert = workbenchAlert(page);
      const plan = await teamPlan();
      await dropFiles(page, [
        { name: "plan one.xlsx", bytes: plan },
        { name: "plan two.xlsx", bytes: plan },
      ]);
      await expect.poll(() => alert.textContent()).toBe("Drop one workbook at a time; 2 files were dropped.");
      await downloadResult(page);
      await expect.poll(() => workbenchStatus(page).textContent()).toBe("Downloaded sample-action-plans (RAG Tracker).xlsx.");
      expect(((await alert.textContent()) ?? "").trim()).toBe("");
      // A change since is not in that file: the notice goes, and "Changes not downloaded" says so alone.
      await runAction(page, "Colour ratings & add drop-down");
      await expect.poll(() => page.getByText("Changes not downloaded").count()).toBe(1);
      expect(((await workbenchStatus(page).textContent()) ?? "").trim()).toBe("");
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "holds Download while a pane job runs, and the pane while a download is prepared, so no file is saved half written",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      await expect.poll(() => pane(page).textContent()).toMatch(OVERVIEW_LINE);
      // Seen at each change of the page: whether Download could be pressed while the pane showed a job's progress,
      // and whether the pane was held while the download was prepared.
      await page.evaluate(() => {
        const seen = { downloadWhileJob: [] as string[], paneWhileSaving: [] as string[] };
        (window as unknown as { __seen: typeof seen }).__seen = seen;
        const main = () => document.querySelector("[data-ready] main");
        const downloadButton = () => [...document.querySelectorAll("header button")].find((b) => /Download result|Preparing download/.test(b.textContent ?? ""));
        new MutationObserver(() => {
          if (main()?.querySelector("section[aria-label='RAG Tracker task pane'] [role='progressbar']")) seen.downloadWhileJob.push(downloadButton()?.getAttribute("aria-disabled") ?? "not held");
          if (downloadButton()?.textContent === "Preparing download…") seen.paneWhileSaving.push(main()?.hasAttribute("inert") ? "inert" : "live");
        }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      await runAction(page, "Generate RAG summary");
      await downloadResult(page);
      const seen = await page.evaluate(() => (window as unknown as { __seen: { downloadWhileJob: string[]; paneWhileSaving: string[] } }).__seen);
      // Held in the very frame the job's progress first shows, not a render later: a click meanwhile would save a half-written file.
      expect(seen.downloadWhileJob.length, "the job was seen running").toBeGreaterThan(0);
      expect(new Set(seen.downloadWhileJob), "Download held back at every moment the job showed its progress").toEqual(new Set(["true"]));
      expect(seen.paneWhileSaving.length, "the download was seen being prepared").toBeGreaterThan(0);
      expect(new Set(seen.paneWhileSaving), "the pane held while the download was prepared").toEqual(new Set(["inert"]));
      expect(await downloadButton(page).getAttribute("aria-disabled")).not.toBe("true");
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "keeps the focused control in view above the pinned status box at the foot of the Actions section",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      // A council laptop's window: a laptop screen with the browser's own bars taking their share.
      await page.setViewportSize({ width: 1366, height: 700 });
      await runAction(page, "Generate RAG summary");
      const generate = pane(page).getByRole("button", { name: "Generate RAG summary", exact: true });
      await generate.focus();
      // Whether the focused control's centre and foot are painted by the control itself, not the box over it (WCAG 2.4.11).
      const focusedInView = () =>
        page.evaluate(async () => {
          // As the user sees it: after the next frame is drawn.
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const el = document.activeElement as HTMLElement;
          const r = el.getBoundingClientRect();
          const hits = [r.top + r.height / 2, r.bottom - 2].map((y) => document.elementFromPoint(r.left + r.width / 2, y));
          return { name: el.textContent?.trim() ?? "", shown: hits.every((hit) => hit !== null && el.contains(hit)) };
        });
      const seen: string[] = [];
      for (let presses = 0; presses < 40 && !seen.includes("Refresh overview"); presses++) {
        await page.keyboard.press("Tab");
        const { name, shown } = await focusedInView();
        seen.push(name);
        expect(shown, `"${name}" is covered`).toBe(true);
      }
      expect(seen).toContain("Clear colours & drop-down");
      expect(seen).toContain("Refresh overview");
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );
});
