/**
 * Whether a box holds more than it shows and scrolls for the rest (overflow-y: auto under a max-height): a box
 * that scrolls with no control inside it must take focus, so a keyboard user can scroll it (WCAG 2.1.1).
 */
import { useEffect, useState } from "react";
import type { RefObject } from "react";

export function useScrollsItself(box: RefObject<HTMLElement | null>, enabled: boolean): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!enabled || !el || typeof ResizeObserver === "undefined") return;
    const check = () => setScrolls(el.scrollHeight > el.clientHeight + 1);
    // The box keeps its height once capped: its content, and the window's height that sets the cap, are watched.
    const resized = new ResizeObserver(check);
    resized.observe(el);
    for (const child of el.children) resized.observe(child);
    const changed = new MutationObserver(() => {
      for (const child of el.children) resized.observe(child);
      check();
    });
    changed.observe(el, { childList: true, subtree: true, characterData: true });
    window.addEventListener("resize", check);
    check();
    return () => {
      resized.disconnect();
      changed.disconnect();
      window.removeEventListener("resize", check);
    };
  }, [box, enabled]);
  return scrolls;
}
