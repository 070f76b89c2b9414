/** Choices that apply to every export: rule-set scope, picture scope, placeholder addresses, internal rows. */
import { useId } from 'react';
import { EXPORT_SCOPE_LABELS, EXPORT_SCOPES, isExportScope } from '../../model/export/types';
import { BUILT_IN_PROFILES } from '../../model/request/profiles';
import { useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';

export function ExportOptions() {
  const options = useSessionStore((s) => s.exportOptions);
  const set = useSessionStore((s) => s.setExportOptions);
  const scopeId = useId();
  const pictureScopeId = useId();
  const profileId = useId();
  const saved = useDesignStore((s) => s.design.request?.profiles);
  const profiles = [...BUILT_IN_PROFILES.map((p) => p.name), ...(saved ?? []).map((p) => p.name)];
  return (
    <div className="export-options">
      <label htmlFor={scopeId}>Rule set scope</label>
      <select id={scopeId} value={options.scope} onChange={(e) => isExportScope(e.target.value) && set({ scope: e.target.value })}>
        {EXPORT_SCOPES.map((scope) => (
          <option key={scope} value={scope}>
            {EXPORT_SCOPE_LABELS[scope]}
          </option>
        ))}
      </select>
      <label htmlFor={pictureScopeId}>Picture scope</label>
      <select
        id={pictureScopeId}
        value={options.pictureScope}
        onChange={(e) => set({ pictureScope: e.target.value as typeof options.pictureScope })}
      >
        <option value="design">Whole design</option>
        <option value="view">Current view</option>
        <option value="selection">Selection</option>
      </select>
      <label htmlFor={profileId}>CSV and workbook columns</label>
      <select
        id={profileId}
        value={profiles.includes(options.profile) ? options.profile : 'full'}
        onChange={(e) => set({ profile: e.target.value })}
      >
        {profiles.map((name) => (
          <option key={name} value={name}>
            {PROFILE_TEXT[name] ?? name}
          </option>
        ))}
      </select>
      <label className="check">
        <input type="checkbox" checked={options.placeholderAddresses} onChange={(e) => set({ placeholderAddresses: e.target.checked })} />
        Placeholder addresses (192.0.2.x) for hosts without an IP
      </label>
      <label className="check">
        <input type="checkbox" checked={options.includeInternal} onChange={(e) => set({ includeInternal: e.target.checked })} />
        Include ports that need no firewall rule
      </label>
    </div>
  );
}

const PROFILE_TEXT: Record<string, string> = {
  full: 'Full Portolan matrix',
  compact: 'Compact firewall request',
  'zone-pairs': 'One sheet per zone pair',
};
