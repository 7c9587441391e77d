/**
 * Asks before another workbook replaces one whose changes have not been downloaded. The safe
 * choice comes first, so it takes focus when the dialog opens (a Fluent dialog focuses its first
 * button) and a hurried Enter keeps the work; Escape keeps it too.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useId, useState } from "react";

export interface DiscardChangesDialogProps {
  /** The workbook with changes not downloaded. */
  current: string;
  /** The file waiting to be opened, or null when nothing is waiting (the dialog is closed). */
  next: string | null;
  /** A task is still running in the pane: what it is doing would be lost too. */
  running: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}

export function DiscardChangesDialog({ current, next, running, onKeep, onDiscard }: DiscardChangesDialogProps) {
  const textId = useId();
  // The name stays while the dialog fades out after a choice, rather than turning blank.
  const [shown, setShown] = useState(next ?? "");
  if (next !== null && next !== shown) setShown(next);
  return (
    <Dialog open={next !== null} modalType="modal" onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogSurface aria-describedby={textId}>
        <DialogBody>
          <DialogTitle>Open {shown} and lose your changes?</DialogTitle>
          <DialogContent id={textId}>
            {running
              ? `RAG Tracker is still working on ${current}. If ${shown} opens, it replaces that workbook, and what it is doing, with any changes not downloaded, is lost; a file that cannot be opened leaves it as it is. To keep them, choose Keep my changes, wait for it to finish, then Download result.`
              : `The changes made here to ${current} have not been downloaded. If ${shown} opens, it replaces that workbook, and the changes are lost; a file that cannot be opened leaves it as it is. To keep them, choose Keep my changes, then Download result.`}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeep}>
              Keep my changes
            </Button>
            <Button appearance="secondary" onClick={onDiscard}>
              Lose changes and open
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
