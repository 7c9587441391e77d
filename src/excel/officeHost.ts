/**
 * The real host: Excel.run and Office's requirement-set check. Only this file touches the
 * Excel and Office globals, and only when called, so everything else runs in tests.
 */
import type { ExcelHost, XlContext } from "./excelApi";

/** Compile-time proof that Office.js's own context satisfies the door's view of it. */
const asDoorContext = (context: Excel.RequestContext): XlContext => context;

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run((context) => batch(asDoorContext(context))),
    // A context handed out by run() above is an Excel.RequestContext underneath.
    runIn: (context, batch) => Excel.run(context as unknown as Excel.RequestContext, (c) => batch(asDoorContext(c))),
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
  };
}
