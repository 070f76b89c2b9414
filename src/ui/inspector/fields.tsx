/**
 * Inspector inputs that keep a draft while the user types. The design (and
 * so undo history) sees one change per finished edit, never a keystroke, and
 * never a value its check rejects: that stays in the field, with the reason
 * under it, until it is fixed or reverted with Escape.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';

export interface FieldCheck {
  error?: string;
  hint?: string;
}

function Messages({ id, check, help }: { id: string; check: FieldCheck; help?: string | undefined }) {
  return (
    <>
      {check.error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {check.error}
        </p>
      )}
      {!check.error && check.hint && (
        <p id={`${id}-hint`} className="field-hint">
          {check.hint}
        </p>
      )}
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
    </>
  );
}

function describedBy(id: string, check: FieldCheck, help?: string): string | undefined {
  const ids = [check.error && `${id}-error`, !check.error && check.hint && `${id}-hint`, help && `${id}-help`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface TextFieldProps {
  label: string;
  /** The committed value. */
  value: string;
  /** Called with the draft when an edit finishes and passes `check`; the caller decides whether it changed anything. */
  onCommit(text: string): void;
  check?: (text: string) => FieldCheck;
  placeholder?: string;
  mono?: boolean;
}

/** Commits on blur or Enter; Escape reverts to the committed value. */
export function TextField({ label, value, onCommit, check, placeholder, mono }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const text = draft ?? value;
  const result = check?.(text) ?? {};
  const commit = () => {
    if (draft === undefined || result.error) return;
    if (draft !== value) onCommit(draft);
    setDraft(undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    else if (event.key === 'Escape' && draft !== undefined) {
      // Revert only; keep the app's own Escape handling (clear selection) out of it.
      event.stopPropagation();
      setDraft(undefined);
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={mono ? 'mono' : undefined}
        value={text}
        placeholder={placeholder}
        spellCheck={false}
        aria-invalid={result.error ? true : undefined}
        aria-describedby={describedBy(id, result)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <Messages id={id} check={result} />
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  help?: string | undefined;
  /** Problem with a candidate value (beyond min/max), or undefined when it may be committed. */
  check?: (value: number) => string | undefined;
  /** `undefined` means the field was emptied: back to the catalogue default. */
  onCommit(value: number | undefined): void;
  /** Shown when the field is empty. */
  defaultValue: number;
}

function parseWhole(text: string, min: number, max: number): { value?: number; error?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (!/^-?\d+$/.test(trimmed)) return { error: 'enter a whole number' };
  const value = Number(trimmed);
  if (value < min || value > max) return { error: `must be between ${min} and ${max}` };
  return { value };
}

/**
 * A parameter. Spinner clicks and arrow keys commit each step at once (one
 * undo step each); typed digits commit on blur or Enter, so typing 8080 is
 * one step and does not pass through 8, 80 and 808.
 */
export function NumberField({ label, value, min, max, help, check, onCommit, defaultValue }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const typing = useRef(false);
  const text = draft ?? String(value);
  const evaluate = (candidate: string): FieldCheck & { value?: number } => {
    const parsed = parseWhole(candidate, min, max);
    if (parsed.error || parsed.value === undefined) return parsed;
    const problem = check?.(parsed.value);
    return problem ? { error: problem } : parsed;
  };
  // The stored value adds no problem to the component it is stored in: only a draft is checked
  // (a check resolves every port of the type, and a selection renders every field).
  const result = draft === undefined ? parseWhole(text, min, max) : evaluate(text);
  const commit = (candidate: string) => {
    const checked = evaluate(candidate);
    if (checked.error) return;
    if (checked.value === undefined) onCommit(undefined);
    else if (checked.value !== value) onCommit(checked.value);
    setDraft(undefined);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        placeholder={String(defaultValue)}
        aria-invalid={result.error ? true : undefined}
        aria-describedby={describedBy(id, result, help)}
        onKeyDown={(event) => {
          typing.current = event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete';
          if (event.key === 'Enter' && draft !== undefined) commit(draft);
          else if (event.key === 'Escape' && draft !== undefined) {
            event.stopPropagation();
            setDraft(undefined);
          }
        }}
        onPointerDown={() => {
          typing.current = false;
        }}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (!typing.current) commit(next);
        }}
        onBlur={() => {
          if (draft !== undefined) commit(draft);
        }}
      />
      <Messages id={id} check={result} help={help} />
    </div>
  );
}

/** A titled group of fields; a fieldset so screen readers announce the group with each field. */
export function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="inspector-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/** Removes items from the design (one undo step) and clears the selection that named them. */
export function DeleteButton({ ids, label }: { ids: readonly string[]; label: string }) {
  return (
    <button
      type="button"
      className="danger"
      onClick={() => {
        useDesignStore.getState().remove(ids);
        useSessionStore.getState().clearSelection();
      }}
    >
      {label}
    </button>
  );
}
