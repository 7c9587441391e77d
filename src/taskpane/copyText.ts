/**
 * Puts text on the clipboard: the async Clipboard API where the host allows it, otherwise a
 * hidden text area and the copy command (some Office hosts block the Clipboard API in add-ins).
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === "function") {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Blocked by the host's permissions policy: try the copy command below.
    }
  }
  const focused = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.setAttribute("aria-hidden", "true");
  Object.assign(area.style, { position: "fixed", top: "0", left: "-9999px", opacity: "0" });
  doc.body.append(area);
  let copied = false;
  try {
    area.select();
    copied = typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    copied = false;
  } finally {
    area.remove();
    focused?.focus();
  }
  if (!copied) throw new Error("This host does not let RAG Tracker use the clipboard; select the sentences and press Ctrl+C to copy them.");
}
