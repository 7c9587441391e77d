/** The outcome dialog: shows the one sentence it was given (as text, never as markup) and closes on OK or Esc. */
const params = new URLSearchParams(window.location.search);
const kind = params.get("kind") === "error" ? "error" : "done";
const main = document.getElementById("outcome")!;
main.dataset.kind = kind;
document.getElementById("title")!.textContent = kind === "error" ? "RAG Tracker could not finish" : "RAG Tracker";
document.getElementById("message")!.textContent = params.get("message") ?? "";
const button = document.getElementById("close") as HTMLButtonElement;

Office.onReady(() => {
  const close = () => Office.context.ui.messageParent("close");
  button.addEventListener("click", close);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });
  button.focus();
});
