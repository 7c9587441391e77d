/** The text box of a settings list's add row: Enter adds the row, and the error under the row, while shown, describes it. */
import { Input } from "@fluentui/react-components";
import type { Ref } from "react";

export interface AddRowInputProps {
  inputRef?: Ref<HTMLInputElement>;
  className: string;
  value: string;
  onValue: (value: string) => void;
  onAdd: () => void;
  /** The id of the error shown under the row, while one is. */
  errorId?: string;
}

export function AddRowInput({ inputRef, className, value, onValue, onAdd, errorId }: AddRowInputProps) {
  return (
    <Input
      ref={inputRef}
      className={className}
      value={value}
      onChange={(_, data) => onValue(data.value)}
      onKeyDown={(event) => {
        if (event.key !== "Enter") return;
        event.preventDefault();
        onAdd();
      }}
      aria-invalid={errorId ? true : undefined}
      aria-describedby={errorId}
    />
  );
}
