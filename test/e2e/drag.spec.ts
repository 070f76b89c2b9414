/**
 * Dragging one component with the mouse (src/ui/canvas/component-drag.ts):
 * it is drawn shifted and its edges follow while the button is held, the
 * design takes the drop as one undo step, and at the canvas's border the view
 * pans along.
 */
import { expect, test, type Page } from '@playwright/test';
import { dragFromPalette, nodes, openEditor } from './helpers';

const node = (page: Page, text: string) => nodes(page).filter({ hasText: text });
const viewport = (page: Page) =>
  page.evaluate(() => {
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
    const [, x, y, zoom] = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(transform)!.map(Number);
    return { x: x!, y: y!, zoom: zoom! };
  });
/** The two ends of the only edge on the canvas, in canvas coordinates. */
const edgeEnds = (page: Page) =>
  page.evaluate(() => {
    const numbers = (document.querySelector('.react-flow__edges .react-flow__edge-path')!.getAttribute('d') ?? '')
      .match(/-?[\d.]+(e-?\d+)?/g)!
      .map(Number);
    return { first: { x: numbers[0]!, y: numbers[1]! }, last: { x: numbers.at(-2)!, y: numbers.at(-1)! } };
  });

test.beforeEach(async ({ page }) => {
  await openEditor(page);
  await dragFromPalette(page, 'Tarantella server', { x: 0.7, y: 0.4 });
  await dragFromPalette(page, 'Client workstation', { x: 0.2, y: 0.4 });
  await expect(page.locator('.react-flow__edges .react-flow__edge-path')).toHaveCount(1);
});

test("a dragged component's edge follows it while the button is held, and the drop is one undo step", async ({ page }) => {
  const server = node(page, 'Tarantella server');
  const before = (await server.boundingBox())!;
  const ends = await edgeEnds(page);
  const { zoom } = await viewport(page);
  await page.mouse.move(before.x + 40, before.y + 12);
  await page.mouse.down();
  await page.mouse.move(before.x + 40 + 90, before.y + 12 + 60, { steps: 6 });

  // Held: the component is drawn where the pointer took it, above the rest, and its edge's end went along.
  await expect(server.locator('.component-node')).toHaveClass(/lifted/);
  const held = (await server.locator('.component-node').boundingBox())!;
  expect(held.x - before.x).toBeCloseTo(90, 0);
  expect(held.y - before.y).toBeCloseTo(60, 0);
  const during = await edgeEnds(page);
  // One end of the edge moved onto the border of the component as it is drawn now; the client's end stayed.
  const moved = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
  const [serverEnd, clientEnd, clientEndBefore] =
    moved(ends.first, during.first) > 1 ? [during.first, during.last, ends.last] : [during.last, during.first, ends.first];
  expect(moved(clientEnd, clientEndBefore)).toBeLessThan(0.5);
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const { x: tx, y: ty } = await viewport(page);
  const onScreen = { x: pane.x + tx + serverEnd.x * zoom, y: pane.y + ty + serverEnd.y * zoom };
  expect(onScreen.x).toBeGreaterThanOrEqual(held.x - 3);
  expect(onScreen.x).toBeLessThanOrEqual(held.x + held.width + 3);
  expect(onScreen.y).toBeGreaterThanOrEqual(held.y - 3);
  expect(onScreen.y).toBeLessThanOrEqual(held.y + held.height + 3);
  // And not where the component was.
  expect(moved(serverEnd, moved(ends.first, during.first) > 1 ? ends.first : ends.last)).toBeGreaterThan(40 / zoom);
  // The dragged component is the one selected.
  await expect(server.locator('.component-node')).toHaveClass(/selected/);

  await page.mouse.up();
  await expect(server.locator('.component-node')).not.toHaveClass(/lifted/);
  const after = (await server.boundingBox())!;
  expect(after.x - before.x).toBeCloseTo(90, 0);
  expect(after.y - before.y).toBeCloseTo(60, 0);
  // Still selected: the click that ends a drag selects nothing else.
  await expect(server.locator('.component-node')).toHaveClass(/selected/);

  // One undo step puts it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Math.round((await server.boundingBox())!.x)).toBe(Math.round(before.x));
  expect(Math.round((await server.boundingBox())!.y)).toBe(Math.round(before.y));
});

test("held at the canvas's border, a dragged component pans the view along and lands where the pointer is", async ({ page }) => {
  const client = node(page, 'Client workstation');
  const box = (await client.boundingBox())!;
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const start = await viewport(page);
  await page.mouse.move(box.x + 30, box.y + 12);
  await page.mouse.down();
  // Near the top border, half way across: the view pans down (the canvas moves toward the pointer).
  await page.mouse.move(pane.x + pane.width / 2, pane.y + 15, { steps: 8 });
  await expect.poll(async () => (await viewport(page)).y - start.y, { timeout: 5000 }).toBeGreaterThan(100);
  await page.mouse.up();
  const end = await viewport(page);
  // It lands under the pointer (where the pointer holds it, 12 px below its top), wherever the view went.
  const landed = (await client.boundingBox())!;
  expect(landed.y).toBeCloseTo(pane.y + 15 - 12, 0);
  expect(end.zoom).toBeCloseTo(start.zoom, 5);
});

test('a component dragged into a zone and let go there belongs to it', async ({ page }) => {
  await page.getByRole('button', { name: 'Add zone' }).click();
  const zone = page.locator('.react-flow__node-zone');
  await expect(zone).toHaveCount(1);
  const zoneId = (await zone.getAttribute('data-id'))!;
  // All of it on screen.
  await page.getByRole('toolbar', { name: 'Design' }).getByRole('button', { name: 'Fit view' }).click();
  // The fit's transition settles: the zone stays put between two reads.
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await zone.boundingBox());
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [250] },
    )
    .toBe(true);
  const client = node(page, 'Client workstation');
  await client.click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Zone')).not.toHaveValue(zoneId);
  const from = (await client.boundingBox())!;
  // Into the part of the zone on screen, away from the canvas's border (where the view would pan).
  const target = (await zone.boundingBox())!;
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const left = Math.max(target.x, pane.x + 60);
  const right = Math.min(target.x + target.width, pane.x + pane.width - 60);
  const top = Math.max(target.y, pane.y + 60);
  const bottom = Math.min(target.y + target.height, pane.y + pane.height - 60);
  expect(right - left).toBeGreaterThan(40);
  await page.mouse.move(from.x + 30, from.y + 12);
  await page.mouse.down();
  await page.mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 10 });
  await page.mouse.up();
  await expect(inspector.getByLabel('Zone')).toHaveValue(zoneId);
  // Now the zone's own: it moves with the zone.
  const before = (await client.boundingBox())!;
  const zoneBefore = (await zone.boundingBox())!;
  const title = (await zone.locator('.zone-title').boundingBox())!;
  await page.mouse.move(title.x + 20, title.y + title.height / 2);
  await page.mouse.down();
  await page.mouse.move(title.x + 100, title.y + title.height / 2 + 40, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await client.boundingBox())!.x - before.x)).toBeGreaterThan(50);
  const zoneAfter = (await zone.boundingBox())!;
  expect(Math.round((await client.boundingBox())!.x - before.x)).toBe(Math.round(zoneAfter.x - zoneBefore.x));
});
