/**
 * A message that appears below the control just used (Save settings' confirmation, under the form)
 * can land past the foot of the pane, where a sighted keyboard user sees nothing change. This
 * scrolls it up into view, as far as the focused control stays in view: focus is not moved.
 */
import { scrollerOf } from "./useKeepFocusAbove";

/** Space left under the message, and above the focused control, so borders and focus rings show. */
const GAP_PX = 8;

export function revealBelowFocus(message: HTMLElement): void {
  const scroller = scrollerOf(message);
  if (!scroller) return;
  const bottom = scroller === document.scrollingElement ? window.innerHeight : scroller.getBoundingClientRect().bottom;
  const top = scroller === document.scrollingElement ? 0 : scroller.getBoundingClientRect().top;
  const below = message.getBoundingClientRect().bottom + GAP_PX - bottom;
  if (below <= 0) return;
  const focused = document.activeElement;
  // The focused control's top may go no higher than the scroller's top.
  const room = focused instanceof HTMLElement && focused !== document.body ? focused.getBoundingClientRect().top - GAP_PX - top : below;
  const by = Math.min(below, room);
  if (by > 0) scroller.scrollBy({ top: by });
}
