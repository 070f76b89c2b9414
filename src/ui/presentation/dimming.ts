/**
 * The style sheet that dims everything but a presentation step: attribute
 * selectors on the ids React Flow writes on its edges and nodes, so the
 * canvas's own components need not know about presentations.
 */
const quoted = (id: string) => `"${id.replace(/["\\]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;

export function dimmingCss(edgeIds: readonly string[], componentIds: readonly string[]): string {
  const keepEdges = edgeIds.flatMap((id) => [
    `.app.presenting .react-flow__edge[data-id=${quoted(id)}]`,
    `.app.presenting .edge-label[data-testid=${quoted(`edge-${id}`)}]`,
  ]);
  const keepNodes = componentIds.map((id) => `.app.presenting .react-flow__node[data-id=${quoted(id)}]`);
  const rules = [
    '.app.presenting .react-flow__edge, .app.presenting .edge-label { opacity: 0.1; transition: opacity 200ms; }',
    '.app.presenting .react-flow__node-component { opacity: 0.22; transition: opacity 200ms; }',
  ];
  if (keepEdges.length > 0) rules.push(`${keepEdges.join(',\n')} { opacity: 1; }`);
  if (keepNodes.length > 0) rules.push(`${keepNodes.join(',\n')} { opacity: 1; }`);
  return rules.join('\n');
}
