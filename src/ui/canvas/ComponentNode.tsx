/** A placed component: product colour and tag, its name, host and IP, and the ports it listens on. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { formatPortList, listeningPorts } from '../../model/listening';
import { catalogue } from '../../store/design-store';
import type { ComponentNodeType } from './view-nodes';

export const ComponentNode = memo(function ComponentNode({ data: { instance }, selected }: NodeProps<ComponentNodeType>) {
  const type = catalogue.components.get(instance.type);
  const product = type ? catalogue.products.get(type.product) : undefined;
  const ports = useMemo(() => formatPortList(listeningPorts(instance, catalogue), 6), [instance]);
  const name = instance.label?.trim() || type?.name || instance.type;
  return (
    <div
      className={`component-node${selected ? ' selected' : ''}`}
      style={{ ['--product' as string]: product?.colour ?? '#666' }}
      data-testid={`node-${instance.id}`}
      title={type ? `${product?.name}: ${type.name}` : instance.type}
    >
      <Handle type="target" position={Position.Left} aria-label={`Connect to ${name}`} />
      <div className="component-head">
        <span className="product-tag">{product?.tag ?? '?'}</span>
        <span className="component-name">{name}</span>
      </div>
      {instance.label?.trim() && type && <div className="component-type">{type.name}</div>}
      {(instance.host || instance.ip) && (
        <div className="component-address">
          {instance.host && <span>{instance.host}</span>}
          {instance.ip && <span className="mono">{instance.ip}</span>}
        </div>
      )}
      {ports && <div className="component-ports mono" title="Ports this component listens on">{ports}</div>}
      <Handle type="source" position={Position.Right} aria-label={`Connect from ${name}`} />
    </div>
  );
});
