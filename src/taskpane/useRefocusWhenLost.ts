/**
 * A task that removes the control the user was on (Undo the rating changes with its list, Count as at today
 * with its notice) leaves the keyboard's focus on the page's body, from where Tab starts again
 * at the top. This moves it, once the page has been drawn again, to a control still there,
 * unless the user has already gone elsewhere.
 */
import { useEffect, useState } from "react";
import type { RefObject } from "react";

export function useRefocusWhenLost(): (target: RefObject<HTMLElement | null>) => void {
  const [target, setTarget] = useState<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    if (!target) return;
    const active = document.activeElement;
    if (active === null || active === document.body) target.current?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
