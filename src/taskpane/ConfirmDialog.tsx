/**
 * Asks before something that cannot be undone (deleting or replacing a recorded report). A
 * modal Fluent dialog: focus moves into it, Escape cancels, and focus returns to the button
 * that opened it (marked with useRestoreFocusTarget).
 *
 * Cancel comes first and is the primary button: Fluent focuses the dialog's first focusable
 * element, so a second press of Enter after opening it cancels instead of destroying a report.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, useId } from "@fluentui/react-components";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, text, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  // The question is the dialog's description, so a screen reader says why it asks, not only its title and the focused Cancel.
  const textId = useId("confirm-text");
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={textId}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent id={textId}>{text}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onCancel}>
              Cancel
            </Button>
            <Button appearance="secondary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
