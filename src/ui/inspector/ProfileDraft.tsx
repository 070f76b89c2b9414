/**
 * Editing a column profile: tick, order and rename the columns, and save the
 * profile in the design. Loaded when the user starts editing one (or once the
 * design has opened): the column list and the save are not needed to open a design.
 */
import { useState } from 'react';
import { COLUMN_DEFS } from '../../model/export/columns';
import { saveProfile } from '../../model/request/edit';
import { BUILT_IN_PROFILES, type ColumnProfile } from '../../model/request/profiles';
import { useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';

interface Draft {
  name: string;
  layout: ColumnProfile['layout'];
  merge: ColumnProfile['merge'];
  /** Every column, in order, ticked or not, with the user's header. */
  columns: { id: string; on: boolean; header: string }[];
}

function draftOf(profile: ColumnProfile): Draft {
  const chosen: { id: string; header?: string | undefined }[] =
    profile.columns.length > 0
      ? profile.columns
      : COLUMN_DEFS.filter((c) => !['action', 'rule-note', 'change'].includes(c.id)).map((c) => ({ id: c.id }));
  const on = chosen.map((c) => ({ id: c.id, on: true, header: c.header ?? '' }));
  const off = COLUMN_DEFS.filter((c) => !chosen.some((x) => x.id === c.id)).map((c) => ({ id: c.id, on: false, header: '' }));
  return {
    name: BUILT_IN_PROFILES.includes(profile) ? `${profile.name} (mine)` : profile.name,
    layout: profile.layout,
    merge: profile.merge,
    columns: [...on, ...off],
  };
}

export function ProfileDraft({ start, onClose }: { start: ColumnProfile; onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(start));
  const move = (i: number, by: number) =>
    setDraft((d) => {
      if (i + by < 0 || i + by >= d.columns.length) return d;
      const columns = [...d.columns];
      [columns[i], columns[i + by]] = [columns[i + by]!, columns[i]!];
      return { ...d, columns };
    });
  const edit = (i: number, patch: Partial<Draft['columns'][number]>) =>
    setDraft((d) => ({ ...d, columns: d.columns.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const save = () => {
    if (!draft.name.trim()) return;
    const profile: ColumnProfile = {
      name: draft.name.trim().slice(0, 60),
      layout: draft.layout,
      merge: draft.merge,
      columns: draft.columns
        .filter((c) => c.on)
        .map((c) => ({ id: c.id, ...(c.header.trim() && { header: c.header.trim().slice(0, 80) }) })),
    };
    const design = saveProfile(useDesignStore.getState().design, profile.name, profile);
    useDesignStore.getState().replace(design);
    useSessionStore.getState().setExportOptions({ profile: profile.name });
    onClose();
  };
  return (
    <div className="profile-editor">
      <label className="field">
        <span>Profile name</span>
        <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </label>
      <label className="field-check">
        <input
          type="checkbox"
          checked={draft.merge === 'service'}
          onChange={(e) => setDraft({ ...draft, merge: e.target.checked ? 'service' : 'none' })}
        />
        One row per source, destination and service
      </label>
      <label className="field-check">
        <input
          type="checkbox"
          checked={draft.layout === 'per-zone-pair'}
          onChange={(e) => setDraft({ ...draft, layout: e.target.checked ? 'per-zone-pair' : 'single' })}
        />
        One sheet (or CSV file) per zone pair
      </label>
      <ol className="profile-columns">
        {draft.columns.map((c, i) => {
          const def = COLUMN_DEFS.find((d) => d.id === c.id)!;
          return (
            <li key={c.id} className={c.on ? undefined : 'off'}>
              <input
                type="checkbox"
                aria-label={`Include ${def.header}`}
                checked={c.on}
                onChange={(e) => edit(i, { on: e.target.checked })}
              />
              <input
                aria-label={`Header for ${def.header}`}
                value={c.header}
                placeholder={def.header}
                onChange={(e) => edit(i, { header: e.target.value })}
              />
              <button type="button" aria-label={`Move ${def.header} up`} onClick={() => move(i, -1)}>
                ↑
              </button>
              <button type="button" aria-label={`Move ${def.header} down`} onClick={() => move(i, 1)}>
                ↓
              </button>
            </li>
          );
        })}
      </ol>
      <div className="profile-actions">
        <button
          type="button"
          onClick={save}
          disabled={!draft.name.trim() || BUILT_IN_PROFILES.some((p) => p.name === draft.name.trim().toLowerCase())}
        >
          Save profile
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
