import { useRef, useState, type DragEvent } from 'react';

interface FileDropProps {
  id: string;
  label: string;
  hint: string;
  accept: string;
  file: File | null;
  onFile: (file: File | null) => void;
}

/**
 * A file picker that also takes a file dropped on it. The input is the real
 * control, reachable by keyboard; the drop area only adds a mouse shortcut.
 */
export function FileDrop({ id, label, hint, accept, file, onFile }: FileDropProps) {
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  function remove() {
    if (input.current) input.current.value = '';
    onFile(null);
    // The Remove button goes with the file; focus goes back to the picker, not to the page.
    input.current?.focus();
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  }

  return (
    // The file input inside is the control for keyboards and screen readers; dropping is a mouse shortcut to it.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className={`file-drop${dragging ? ' file-drop--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint} You can also drop the file here.
      </p>
      <input
        id={id}
        ref={input}
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
      {file && (
        <p className="file-drop__chosen">
          Chosen: <strong>{file.name}</strong> ({Math.max(1, Math.round(file.size / 1024))} kB){' '}
          <button type="button" className="button button--secondary button--small" onClick={remove}>
            Remove {file.name}
          </button>
        </p>
      )}
    </div>
  );
}
