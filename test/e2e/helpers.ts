import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Drags a palette item onto the canvas at a point given as fractions of the canvas size. */
export async function dragFromPalette(page: Page, name: string, at: { x: number; y: number }): Promise<void> {
  const item = page.getByRole('navigation', { name: 'Component palette' }).getByRole('button', { name, exact: true });
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  await item.dragTo(canvas, { targetPosition: { x: box.width * at.x, y: box.height * at.y } });
}

export const nodes = (page: Page) => page.locator('.react-flow__node-component');
export const edgeLabels = (page: Page) => page.locator('.edge-label');
export const matrix = (page: Page) => page.getByRole('region', { name: 'Flow matrix' });

export async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
}

/** What the Examples menu calls an example (`spotfire-cluster`): the title of its design, read from the file. */
export function exampleTitle(name: string): string {
  const file = new URL(`../../examples/${name}.portolan.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { meta: { title: string } }).meta.title;
}

/** Opens an example (by file name, `spotfire-cluster`) from the toolbar's Examples menu. */
export async function pickExample(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Examples/ }).click();
  await page.getByRole('menuitem', { name: exampleTitle(name), exact: true }).click();
}

/** How many components the page's autosave holds (the editor writes it once edits pause). */
export const savedComponents = (page: Page) =>
  page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('portolan.autosave.v1') ?? '{}') as { design?: { components?: unknown[] } };
    return saved.design?.components?.length ?? 0;
  });

/** Selects a component on the canvas by clicking its node. */
export async function selectNode(page: Page, text: string): Promise<void> {
  await nodes(page).filter({ hasText: text }).first().click();
}

/**
 * Run in the page (`page.evaluate(drawnInView, { corners, degrees })`): how many components React
 * Flow has drawn, which of them lack some of their edges (`degrees`: how many each has), how many
 * components' top left 220 × 40 lies in the pane (`corners`: their top left on the canvas), and
 * which of those are not drawn.
 */
export function drawnInView({ corners, degrees }: { corners: { id: string; x: number; y: number }[]; degrees: Record<string, number> }) {
  const drawnBy = new Map<string, number>();
  for (const edge of document.querySelectorAll('.react-flow__edge'))
    for (const id of (edge.getAttribute('data-id') ?? '').split('~')) drawnBy.set(id, (drawnBy.get(id) ?? 0) + 1);
  const mounted = [...document.querySelectorAll('.react-flow__node-component')].map((n) => n.getAttribute('data-id')!);
  const pane = document.querySelector<HTMLElement>('.react-flow')!.getBoundingClientRect();
  const transform = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
  const [, x, y, zoom] = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(transform)!.map(Number) as number[];
  const left = -x! / zoom!;
  const top = -y! / zoom!;
  const inView = corners.filter(
    (c) => c.x >= left && c.y >= top && c.x + 220 <= left + pane.width / zoom! && c.y + 40 <= top + pane.height / zoom!,
  );
  const shown = new Set(mounted);
  return {
    mounted: mounted.length,
    short: mounted.filter((id) => (drawnBy.get(id) ?? 0) !== (degrees[id] ?? 0)),
    inView: inView.length,
    missing: inView.filter((c) => !shown.has(c.id)).map((c) => c.id),
  };
}
