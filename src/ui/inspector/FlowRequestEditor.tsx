/**
 * The firewall request's fields per flow: in the edge inspector, and in the
 * matrix for several selected rows at once. Each finished edit is one undo
 * step; a field whose selected flows disagree shows "several values" and,
 * once edited, sets them all. Loaded with those views, not with the page.
 */
import { useId, useState } from 'react';
import { defaultJustification, flowRequestOf, type FlowRequestView, type JustifiedFlow } from '../../model/request/flow';
import type { FlowRequestPatch } from '../../model/request/edit';
import { useDesignStore } from '../../store/design-store';
import { TextField } from './fields';
import { checkDate } from './RequestFields';

const MIXED = 'several values';

/** One value when every flow agrees, else undefined (the field shows "several values"). */
function agreed<K extends keyof FlowRequestView>(views: readonly FlowRequestView[], field: K): FlowRequestView[K] | undefined {
  const first = views[0]?.[field];
  return views.every((v) => v[field] === first) ? first : undefined;
}

interface Choice {
  field: 'type' | 'lifetime' | 'status';
  label: string;
  options: [string, string][];
}

const CHOICES: readonly Choice[] = [
  {
    field: 'type',
    label: 'Request type',
    options: [
      ['new', 'New'],
      ['change', 'Change'],
      ['removal', 'Removal'],
    ],
  },
  {
    field: 'lifetime',
    label: 'Permanent or temporary',
    options: [
      ['permanent', 'Permanent'],
      ['temporary', 'Temporary'],
    ],
  },
  {
    field: 'status',
    label: 'Status',
    options: [
      ['proposed', 'Proposed'],
      ['approved', 'Approved'],
      ['implemented', 'Implemented'],
    ],
  },
];

/** The request fields of one or several flows; `flows` name each flow's key, purpose and citation. */
export function FlowRequestEditor({ flows }: { flows: readonly JustifiedFlow[] }) {
  const request = useDesignStore((s) => s.design.request);
  const views = flows.map((f) => flowRequestOf({ request }, f));
  const keys = flows.map((f) => f.key);
  const defaults = new Map(flows.map((f) => [f.key, defaultJustification(f)]));
  const apply = (patch: FlowRequestPatch) => useDesignStore.getState().setFlowRequests(keys, patch, defaults);
  const justification = agreed(views, 'justification');
  const lifetime = agreed(views, 'lifetime');
  return (
    <div className="flow-request">
      <TextAreaField
        label="Business justification"
        value={justification ?? ''}
        placeholder={justification === undefined ? MIXED : undefined}
        // Emptying the field goes back to the text pre-filled from the vendor's document.
        onCommit={(text) => apply({ justification: text })}
      />
      <div className="field-row">
        {CHOICES.map((choice) => (
          <SelectField
            key={choice.field}
            choice={choice}
            value={agreed(views, choice.field)}
            onChange={(value) => apply({ [choice.field]: value } as FlowRequestPatch)}
          />
        ))}
      </div>
      <div className="field-row">
        {(lifetime !== 'permanent' || views.some((v) => v.expires)) && (
          <TextField
            label="Expires"
            value={agreed(views, 'expires') ?? ''}
            placeholder={agreed(views, 'expires') === undefined ? MIXED : 'YYYY-MM-DD'}
            check={checkDate}
            onCommit={(text) => apply({ expires: text })}
            mono
          />
        )}
        <TextField
          label="Last reviewed"
          value={agreed(views, 'reviewed') ?? ''}
          placeholder={agreed(views, 'reviewed') === undefined ? MIXED : 'YYYY-MM-DD'}
          check={checkDate}
          onCommit={(text) => apply({ reviewed: text })}
          mono
        />
      </div>
      <TextAreaField
        label="Notes"
        value={agreed(views, 'notes') ?? ''}
        placeholder={agreed(views, 'notes') === undefined ? MIXED : undefined}
        onCommit={(text) => apply({ notes: text })}
      />
    </div>
  );
}

function SelectField({ choice, value, onChange }: { choice: Choice; value: string | undefined; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{choice.label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => event.target.value && onChange(event.target.value)}>
        {value === undefined && <option value="">{MIXED}</option>}
        {choice.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A multi-line text that commits on blur or Ctrl/Cmd+Enter; Escape reverts. */
function TextAreaField({
  label,
  value,
  placeholder,
  onCommit,
}: {
  label: string;
  value: string;
  placeholder?: string | undefined;
  onCommit(text: string): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const commit = () => {
    if (draft === undefined) return;
    if (draft !== value) onCommit(draft);
    setDraft(undefined);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={draft ?? value}
        placeholder={placeholder}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commit();
          else if (event.key === 'Escape' && draft !== undefined) {
            event.stopPropagation();
            setDraft(undefined);
          }
        }}
      />
    </div>
  );
}
