/**
 * The picture as a reviewer sees it: every example at 1440×900, after
 * Auto-layout and Fit view. Counted from what is on screen: labels lying on
 * labels, labels lying on components, components under an overlay (mini
 * map, legend, zoom controls) or off the canvas, and the median on-screen
 * label height. Prints the figures (the README table comes from them).
 */
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { nodes, openEditor, pickExample } from './helpers';

const names = readdirSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../examples'))
  .filter((f) => f.endsWith('.portolan.json'))
  .map((f) => f.replace('.portolan.json', ''))
  .sort();

test.use({ viewport: { width: 1440, height: 900 } });
// Each test loads, lays out and fits a design; on a shared machine that can pass the default 30 s.
test.setTimeout(90_000);

interface Figures {
  labels: number;
  hiddenLabels: number;
  labelOnLabel: number;
  labelOnComponent: number;
  underOverlay: number;
  offScreen: number;
  medianLabelHeight: number;
  zoom: number;
}

/** Everything measured in the page, from bounding boxes on screen. */
function measure(page: Page): Promise<Figures> {
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    // Overlap of more than half a pixel each way: borders that touch do not count.
    const overlap = (a: Box, b: Box) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const labels = [...document.querySelectorAll('.edge-label')].map(box);
    const components = [...document.querySelectorAll('.react-flow__node-component')].map(box);
    const overlays = [...document.querySelectorAll('.react-flow__panel')].map(box);
    const canvas = box(document.querySelector('[data-testid="canvas"]')!);
    let labelOnLabel = 0;
    let labelOnComponent = 0;
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) if (overlap(labels[i]!, labels[j]!)) labelOnLabel++;
      for (const c of components) if (overlap(labels[i]!, c)) labelOnComponent++;
    }
    const underOverlay = components.filter((c) => overlays.some((o) => overlap(c, o))).length;
    const offScreen = components.filter(
      (c) => c.left < canvas.left || c.top < canvas.top || c.right > canvas.right || c.bottom > canvas.bottom,
    ).length;
    const heights = labels.map((l) => l.bottom - l.top).sort((a, b) => a - b);
    const medianLabelHeight = heights.length ? heights[Math.floor(heights.length / 2)]! : 0;
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
    const zoom = Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 0);
    return {
      labels: labels.length,
      hiddenLabels: document.querySelectorAll('.edge-label-cue').length,
      labelOnLabel,
      labelOnComponent,
      underOverlay,
      offScreen,
      medianLabelHeight,
      zoom,
    };
  });
}

for (const name of names) {
  test(`${name}: readable on one screen after Auto-layout and Fit view`, async ({ page }) => {
    await openEditor(page);
    await pickExample(page, name);
    await expect(nodes(page).first()).toBeVisible();
    await page.getByRole('button', { name: 'Auto-layout' }).click();
    await page.waitForTimeout(700);
    await page.getByRole('toolbar', { name: 'Design' }).getByRole('button', { name: 'Fit view' }).click();
    // Fit view animates for 300 ms; labels are laid out just after things settle.
    await page.waitForTimeout(800);
    await expect(page.locator('.edge-label').first()).toBeVisible();
    const figures = await measure(page);
    console.log(`readability ${name}: ${JSON.stringify(figures)}`);
    if (process.env.PORTOLAN_SCREENSHOTS) await page.screenshot({ path: `${process.env.PORTOLAN_SCREENSHOTS}/${name}.png` });
    expect(figures.labelOnLabel).toBe(0);
    expect(figures.labelOnComponent).toBe(0);
    expect(figures.underOverlay).toBe(0);
    expect(figures.offScreen).toBe(0);
    expect(figures.medianLabelHeight).toBeGreaterThanOrEqual(9);
  });
}
