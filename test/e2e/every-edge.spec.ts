/**
 * Every edge at every zoom: zoomed in to 100 % on one component of a
 * 1000-component estate, every edge the design derives for it is drawn,
 * whether or not its other end is in view or was ever measured.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1440, height: 900 } });

test('zoomed in on a node of a 1000-component estate, all its edges are drawn', async ({ page }) => {
  test.setTimeout(120_000);
  // The busiest component: most of its neighbours lie far outside the view at 100 %.
  const { design, target, expected } = JSON.parse(
    execFileSync('npx', ['tsx', 'test/e2e/fixtures/busiest-node.ts', '1000'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  ) as { design: unknown; target: string; expected: number };
  expect(expected).toBeGreaterThan(3);

  await page.addInitScript(
    (value) => localStorage.setItem('portolan.autosave.v1', value),
    JSON.stringify({ tabId: 'e2e', savedAt: new Date().toISOString(), design }),
  );
  await page.goto('/');
  // The estate opens in the overview: components are boxes on a canvas, not node elements.
  await expect(page.locator('.overview-boxes')).toBeVisible({ timeout: 30_000 });
  const { components, zones } = design as {
    components: { id: string; zone?: string; position?: { x: number; y: number } }[];
    zones: { id: string; position?: { x: number; y: number } }[];
  };
  const component = components.find((c) => c.id === target)!;
  const zone = zones.find((z) => z.id === component.zone)?.position ?? { x: 0, y: 0 };
  const middle = { x: zone.x + component.position!.x + 110, y: zone.y + component.position!.y + 20 };

  // Zoom in toward the node with the wheel until the view is at 100 % or more.
  const view = async () => {
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const transform = await page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform);
    const [, x, y, zoom] = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(transform)!.map(Number) as number[];
    return { zoom: zoom!, at: { x: pane.x + x! + middle.x * zoom!, y: pane.y + y! + middle.y * zoom! } };
  };
  for (let i = 0; i < 60 && (await view()).zoom < 1; i++) {
    const { at } = await view();
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(60);
  }
  expect((await view()).zoom).toBeGreaterThanOrEqual(1);
  await expect(page.locator(`.react-flow__node[data-id="${target}"]`)).toBeVisible();
  await page.waitForTimeout(500);
  const drawn = await page.evaluate(
    (id) =>
      [...document.querySelectorAll('.react-flow__edge')].filter((e) => (e.getAttribute('data-id') ?? '').split('~').includes(id)).length,
    target,
  );
  console.log(`every-edge: component ${target} has ${expected} derived edges, ${drawn} drawn at 100 %`);
  expect(drawn).toBe(expected);
});
