/**
 * Column profiles for the CSV and the workbook: start from a built-in or
 * saved profile, tick, order and rename columns, and save it in the design
 * under a name (the Export menu and `--profile NAME` then offer it). The
 * editor itself (ProfileDraft.tsx) loads on demand.
 */
import { Suspense, useEffect, useState } from 'react';
import { BUILT_IN_PROFILES, findProfile, type ColumnProfile } from '../../model/request/profiles';
import { afterOpening } from '../../store/after-opening';
import { useDesignStore } from '../../store/design-store';
import { onDemand } from '../on-demand';
import { Group } from './fields';

const draft = onDemand(() => import('./ProfileDraft').then((m) => m.ProfileDraft));
const ProfileDraft = draft.View;

export function ProfileEditor() {
  const saved = useDesignStore((s) => s.design.request?.profiles);
  // The profile being edited, and a count so that choosing it again starts over.
  const [editing, setEditing] = useState<{ profile: ColumnProfile; n: number } | undefined>(undefined);
  useEffect(() => void afterOpening().then(draft.preload), []);
  const names = [...BUILT_IN_PROFILES, ...(saved ?? [])].map((p) => p.name);
  return (
    <Group title="Export columns">
      <div className="profile-start">
        <select
          aria-label="Start from profile"
          value=""
          onChange={(e) => {
            const profile = e.target.value ? findProfile(saved, e.target.value) : undefined;
            if (profile) setEditing((was) => ({ profile, n: (was?.n ?? 0) + 1 }));
          }}
        >
          <option value="">Edit a column profile…</option>
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      {editing && (
        <Suspense fallback={null}>
          <ProfileDraft key={editing.n} start={editing.profile} onClose={() => setEditing(undefined)} />
        </Suspense>
      )}
    </Group>
  );
}
