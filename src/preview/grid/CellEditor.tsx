// The editor laid over a cell while it is being edited: a dropdown (select)
// for cells with a list validation, a text field for everything else.
// Enter or picking a choice saves, Escape cancels, Tab saves and moves right.

import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from "react";
import { tr, type Lang } from "../../i18n";
import { preview } from "../../i18n/preview";

export interface CellEditorProps {
  /** A1 address, for the label. */
  cell: string;
  initial: string;
  choices?: readonly string[];
  lang: Lang;
  style: CSSProperties;
  /** Saves `text`; `move` says where the selection goes next. */
  onCommit(text: string, move: "down" | "right" | "none"): void;
  onCancel(): void;
}

const editorStyle: CSSProperties = {
  position: "absolute",
  zIndex: 5,
  boxSizing: "border-box",
  margin: 0,
  border: "2px solid #217346",
  padding: "0 4px",
  font: "inherit",
  background: "#fff",
  color: "#000",
};

export function CellEditor({ cell, initial, choices, lang, style, onCommit, onCancel }: CellEditorProps) {
  const done = useRef(false);
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useEffect(() => {
    ref.current?.focus();
    if (ref.current instanceof HTMLInputElement) ref.current.setSelectionRange(initial.length, initial.length);
  }, [initial]);

  const finish = (action: () => void) => {
    if (done.current) return;
    done.current = true;
    action();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    e.stopPropagation();
    if (e.key === "Escape") {
      e.preventDefault();
      finish(onCancel);
    } else if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      const text = e.currentTarget.value;
      finish(() => onCommit(text, e.key === "Tab" ? "right" : "down"));
    }
  };
  const common = { ref, "aria-label": tr(preview.editCell, lang, { cell }), defaultValue: initial, style: { ...editorStyle, ...style }, onKeyDown };

  if (choices) {
    const options = initial && !choices.includes(initial) ? [initial, ...choices] : choices;
    return (
      <select
        {...common}
        onChange={(e) => {
          const text = e.currentTarget.value;
          finish(() => onCommit(text, "none"));
        }}
        onBlur={() => finish(onCancel)}
      >
        <option value="">{tr(preview.emptyChoice, lang)}</option>
        {options.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      {...common}
      onBlur={(e) => {
        const text = e.currentTarget.value;
        finish(() => (text === initial ? onCancel() : onCommit(text, "none")));
      }}
    />
  );
}
