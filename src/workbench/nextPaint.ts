/**
 * The file door does its work in one go on the page's thread, where Excel's door waits on Excel
 * between steps: without a pause before each step the pane's progress bar would never be drawn.
 */

/** Where the browser paints nothing (a hidden tab), the work goes on after this long. */
const NO_PAINT_WAIT_MS = 50;

/** Resolves once the browser has drawn a frame (the pane's latest step), or after NO_PAINT_WAIT_MS. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, NO_PAINT_WAIT_MS);
    const painted = () => {
      clearTimeout(timer);
      resolve();
    };
    // A frame's callbacks run just before it is drawn: the task after them runs once it is.
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(painted, 0));
  });
}
