/**
 * One theme: styles.css declares the edge looks as CSS variables mirrored
 * from src/model/theme.ts, and its zone borders are the theme's; the canvas
 * classes follow the theme's precedence.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { EDGE_KINDS, ZONE_STYLES, edgeCssVariables, edgeStyle } from '../../src/model/theme';

const css = readFileSync(resolve(__dirname, '../../src/ui/styles.css'), 'utf8');
const root = /:root\s*\{([^}]*)\}/.exec(css)![1]!;
const declared = new Map([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));

it('styles.css declares every edge variable with the theme value', () => {
  for (const [name, value] of Object.entries(edgeCssVariables())) expect(declared.get(name), name).toBe(value);
});

it('the edge rules use the variables, not their own colours', () => {
  const rules = css.split('\n').filter((line) => line.startsWith('.flow-edge') || line.startsWith('.react-flow__edge-path.flow-edge'));
  expect(rules.length).toBeGreaterThan(5);
  for (const rule of rules) expect(rule, rule).not.toMatch(/#[0-9a-f]{3,6}\b|stroke-width:\s*[\d.]/i);
});

it('zone borders in styles.css are the theme zone borders', () => {
  for (const kind of ['internet', 'dmz', 'internal', 'management'] as const) {
    const rule = new RegExp(`\\.zone-${kind} \\{[^}]*border-color: (#[0-9a-f]{6})`).exec(css);
    expect(rule?.[1], kind).toBe(ZONE_STYLES[kind].border);
  }
});

it('every legend kind has a distinct look', () => {
  const looks = EDGE_KINDS.map(({ flags }) => JSON.stringify(edgeStyle(flags)));
  expect(new Set(looks).size).toBe(EDGE_KINDS.length);
});
