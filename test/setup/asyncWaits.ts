/**
 * testing-library's waitFor and findBy* give up after 1 s by default. A pane test waits on the fakes'
 * syncs and React's renders, which take longer when every core is busy: a wait that gave up fails a test
 * that only had to wait. Only where there is a document (the jsdom test files), so node tests load none of it.
 */
if (typeof document !== "undefined") {
  const { configure } = await import("@testing-library/react");
  configure({ asyncUtilTimeout: 10_000 });
}
// A module, for the await above.
export {};
