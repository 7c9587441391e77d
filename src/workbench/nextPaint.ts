/**
 * The file door does its work in one go on the page's thread, where Excel's door waits on Excel
 * between steps: without a pause before each step the pane's progress bar would never be drawn.
 */

/** Should no frame come (the browser paints only so often), the work goes on after this long. */
const NO_PAINT_WAIT_MS = 500;

/**
 * Resolves once the browser has drawn a frame with the pane's latest step, or after NO_PAINT_WAIT_MS;
 * at once in a hidden tab, which draws nothing and holds back its timers. React may commit the step
 * only after the next frame has begun, so the wait is for the frame after it.
 */
export function nextPaint(): Promise<void> {
  if (typeof document === "undefined" || document.visibilityState === "hidden" || typeof requestAnimationFrame !== "function") return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, NO_PAINT_WAIT_MS);
    // A frame's callbacks run just before it is drawn: the task after them runs once it is.
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      ),
    );
  });
}
