/**
 * Where Preact's compatibility layer, which renders the editor (vite.config.ts), writes the DOM
 * differently from React DOM, in ways the editor meets. Imported before the first render.
 */
import { options, type VNode } from 'preact';

const before = options.vnode;
options.vnode = (vnode: VNode) => {
  // React writes `tabIndex` as the attribute `tabindex` on every element. Preact writes it on an
  // SVG element under its own name, which SVG does not read: React Flow's edges (`<g tabIndex>`)
  // could not take the keyboard's focus, and Tab and Enter never reached a flow. The lower-case
  // name is the attribute on HTML and SVG alike.
  const props = vnode.props as Record<string, unknown> | null;
  if (typeof vnode.type === 'string' && props && 'tabIndex' in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
  before?.(vnode);
};
