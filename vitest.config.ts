import { defineConfig } from "vitest/config";

// Pane tests drive a whole React pane through jsdom keystroke by keystroke, and the end-to-end
// and LibreOffice tests share two cores with them: 5 s (vitest's default) is too short for that
// on a busy machine. Speed is measured by `npm run bench`, never by a test's time limit.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // expect.poll gives up after 1 s by default: a workbook opened or read in the browser under that load takes longer,
    // and a poll that gave up fails a test that only had to wait. As long as a page's own wait (workbenchPage.ts).
    expect: { poll: { timeout: 15_000 } },
    setupFiles: ["test/setup/jsdomLayout.ts", "test/setup/asyncWaits.ts"],
  },
});
