/**
 * A placed component: product colour and tag, its name, host and IP, and the
 * ports it listens on. In the overview of a large estate it is not mounted
 * at all: OverviewBoxes draws every component as a box on one canvas.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatPortList, listeningPorts } from '../../model/listening';
import type { Catalogue } from '../../model/catalogue/load';
import type { ComponentInstance } from '../../model/design/schema';
import { designCatalogue, useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';
import { useOpenCount } from '../../store/comments';
import { CommentBadge } from '../comments/CommentsButton';
import { instanceById, type ComponentNodeType } from './view-nodes';
import { useDragOffset } from './component-drag';

/**
 * The ports line, per catalogue, type and parameter values (all it depends on): a large estate has
 * thousands of instances but few distinct kinds, and every node's height is estimated from it.
 */
const portsCaches = new WeakMap<Catalogue, Map<string, string>>();
function portsOf(instance: ComponentInstance): string {
  const catalogue = designCatalogue();
  let cache = portsCaches.get(catalogue);
  if (!cache) portsCaches.set(catalogue, (cache = new Map()));
  const key = `${instance.type}\u0000${JSON.stringify(instance.params)}`;
  let ports = cache.get(key);
  if (ports === undefined) {
    ports = formatPortList(listeningPorts(instance, catalogue), 6);
    cache.set(key, ports);
  }
  return ports;
}

/**
 * The full node's height (styles.css `.component-node`), for a node the
 * overview shows before it was ever drawn in full: borders and padding, the
 * name, the type when labelled, the address, and the ports line wrapped at
 * about 33 monospace characters.
 */
export function estimatedHeight(instance: ComponentInstance, hasType: boolean): number {
  const ports = portsOf(instance);
  let height = 14 + 14;
  if (instance.label?.trim() && hasType) height += 13;
  if (instance.host || instance.ip) height += 15;
  if (ports) height += 8 + 12 * Math.max(1, Math.ceil(ports.length / 33));
  return height;
}

export const ComponentNode = memo(function ComponentNode({ data }: NodeProps<ComponentNodeType>) {
  // The session's selection, not React Flow's (canvas-handlers.ts): a selection re-renders two nodes.
  const selected = useSessionStore((s) => s.selectedNodes.includes(data.instance.id));
  // Live from the design: React Flow keeps its node through an edit that changes only what is drawn here (view-nodes.ts).
  const instance = useDesignStore((s) => instanceById(s.design.components).get(data.instance.id)) ?? data.instance;
  const comments = useOpenCount('component', instance.id);
  // Dragged (component-drag.ts): drawn shifted, above the rest, until the design takes the drop.
  const drag = useDragOffset(data.instance.id);
  const type = designCatalogue().components.get(instance.type);
  const product = type ? designCatalogue().products.get(type.product) : undefined;
  const name = instance.label?.trim() || type?.name || instance.type;
  const title = type ? `${product?.name}: ${type.name}` : instance.type;

  const ports = portsOf(instance);
  return (
    <div
      className={`component-node${selected ? ' selected' : ''}${drag ? ' lifted' : ''}`}
      style={{ ['--product' as string]: product?.colour ?? '#666', ...(drag && { transform: `translate(${drag.dx}px, ${drag.dy}px)` }) }}
      data-testid={`node-${instance.id}`}
      title={title}
    >
      <Handle type="target" position={Position.Left} aria-label={`Connect to ${name}`} />
      <div className="component-head">
        <span className="product-tag">{product?.tag ?? '?'}</span>
        <span className="component-name">{name}</span>
        <CommentBadge count={comments} what={name} />
      </div>
      {instance.label?.trim() && type && <div className="component-type">{type.name}</div>}
      {(instance.host || instance.ip) && (
        <div className="component-address">
          {instance.host && <span>{instance.host}</span>}
          {instance.ip && <span className="mono">{instance.ip}</span>}
        </div>
      )}
      {ports && (
        <div className="component-ports mono" title="Ports this component listens on">
          {ports}
        </div>
      )}
      <Handle type="source" position={Position.Right} aria-label={`Connect from ${name}`} />
    </div>
  );
});
