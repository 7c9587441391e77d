/**
 * A box pinned to the foot of the pane (position: sticky; bottom: 0) covers whatever scrolls
 * under it, and the browser scrolls a control reached by Tab only as far as the pane's foot:
 * under the box. This scrolls the focused control up until it shows above the box, on each
 * move of focus and whenever the box grows (WCAG 2.4.11, focus not obscured).
 */
import { useEffect } from "react";
import type { RefObject } from "react";

/** Space left between the focused control and the box, so its focus ring shows too. */
const GAP_PX = 8;

/** The element that scrolls the box: its nearest scrolling ancestor, or the page. */
export function scrollerOf(box: HTMLElement): Element | null {
  for (let el = box.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (/(auto|scroll|overlay)/.test(overflowY) && el.scrollHeight > el.clientHeight) return el;
  }
  return document.scrollingElement;
}

function revealFocusAbove(box: HTMLElement): void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body || box.contains(focused)) return;
  const f = focused.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const overlaps = f.bottom > b.top && f.top < b.bottom && f.right > b.left && f.left < b.right;
  if (overlaps) scrollerOf(box)?.scrollBy({ top: f.bottom - b.top + GAP_PX });
}

export function useKeepFocusAbove(box: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    const el = box.current;
    if (!enabled || !el) return;
    let frame = 0;
    // After the browser's own scroll to the newly focused control, which comes after focusin.
    const check = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => revealFocusAbove(el));
    };
    document.addEventListener("focusin", check);
    const resized = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(check);
    resized?.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("focusin", check);
      resized?.disconnect();
    };
  }, [box, enabled]);
}
