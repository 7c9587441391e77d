import { defineConfig } from "vitest/config";

// Pane tests drive a whole React pane through jsdom keystroke by keystroke, and the end-to-end
// and LibreOffice tests share two cores with them: 5 s (vitest's default) is too short for that
// on a busy machine. Speed is measured by `npm run bench`, never by a test's time limit.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 240_000,
    setupFiles: ["test/setup/jsdomLayout.ts"],
  },
});
