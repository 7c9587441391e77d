/**
 * jsdom lays nothing out: every element's offsetParent is null and every box is 0×0. Tabster
 * (Fluent UI's focus manager, started by Dialog, Accordion and useRestoreFocusTarget) asks
 * exactly those two things to decide whether an element can take focus, so under jsdom it
 * judges the whole pane hidden: on Tab it finds no next element and sends focus out of the
 * page through its dummy inputs, where a browser moves to the next button. This gives jsdom
 * a browser's answer to those two questions, and nothing more; pages tested in Chromium
 * (test/e2e) need none of it.
 */

/** CSSOM View's offsetParent: null without a layout box, for body and html, and when fixed. */
function offsetParentOf(element: HTMLElement): Element | null {
  const view = element.ownerDocument.defaultView;
  const body = element.ownerDocument.body;
  if (!view || !element.isConnected || element === body || element === element.ownerDocument.documentElement) return null;
  for (let box: Element | null = element; box; box = box.parentElement) {
    if (view.getComputedStyle(box).display === "none") return null;
  }
  const position = view.getComputedStyle(element).position;
  if (position === "fixed") return null;
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (ancestor === body) return ancestor;
    if (view.getComputedStyle(ancestor).position !== "static") return ancestor;
    if (position === "static" && ["TD", "TH", "TABLE"].includes(ancestor.tagName)) return ancestor;
  }
  return null;
}

/** A body that fills the window, as a browser's does; jsdom reports 0×0. */
function viewportRect(body: HTMLElement): DOMRect {
  const view = body.ownerDocument.defaultView;
  return new DOMRect(0, 0, view?.innerWidth ?? 0, view?.innerHeight ?? 0);
}

if (typeof HTMLElement !== "undefined") {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return offsetParentOf(this);
    },
  });
  Object.defineProperty(HTMLBodyElement.prototype, "getBoundingClientRect", {
    configurable: true,
    writable: true,
    value(this: HTMLElement) {
      return viewportRect(this);
    },
  });
}
