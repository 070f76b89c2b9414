/**
 * A component's catalogue options and parameters. Options commit at once;
 * a parameter value is committed only when it is in range and does not push
 * any port this component listens on outside 1-65535 (a WSO2 port offset can).
 */
import type { CatalogueComponent } from '../../model/catalogue/load';
import type { OptionDef } from '../../model/catalogue/schema';
import { effectiveOptions, effectiveParams, instanceProblems } from '../../model/design/instance';
import type { ComponentInstance, OptionValue } from '../../model/design/schema';
import { designCatalogue, useDesignStore } from '../../store/design-store';
import { useCatalogueText } from '../catalogue-text';
import { Group, NumberField } from './fields';

interface Props {
  instance: ComponentInstance;
  type: CatalogueComponent;
}

export function ComponentSettings({ instance, type }: Props) {
  // Help texts come with the catalogue's on-demand text (src/ui/catalogue-text.ts) in the editor's build.
  const text = useCatalogueText('now');
  if (type.options.length === 0 && type.params.length === 0) return null;
  const options = effectiveOptions(instance, type);
  const params = effectiveParams(instance, type);
  const update = (patch: Partial<ComponentInstance>) => useDesignStore.getState().updateComponent(instance.id, patch);
  const setOption = (id: string, value: OptionValue) => update({ options: { ...instance.options, [id]: value } });
  const setParam = (id: string, value: number | undefined) => {
    const next = { ...instance.params };
    if (value === undefined) delete next[id];
    else next[id] = value;
    if (value !== instance.params[id]) update({ params: next });
  };

  // instanceProblems names the component first; the field already says which one it is.
  const prefix = `${instance.label ? `"${instance.label}"` : instance.id}: `;
  let existing: Set<string> | undefined;
  const checkParam = (id: string) => (value: number) => {
    const candidate = { ...instance, params: { ...instance.params, [id]: value } };
    // Refuse only what this value adds: a problem the file already had is not this field's fault.
    existing ??= new Set(instanceProblems(instance, type, designCatalogue()));
    const added = instanceProblems(candidate, type, designCatalogue()).find((p) => !existing!.has(p));
    return added?.startsWith(prefix) ? added.slice(prefix.length) : added;
  };

  return (
    <>
      {type.options.length > 0 && (
        <Group title="Options">
          {type.options.map((option) => (
            <OptionField
              key={option.id}
              option={option}
              help={option.help ?? text?.optionHelp[`${type.id}/${option.id}`]}
              value={options[option.id]!}
              onChange={(value) => setOption(option.id, value)}
            />
          ))}
        </Group>
      )}
      {type.params.length > 0 && (
        <Group title="Parameters">
          {type.params.map((param) => (
            <NumberField
              key={param.id}
              label={param.label}
              value={params[param.id]!}
              defaultValue={param.default}
              min={param.min}
              max={param.max}
              help={param.help ?? text?.paramHelp[`${type.id}/${param.id}`]}
              check={checkParam(param.id)}
              onCommit={(value) => setParam(param.id, value)}
            />
          ))}
        </Group>
      )}
    </>
  );
}

interface OptionProps {
  option: OptionDef;
  help: string | undefined;
  value: OptionValue;
  onChange(value: OptionValue): void;
}

function OptionField({ option, help: helpText, value, onChange }: OptionProps) {
  const id = `option-${option.id}`;
  const help = helpText ? (
    <p id={`${id}-help`} className="field-help">
      {helpText}
    </p>
  ) : null;
  const describedBy = helpText ? `${id}-help` : undefined;
  if (option.type === 'boolean') {
    return (
      <div className="field field-check">
        <label>
          <input
            type="checkbox"
            checked={value === true}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.checked)}
          />
          {option.label}
        </label>
        {help}
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{option.label}</label>
      <select id={id} value={String(value)} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)}>
        {option.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {help}
    </div>
  );
}
