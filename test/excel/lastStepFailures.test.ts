/**
 * A failure at any call of the last request of a write that rebuilds both generated sheets
 * beside: with the pane closed at once (nothing can be undone or finished), the next run still
 * knows every sheet for what it is and writes "RAG Summary" and "Stale Actions" under their own
 * names; with the pane still open, a failure once the last step has begun is finished, and the
 * write succeeds.
 */
import { describe, expect, it } from "vitest";
import { generateSummary } from "../../src/door/operations";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { writtenSentence } from "../../src/taskpane/messages";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";
import type { FakeExcel } from "../fakes/fakeExcel";

interface QueuedCall {
  json: { p?: string; c?: string; s?: string };
  apply: () => void;
}

/** The sample workbook, summarised once, with both generated sheets protected so the next write builds them beside. */
async function rebuiltBeside(): Promise<FakeExcel> {
  const excel = await fakeExcelFromXlsx(sampleBytes());
  await generateSummary(new ExcelDoor(excel));
  excel.get("RAG Summary").protected = true;
  excel.get("Stale Actions").protected = true;
  return excel;
}

const paneClosed = () => Object.assign(new Error("The pane was closed."), { code: "GeneralException" });
const internalError = () => Object.assign(new Error("An internal error has occurred."), { code: "GeneralException" });
const addsSheets = (queue: QueuedCall[]) => queue.some((c) => c.json.p === "worksheets" && c.json.c === "add");

/**
 * Lets `beforeSync` arm the calls of each request just before it is sent; once `closed()` says so,
 * every request fails, as when the pane is closed. Returns the way to stop.
 */
function interceptRequests(excel: FakeExcel, beforeSync: (queue: QueuedCall[]) => void, closed: () => boolean): () => void {
  const run = excel.run.bind(excel);
  excel.run = (<T>(batch: (context: never) => Promise<T>) => {
    if (closed()) return Promise.reject(paneClosed());
    return run(async (context) => {
      const ctx = context as unknown as { sync: () => Promise<void>; queue: QueuedCall[] };
      const sync = ctx.sync.bind(ctx);
      ctx.sync = () => {
        if (closed()) return Promise.reject(paneClosed());
        beforeSync(ctx.queue);
        return sync();
      };
      return batch(context as never);
    });
  }) as FakeExcel["run"];
  return () => (excel.run = run);
}

/**
 * Refuses the call `fromEnd` places before the end of the write's request (the one that adds the
 * new sheets); with `closed`, every request after it fails too, as when the pane is closed.
 */
function failLateCall(excel: FakeExcel, fromEnd: number, closed: boolean): () => void {
  let armed = true;
  let dead = false;
  return interceptRequests(
    excel,
    (queue) => {
      if (!armed || !addsSheets(queue)) return;
      armed = false;
      queue[queue.length - fromEnd]!.apply = () => {
        dead = closed;
        throw internalError();
      };
    },
    () => dead,
  );
}

/** The generated sheets after the sample's own, in the workbook's order, and each RAG Tracker name with its sheet. */
function state(excel: FakeExcel): string {
  const { sheets, names } = excel.workbook;
  const marks = names.filter((n) => /^RAGTracker_/i.test(n.name)).map((n) => `${n.name}->${n.sheet && sheets.includes(n.sheet) ? n.sheet.name : "#REF!"}`);
  const generated = sheets.slice(4).map((s) => s.name);
  return `${generated.join("|")} :: ${marks.sort().join(" ")}`;
}

/**
 * Refuses the call `fromEnd` places before the end of the write's request, with the pane still
 * open; then closes the pane at call `at` of the request that finishes the write.
 */
function failThenCloseWhileFinishing(excel: FakeExcel, fromEnd: number, at: number): () => void {
  let phase: "write" | "finish" | "done" = "write";
  let dead = false;
  return interceptRequests(
    excel,
    (queue) => {
      if (phase === "write" && addsSheets(queue)) {
        phase = "finish";
        queue[queue.length - fromEnd]!.apply = () => {
          throw internalError();
        };
      } else if (phase === "finish" && queue.some((c) => c.json.s === "name" || c.json.c === "delete")) {
        phase = "done";
        const call = queue[at - 1];
        if (call)
          call.apply = () => {
            dead = true;
            throw paneClosed();
          };
      }
    },
    () => dead,
  );
}

const WRITTEN = "RAG Summary|Stale Actions :: RAGTracker_stale->Stale Actions RAGTracker_summary->RAG Summary";

describe("a failure in the last request of a write built beside", () => {
  it("with the pane closed at once, at any of its last 16 calls, never leaves a sheet the next run takes for the user's or keeps under a temporary name", async () => {
    for (let fromEnd = 1; fromEnd <= 16; fromEnd++) {
      const excel = await rebuiltBeside();
      const restore = failLateCall(excel, fromEnd, true);
      await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow();
      restore();
      const { sheets } = await generateSummary(new ExcelDoor(excel));
      expect([fromEnd, writtenSentence(sheets)]).toEqual([fromEnd, "Wrote “RAG Summary” and “Stale Actions”."]);
      expect([fromEnd, state(excel)]).toEqual([fromEnd, WRITTEN]);
    }
  });

  it("once its last step has begun, is finished, and the write succeeds: after the renames, or between them", async () => {
    // 1: events switched back on; 2: the first sheet shown; 3, 4: the renames; 5: a temporary mark removed.
    for (const fromEnd of [1, 2, 3, 4, 5]) {
      const excel = await rebuiltBeside();
      const restore = failLateCall(excel, fromEnd, false);
      const { sheets } = await generateSummary(new ExcelDoor(excel));
      restore();
      expect([fromEnd, writtenSentence(sheets)]).toEqual([fromEnd, "Wrote “RAG Summary” and “Stale Actions”."]);
      expect([fromEnd, state(excel)]).toEqual([fromEnd, WRITTEN]);
      expect(excel.workbook.sheets.map((s) => s.name).indexOf("RAG Summary")).toBe(4);
    }
  });

  it("cut short, or cut short again while being finished, leaves the next run writing the generated sheets in their order, not swapped", async () => {
    // 6 to 12, the last step's work on the old sheets: each new sheet placed before its old one, the old one deleted, its marker pointed at the new one.
    for (const fromEnd of [6, 7, 8, 9, 10, 11, 12]) {
      for (let at = 1; at <= 6; at++) {
        const excel = await rebuiltBeside();
        const restore = failThenCloseWhileFinishing(excel, fromEnd, at);
        await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow();
        restore();
        await generateSummary(new ExcelDoor(excel));
        expect([fromEnd, at, state(excel)]).toEqual([fromEnd, at, WRITTEN]);
      }
    }
  });

  it("with the pane closed at once, at any of its last 16 calls, leaves the next run keeping the order the user gave the generated sheets", async () => {
    const move = (excel: FakeExcel, name: string, to: number) => {
      const { sheets } = excel.workbook;
      const sheet = excel.get(name);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(to, 0, sheet);
    };
    const order = (excel: FakeExcel) => excel.workbook.sheets.map((s) => s.name).join("|");
    // "Stale Actions" before "RAG Summary", after the user's sheets; and at the front.
    for (const to of [4, 0]) {
      for (let fromEnd = 1; fromEnd <= 16; fromEnd++) {
        const excel = await rebuiltBeside();
        move(excel, "Stale Actions", to);
        const chosen = order(excel);
        const restore = failLateCall(excel, fromEnd, true);
        await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow();
        restore();
        await generateSummary(new ExcelDoor(excel));
        expect([to, fromEnd, order(excel)]).toEqual([to, fromEnd, chosen]);
      }
    }
  });
});
