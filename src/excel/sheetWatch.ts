/**
 * Sheet event handlers, which Office.js removes only in the request context that added them: one
 * context is kept from adding to stopping, and stopping removes them once.
 */
import type { ExcelHost, XlContext } from "./excelApi";

export type AddHandlers = (context: XlContext, handlers: { remove(): void }[]) => Promise<void> | void;

/** Runs `add` to register handlers; resolves to a function that removes them. */
export async function watchSheets(host: ExcelHost, add: AddHandlers): Promise<() => Promise<void>> {
  let kept: XlContext | null = null;
  const handlers: { remove(): void }[] = [];
  await host.run(async (context) => {
    await add(context, handlers);
    await context.sync();
    kept = context;
  });
  return async () => {
    const context = kept;
    if (!context) return;
    kept = null;
    await host.runIn(context, async (ctx) => {
      for (const h of handlers) h.remove();
      await ctx.sync();
    });
  };
}
