import { describe, expect, it, vi } from "vitest";
import { commandHandlers } from "../../src/commands/handlers";
import { runCommand } from "../../src/commands/runCommand";
import { dialogOutcome, type DialogHandle, type DialogUi } from "../../src/commands/outcomeDialog";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { FakeExcel } from "../fakes/fakeExcel";
import { peerReviewSheet } from "../fixtures/peerReview";
import { putSnapshot } from "./helpers";

function setUp(excel: FakeExcel) {
  const shown: [string, string][] = [];
  const wrote: string[] = [];
  const event = { completed: vi.fn() };
  const handlers = commandHandlers({
    door: () => new ExcelDoor(excel),
    show: async (message, kind) => {
      shown.push([message, kind]);
    },
    wrote: (command) => wrote.push(command),
  });
  return { shown, wrote, event, handlers };
}

describe("ribbon commands", () => {
  it("Generate RAG summary writes the sheets, shows the outcome and completes", async () => {
    const excel = new FakeExcel();
    putSnapshot(excel, peerReviewSheet({ 4: "Purple" }));
    const { shown, wrote, event, handlers } = setUp(excel);
    await handlers.generateSummary(event);
    expect(shown).toEqual([['26 actions in 1 review; 1 invalid rating, 0 missing ratings, 0 stale (4 not checked: no last-updated column), 0 overdue (4 not checked: no time-scale column). Wrote “RAG Summary” and “Stale Actions”.', "done"]]);
    // An open pane is told its reading is older than the summary now written.
    expect(wrote).toEqual(["Generate RAG summary"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(excel.get("RAG Summary").text(2, 1)).toBe("RAG Summary");
  });

  it("Check ratings highlights in place and says what it highlighted", async () => {
    const excel = new FakeExcel();
    putSnapshot(excel, peerReviewSheet({ 4: "Purple", 6: "" }));
    const { shown, wrote, event, handlers } = setUp(excel);
    await handlers.checkRatings(event);
    expect(shown).toEqual([["Highlighted 1 invalid rating and 1 missing rating in place; each highlight goes as soon as its rating is corrected.", "done"]]);
    expect(wrote).toEqual(["Check ratings"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(excel.conditionalFormats("Peer Review")).toHaveLength(2);
  });

  it("Check ratings says 'in place' of what it highlighted, not of the ratings given by colour alone that it names after", async () => {
    const excel = new FakeExcel();
    const sheet = excel.sheet("Leo", [
      ["Review", "No", "Action", "Response", "RAG"],
      ["Leo", 1, "Agencies to brief staff on the learning from Leo.", "Briefings held in March.", null],
      ["Leo", 2, "Audit of strategy discussions held within 72 hours.", "Audit planned.", null],
      ["Leo", 3, "Review the escalation policy.", "Policy revised.", "Amber"],
    ]);
    sheet.ensure(2, 5).look = { fill: "#00B050" };
    const { shown, handlers } = setUp(excel);
    await handlers.checkRatings({ completed: vi.fn() });
    expect(shown).toEqual([
      ["Highlighted 1 missing rating in place; each highlight goes as soon as its rating is corrected. 1 rating is given by colour alone, with no word typed; Fix ratings types it.", "done"],
    ]);
  });

  it("a failure is shown as one sentence and the command still completes", async () => {
    const excel = new FakeExcel();
    excel.sheet("Notes", [["Nothing here is an action plan"]]);
    const { shown, wrote, event, handlers } = setUp(excel);
    await handlers.generateSummary(event);
    expect(shown).toHaveLength(1);
    // A command that failed may have written part of its work: an open pane is told all the same.
    expect(wrote).toEqual(["Generate RAG summary"]);
    const [message, kind] = shown[0]!;
    expect(kind).toBe("error");
    expect(message).toMatch(/^[^.]+\.$/);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Notes"]);
  });

  it("completes even when the outcome cannot be shown or the door cannot be made", async () => {
    const event = { completed: vi.fn() };
    await runCommand(event, async () => "done", () => Promise.reject(new Error("dialog blocked")));
    expect(event.completed).toHaveBeenCalledTimes(1);

    const event2 = { completed: vi.fn() };
    const handlers = commandHandlers({
      door: () => {
        throw new Error("Excel is not ready");
      },
      show: async () => undefined,
    });
    await handlers.checkRatings(event2);
    expect(event2.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the outcome dialog", () => {
  const constants = { succeeded: "succeeded", messageReceived: "dialogMessageReceived", eventReceived: "dialogEventReceived" };

  function fakeUi(status: string) {
    const handlers = new Map<unknown, (args: unknown) => void>();
    const dialog: DialogHandle & { closed: number } = {
      closed: 0,
      addEventHandler: (type, handler) => handlers.set(type, handler),
      close() {
        this.closed++;
      },
    };
    const urls: string[] = [];
    const ui: DialogUi = {
      displayDialogAsync: (url, _options, callback) => {
        urls.push(url);
        setTimeout(() => callback({ status, value: dialog }), 0);
      },
    };
    return { ui, dialog, handlers, urls };
  }

  it("passes the sentence in the address and resolves when the user presses OK", async () => {
    const { ui, dialog, handlers, urls } = fakeUi("succeeded");
    const shown = dialogOutcome(ui, "https://localhost:3000/outcome.html", constants, () => undefined)("83 actions in 6 reviews; 3 invalid ratings, 0 missing ratings, 7 stale, 0 overdue.", "done");
    await new Promise((r) => setTimeout(r, 5));
    expect(new URL(urls[0]!).searchParams.get("message")).toBe("83 actions in 6 reviews; 3 invalid ratings, 0 missing ratings, 7 stale, 0 overdue.");
    handlers.get("dialogMessageReceived")!({ message: "close" });
    await shown;
    expect(dialog.closed).toBe(1);
  });

  it("keeps the outcome for the pane where no dialog could be opened, and closes one left open after the time limit", async () => {
    const unshown: string[][] = [];
    await dialogOutcome(fakeUi("failed").ui, "https://localhost:3000/outcome.html", constants, (message, kind) => unshown.push([message, kind]))("The sheet is protected.", "error");
    expect(unshown).toEqual([["The sheet is protected.", "error"]]);
    const { ui, dialog } = fakeUi("succeeded");
    await dialogOutcome(ui, "https://localhost:3000/outcome.html", constants, () => undefined, 10)("x.", "done");
    expect(dialog.closed).toBe(1);
  });
});

describe("commands.ts", () => {
  it("associates every ribbon function with Office", async () => {
    const associated: string[] = [];
    vi.stubGlobal("window", { location: { href: "https://localhost:3000/commands.html" } });
    vi.stubGlobal("Office", {
      onReady: () => Promise.resolve(),
      actions: { associate: (name: string) => associated.push(name) },
      context: {},
      AsyncResultStatus: { Succeeded: "succeeded" },
      EventType: {},
    });
    try {
      await import("../../src/commands/commands");
    } finally {
      vi.unstubAllGlobals();
    }
    expect(associated).toEqual(["generateSummary", "checkRatings"]);
  });

  it("says the outcome and completes where the browser blocks the add-in's local storage", async () => {
    // A browser blocking third-party storage throws on the mere reading of window.localStorage in the add-in's frame.
    const blockedWindow = {
      location: { href: "https://localhost:3000/commands.html" },
      get localStorage(): Storage {
        throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", "SecurityError");
      },
    };
    const run = async (dialogStatus: string) => {
      const excel = new FakeExcel();
      putSnapshot(excel, peerReviewSheet({ 4: "Purple" }));
      const associated = new Map<string, (event: { completed(): void }) => Promise<void>>();
      const urls: string[] = [];
      vi.resetModules();
      vi.stubGlobal("window", blockedWindow);
      vi.stubGlobal("Excel", { run: excel.run });
      vi.stubGlobal("Office", {
        onReady: () => Promise.resolve(),
        actions: { associate: (name: string, handler: (event: { completed(): void }) => Promise<void>) => associated.set(name, handler) },
        context: {
          document: { url: "https://contoso.sharepoint.com/Action plans.xlsx" },
          requirements: { isSetSupported: (set: string, version: string) => excel.supports(set, version) },
          ui: {
            displayDialogAsync: (url: string, _options: unknown, callback: (result: { status: string; value: DialogHandle }) => void) => {
              urls.push(url);
              const dialog: DialogHandle = { addEventHandler: (_type, handler) => setTimeout(() => handler({ message: "close" }), 0), close: () => undefined };
              setTimeout(() => callback({ status: dialogStatus, value: dialog }), 0);
            },
          },
        },
        AsyncResultStatus: { Succeeded: "succeeded" },
        EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
      });
      const event = { completed: vi.fn() };
      try {
        await import("../../src/commands/commands");
        // Not awaited alone: a command that never completes would hold every later click.
        await Promise.race([associated.get("generateSummary")!(event), new Promise((r) => setTimeout(r, 2_000))]);
      } finally {
        vi.unstubAllGlobals();
      }
      const shown = urls[0] ? new URL(urls[0]).searchParams : null;
      return { event, shown: shown ? [shown.get("message"), shown.get("kind")] : null };
    };

    const opened = await run("succeeded");
    expect(opened.shown).toEqual([
      "26 actions in 1 review; 1 invalid rating, 0 missing ratings, 0 stale (4 not checked: no last-updated column), 0 overdue (4 not checked: no time-scale column). Wrote “RAG Summary” and “Stale Actions”.",
      "done",
    ]);
    expect(opened.event.completed).toHaveBeenCalledTimes(1);
    // No dialog, and nowhere to keep the outcome for the pane: the command still completes.
    const refused = await run("failed");
    expect(refused.event.completed).toHaveBeenCalledTimes(1);
  });
});
