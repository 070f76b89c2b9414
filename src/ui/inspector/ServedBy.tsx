/**
 * Scoping: by default a component talks to every instance filling a role it
 * connects to (all pairs). With two or more candidates the user may say which
 * ones actually serve it, so the matrix asks only for the rules needed.
 */
import { candidatesFor } from '../../model/design/edit';
import type { ComponentInstance } from '../../model/design/schema';
import { designCatalogue, useDesignStore } from '../../store/design-store';
import { Group } from './fields';
import { componentName } from './format';

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
  const design = useDesignStore((s) => s.design);
  const choices = targetRoles(instance.type)
    .map((role) => ({ role, candidates: candidatesFor(design, designCatalogue(), role).filter((c) => c.id !== instance.id) }))
    .filter(({ candidates }) => candidates.length >= 2);
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
  const chosen = instance.servedBy[role];
  const isChecked = (id: string) => chosen === undefined || chosen.includes(id);
  const toggle = (id: string, on: boolean) => {
    const next = candidates.filter((c) => (c.id === id ? on : isChecked(c.id))).map((c) => c.id);
    // Every candidate ticked is the default (all pairs): store nothing, so new instances join too.
    useDesignStore.getState().setServedBy(instance.id, role, next.length === candidates.length ? undefined : next);
  };
  const roleName = designCatalogue().roles.get(role)?.name ?? role;
  return (
    <fieldset className="served-by">
      <legend>Which {roleName} serve this component?</legend>
      {candidates.map((c) => (
        <label key={c.id} className="field-check">
          <input type="checkbox" checked={isChecked(c.id)} onChange={(event) => toggle(c.id, event.target.checked)} />
          {componentName(c)}
        </label>
      ))}
      {chosen !== undefined && chosen.length === 0 && <p className="field-hint">None chosen: no flows to this role.</p>}
    </fieldset>
  );
}
