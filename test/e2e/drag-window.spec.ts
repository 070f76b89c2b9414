/**
 * A zone dragged to the canvas's border on a 1000-component estate: React
 * Flow pans the view along, and the components that come into view are drawn
 * while the drag goes on (on a large estate only the components near the
 * view are shown, and that window must follow a view the drag pans:
 * src/ui/canvas/reveal.ts), while the dragged zone stays under the pointer.
 */
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { drawnInView } from './helpers';

test.use({ viewport: { width: 1440, height: 900 } });

interface Estate {
  components: { id: string; zone?: string; position: { x: number; y: number } }[];
  zones: { id: string; name?: string; kind?: string; position: { x: number; y: number }; size?: { width: number; height: number } }[];
}

/** React Flow's view: the pane's box and the viewport's transform. */
const viewOf = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('.react-flow')!.getBoundingClientRect();
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
    const [, x, y, zoom] = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(transform)!.map(Number) as number[];
    return { pane: { x: pane.x, y: pane.y, width: pane.width, height: pane.height }, x: x!, y: y!, zoom: zoom! };
  });

/**
 * The 1000-component estate every test here drags across, with each component's number of edges,
 * opened from the autosave: it opens in the overview.
 */
async function openEstate(page: Page): Promise<{ design: Estate; degrees: Record<string, number> }> {
  const estate = JSON.parse(
    execFileSync('npx', ['tsx', 'test/e2e/fixtures/busiest-node.ts', '1000'], { encoding: 'utf8', maxBuffer: 1 << 26 }),
  ) as { design: Estate; degrees: Record<string, number> };
  await page.addInitScript(
    (value) => localStorage.setItem('portolan.autosave.v1', value),
    JSON.stringify({ tabId: 'e2e', savedAt: new Date().toISOString(), design: estate.design }),
  );
  await page.goto('/');
  await expect(page.locator('.overview-boxes')).toBeVisible({ timeout: 30_000 });
  return estate;
}

test('a zone dragged to the border pans the view, and what comes into view is drawn during the drag', async ({ page }) => {
  test.setTimeout(120_000);
  const { design, degrees } = await openEstate(page);

  // The zone with the most components of other zones just below it, where the drag takes the view.
  const absolute = design.components.map((c) => {
    const at = design.zones.find((z) => z.id === c.zone)?.position ?? { x: 0, y: 0 };
    return { id: c.id, zone: c.zone, x: at.x + c.position.x, y: at.y + c.position.y };
  });
  const ahead = ({ id, position, size }: Estate['zones'][number]) => {
    const below = position.y + (size?.height ?? 0);
    return absolute.filter((c) => c.zone !== id && c.y > below && c.y < below + 1500 && c.x >= position.x && c.x < position.x + 500).length;
  };
  const zone = [...design.zones].sort((a, b) => ahead(b) - ahead(a))[0]!;
  const title = { x: zone.position.x + 40, y: zone.position.y + 12 };
  const onScreen = (at: { x: number; y: number }, v: Awaited<ReturnType<typeof viewOf>>) => ({
    x: v.pane.x + v.x + at.x * v.zoom,
    y: v.pane.y + v.y + at.y * v.zoom,
  });
  // Into detail far from that zone, at the estate's other corner: leaving the overview shows the
  // components of a window several panes wide around the view there, none near the zone.
  const far = design.zones.reduce((a, b) => (b.position.x + b.position.y > a.position.x + a.position.y ? b : a));
  const corner = { x: far.position.x + 100, y: far.position.y + 100 };
  for (let i = 0; i < 60 && (await viewOf(page)).zoom < 1; i++) {
    const at = onScreen(corner, await viewOf(page));
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(60);
  }
  expect((await viewOf(page)).zoom).toBeGreaterThanOrEqual(1);
  // Then to the zone's title in one move on the mini map: the components shown there are those of a
  // window around the view at this zoom (the view and one pane above and below it), which the drag
  // below leaves. The map's scale is measured first, by a move of 4 map pixels.
  const map = (await page.locator('.minimap canvas').boundingBox())!;
  const centre = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  const before = await viewOf(page);
  await page.mouse.move(centre.x + 4, centre.y);
  await page.waitForTimeout(100);
  const unitsPerMapPixel = (before.x - (await viewOf(page)).x) / before.zoom / 4;
  const v = await viewOf(page);
  const middle = { x: (-v.x + v.pane.width / 2) / v.zoom, y: (-v.y + v.pane.height / 2) / v.zoom };
  await page.mouse.move(centre.x + 4 + (title.x - middle.x) / unitsPerMapPixel, centre.y + (title.y + 200 - middle.y) / unitsPerMapPixel);
  await page.mouse.up();
  await page.waitForTimeout(500);
  const start = await viewOf(page);
  const titleBox = (await page.getByTestId(`zone-${zone.id}`).locator('.zone-title').boundingBox())!;
  expect(titleBox).not.toBeNull();

  // Where each component not in the dragged zone is: one whose top left 220 × 40 lies in the pane must be mounted.
  const corners = absolute.filter((c) => c.zone !== zone.id).map(({ id, x, y }) => ({ id, x, y }));
  // And every component drawn has every one of its edges drawn (React Flow is handed only the edges
  // a drag can show: those near the view, which must follow it too).
  const missingInView = () => page.evaluate(drawnInView, { corners, degrees });

  // Grab the title and hold the pointer near the pane's bottom border: React Flow pans the view along.
  const grab = { x: titleBox.x + 20, y: titleBox.y + titleBox.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  const border = { x: grab.x, y: start.pane.y + start.pane.height - 4 };
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(grab.x, grab.y + ((border.y - grab.y) * i) / 10);
    await page.waitForTimeout(20);
  }
  // Until the view has moved down more than two panes: wholly out of the window shown when the drag began.
  const moved = async () => start.y - (await viewOf(page)).y;
  for (let i = 0; i < 300 && (await moved()) < 2.2 * start.pane.height; i++) await page.waitForTimeout(100);
  expect(await moved()).toBeGreaterThan(2.2 * start.pane.height);
  const seen = await missingInView();
  // The dragged zone is still under the pointer: no node list handed over meanwhile put it back.
  const held = (await page.getByTestId(`zone-${zone.id}`).locator('.zone-title').boundingBox())!;
  await page.mouse.up();
  expect(seen.inView).toBeGreaterThan(1);
  expect(seen.missing).toEqual([]);
  expect(seen.short).toEqual([]);
  // Its title is now at the border (give or take the few frames of panning
  // the zone may be ahead or behind by; put back where the drag began, it would be panes away).
  expect(Math.abs(held.y + held.height / 2 - border.y)).toBeLessThan(120);

  // The drop keeps the move (where it was let go, or just below a zone it would overlap), and the
  // design as saved has it.
  const savedAt = () =>
    page.evaluate((id) => {
      const saved = JSON.parse(localStorage.getItem('portolan.autosave.v1') ?? '{}') as { design?: Estate };
      return saved.design?.zones.find((z) => z.id === id)?.position.y ?? 0;
    }, zone.id);
  await expect.poll(savedAt, { timeout: 10_000 }).toBeGreaterThan(zone.position.y + (2 * start.pane.height) / start.zoom);
});

test('a component dragged to the border stays drawn under the pointer, with its edges, as the view pans along', async ({ page }) => {
  test.setTimeout(120_000);
  const { degrees } = await openEstate(page);
  const pane = (await page.locator('.react-flow').boundingBox())!;
  for (let i = 0; i < 60 && (await viewOf(page)).zoom < 1; i++) {
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 3);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
  // A component whose top is not under an edge: grabbed there, it is dragged (component-drag.ts).
  const grab = await page.evaluate(() => {
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node-component')) {
      const box = node.getBoundingClientRect();
      for (let dx = 0.2; dx < 0.9; dx += 0.1) {
        const at = { x: box.x + box.width * dx, y: box.y + 10 };
        if (document.elementFromPoint(at.x, at.y)?.closest('.react-flow__node') === node) return { id: node.dataset.id!, ...at };
      }
    }
    return undefined;
  });
  expect(grab).toBeDefined();
  const { id } = grab!;
  const start = await viewOf(page);
  await page.mouse.move(grab!.x, grab!.y);
  await page.mouse.down();
  const border = { x: grab!.x, y: start.pane.y + start.pane.height - 4 };
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(grab!.x, grab!.y + ((border.y - grab!.y) * i) / 10);
    await page.waitForTimeout(20);
  }
  const moved = async () => start.y - (await viewOf(page)).y;
  for (let i = 0; i < 300 && (await moved()) < 1.5 * start.pane.height; i++) await page.waitForTimeout(100);
  expect(await moved()).toBeGreaterThan(1.5 * start.pane.height);
  // Still drawn, under the pointer, with every one of its edges.
  const drawn = await page.evaluate((id) => {
    // The component as drawn: React Flow's node is where its store has it, the component shifted by the drag within it.
    const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"] .component-node`);
    const edges = [...document.querySelectorAll('.react-flow__edge')].filter((e) =>
      (e.getAttribute('data-id') ?? '').split('~').includes(id),
    );
    return { box: node?.getBoundingClientRect().toJSON() as DOMRect | undefined, edges: edges.length };
  }, id);
  await page.mouse.up();
  expect(drawn.box).toBeDefined();
  expect(drawn.box!.y).toBeLessThan(border.y);
  expect(drawn.box!.y + drawn.box!.height).toBeGreaterThan(border.y - 40);
  expect(drawn.edges).toBe(degrees[id]);
});

test('a zone’s title takes a press where an edge crosses it: a click selects the zone, a drag moves it', async ({ page }) => {
  test.setTimeout(120_000);
  const { design } = await openEstate(page);
  // A DMZ: the flows between the users and the application tier cross its title.
  const zone = design.zones.find((z) => z.kind === 'dmz')!;
  for (let i = 0; i < 60 && (await viewOf(page)).zoom < 1; i++) {
    const v = await viewOf(page);
    await page.mouse.move(v.pane.x + v.x + (zone.position.x + 40) * v.zoom, v.pane.y + v.y + (zone.position.y + 12) * v.zoom);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
  // A point of its title where an edge is what the pointer would hit.
  const at = await page.evaluate((id) => {
    const title = document.querySelector(`[data-testid="zone-${id}"] .zone-title`)!.getBoundingClientRect();
    for (let x = title.x + 4; x < Math.min(title.right, window.innerWidth); x += 2) {
      const y = title.y + title.height / 2;
      if (document.elementFromPoint(x, y)?.closest('.react-flow__edge')) return { x, y };
    }
    return undefined;
  }, zone.id);
  expect(at, 'an edge crossing the title').toBeDefined();

  // A click there selects the zone, not the edge.
  await page.mouse.click(at!.x, at!.y);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: `Zone ${zone.name}` })).toBeVisible();

  // A drag from there moves the zone, as one undo step.
  const savedY = () =>
    page.evaluate((id) => {
      const saved = JSON.parse(localStorage.getItem('portolan.autosave.v1') ?? '{}') as { design?: Estate };
      return saved.design?.zones.find((z) => z.id === id)?.position.y;
    }, zone.id);
  const before = (await page.getByTestId(`zone-${zone.id}`).locator('.zone-title').boundingBox())!;
  await page.mouse.move(at!.x, at!.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(at!.x, at!.y + i * 15);
    await page.waitForTimeout(20);
  }
  await page.mouse.up();
  const after = (await page.getByTestId(`zone-${zone.id}`).locator('.zone-title').boundingBox())!;
  expect(after.y - before.y).toBeGreaterThan(100);
  await expect(inspector.getByRole('heading', { name: `Zone ${zone.name}` })).toBeVisible();
  await expect.poll(savedY, { timeout: 10_000 }).not.toBe(zone.position.y);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(savedY, { timeout: 10_000 }).toBe(zone.position.y);
});
