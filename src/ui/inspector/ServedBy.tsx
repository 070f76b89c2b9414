/**
 * Scoping: by default a component talks to every instance filling a role it
 * connects to (all pairs). With two or more candidates the user may say which
 * ones actually serve it, so the matrix asks only for the rules needed.
 *
 * A long list (a large estate has hundreds of candidates for one role) stays
 * folded to one line saying what is chosen until the user opens it: mounting
 * hundreds of checkboxes made every selection of such a component slow.
 */
import { useMemo, useState } from 'react';
import { candidatesFor } from '../../model/design/edit';
import type { ComponentInstance } from '../../model/design/schema';
import { designCatalogue, useDesignStore } from '../../store/design-store';
import { Group } from './fields';
import { componentName } from './format';

/** Lists longer than this open on request. */
export const FOLD_OVER = 12;

/** Roles this type's documented flows go to. */
function targetRoles(typeId: string): string[] {
  const roles = new Set(designCatalogue().components.get(typeId)?.roles ?? []);
  return [
    ...new Set(
      designCatalogue()
        .flows.filter((f) => roles.has(f.from))
        .map((f) => f.to),
    ),
  ];
}

export function ServedBy({ instance }: { instance: ComponentInstance }) {
  // Only the components matter here: other edits (an option, a zone's name) leave the choices as they were.
  const components = useDesignStore((s) => s.design.components);
  const choices = useMemo(
    () =>
      targetRoles(instance.type)
        .map((role) => ({
          role,
          candidates: candidatesFor({ components }, designCatalogue(), role).filter((c) => c.id !== instance.id),
        }))
        .filter(({ candidates }) => candidates.length >= 2),
    [components, instance.type, instance.id],
  );
  if (choices.length === 0) return null;
  return (
    <Group title="Served by">
      {choices.map(({ role, candidates }) => (
        <RoleServers key={role} instance={instance} role={role} candidates={candidates} />
      ))}
    </Group>
  );
}

function RoleServers({ instance, role, candidates }: { instance: ComponentInstance; role: string; candidates: ComponentInstance[] }) {
  const long = candidates.length > FOLD_OVER;
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const chosen = instance.servedBy[role];
  const isChecked = (id: string) => chosen === undefined || chosen.includes(id);
  const setChosen = (next: string[] | undefined) => useDesignStore.getState().setServedBy(instance.id, role, next);
  const toggle = (id: string, on: boolean) => {
    const next = candidates.filter((c) => (c.id === id ? on : isChecked(c.id))).map((c) => c.id);
    // Every candidate ticked is the default (all pairs): store nothing, so new instances join too.
    setChosen(next.length === candidates.length ? undefined : next);
  };
  const roleName = designCatalogue().roles.get(role)?.name ?? role;
  const ticked = chosen === undefined ? candidates.length : candidates.filter((c) => chosen.includes(c.id)).length;
  const needle = filter.trim().toLowerCase();
  const listed = long && needle ? candidates.filter((c) => componentName(c).toLowerCase().includes(needle)) : candidates;
  return (
    <fieldset className="served-by">
      <legend>Which {roleName} serve this component?</legend>
      {long && (
        <div className="served-by-summary">
          <span>{chosen === undefined ? `All ${candidates.length} (the default)` : `${ticked} of ${candidates.length} chosen`}</span>
          {chosen !== undefined && (
            <button type="button" onClick={() => setChosen(undefined)}>
              All
            </button>
          )}
          <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Hide list' : 'Choose…'}
          </button>
        </div>
      )}
      {long && open && (
        <input
          type="search"
          className="served-by-filter"
          aria-label={`Filter the ${roleName} list`}
          placeholder="Filter by name"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      )}
      {(!long || open) &&
        listed.map((c) => (
          <label key={c.id} className="field-check">
            <input type="checkbox" checked={isChecked(c.id)} onChange={(event) => toggle(c.id, event.target.checked)} />
            {componentName(c)}
          </label>
        ))}
      {chosen !== undefined && chosen.length === 0 && <p className="field-hint">None chosen: no flows to this role.</p>}
    </fieldset>
  );
}
