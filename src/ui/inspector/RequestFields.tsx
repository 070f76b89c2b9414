/**
 * The firewall request's fields for the design as a whole (in the design
 * inspector); per flow, see FlowRequestEditor.tsx. Each finished edit is one
 * undo step.
 */
import { IsoDate, REQUEST_FIELD_LABELS } from '../../model/request/schema';
import { useDesignStore } from '../../store/design-store';
import { Group, TextField, type FieldCheck } from './fields';

export const checkDate = (text: string): FieldCheck =>
  text.trim() === '' || IsoDate.safeParse(text.trim()).success ? {} : { error: 'write a date as YYYY-MM-DD' };

export function DesignRequestFields() {
  const request = useDesignStore((s) => s.design.request);
  const set = useDesignStore.getState().setRequestFields;
  return (
    <Group title="Firewall request">
      {REQUEST_FIELD_LABELS.map(([field, label]) => (
        <TextField
          key={field}
          label={label}
          value={request?.[field] ?? ''}
          placeholder={field === 'dueDate' ? 'YYYY-MM-DD' : undefined}
          check={field === 'dueDate' ? checkDate : (text) => (text.length > 200 ? { error: 'keep this to 200 characters' } : {})}
          onCommit={(text) => set({ [field]: text })}
        />
      ))}
    </Group>
  );
}
