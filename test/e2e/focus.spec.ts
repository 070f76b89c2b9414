/**
 * A component's focus as a reviewer sees it: selected, it and the components
 * it has flows with keep their look, with its edges and their labels, and
 * everything else fades. Read from the screen's pixels, before and after.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { nodes, openEditor, pickExample } from './helpers';

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 60_000 });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Mean brightness (0–255) and mean difference from `before` of each box of the page as it is now. */
async function readBoxes(page: Page, boxes: Box[], before?: string): Promise<{ png: string; brightness: number[]; change: number[] }> {
  const png = (await page.screenshot()).toString('base64');
  const read = await page.evaluate(
    async ({ png, before, boxes }) => {
      const pixels = async (data: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
      };
      const now = await pixels(png);
      const then = before ? await pixels(before) : now;
      const scale = now.width / window.innerWidth;
      return boxes.map((box) => {
        let sum = 0;
        let diff = 0;
        let n = 0;
        for (let y = Math.round(box.y * scale); y < (box.y + box.height) * scale; y++)
          for (let x = Math.round(box.x * scale); x < (box.x + box.width) * scale; x++) {
            const i = (y * now.width + x) * 4;
            for (let c = 0; c < 3; c++) {
              sum += now.data[i + c]!;
              diff += Math.abs(now.data[i + c]! - then.data[i + c]!);
            }
            n += 3;
          }
        return { brightness: sum / n, change: diff / n };
      });
    },
    { png, before, boxes },
  );
  return { png, brightness: read.map((r) => r.brightness), change: read.map((r) => r.change) };
}

/** A box inside an element's, clear of its border (and of the selection's ring). */
async function inner(locator: Locator, inset = 6): Promise<Box> {
  const box = (await locator.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThan(2 * inset + 2);
  return { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset };
}

/** How far a box is from white, on average. */
const darkness = (read: { brightness: number[] }, i: number) => 255 - read.brightness[i]!;

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

test.beforeEach(async ({ page }) => {
  await openEditor(page);
  await pickExample(page, 'spotfire-cluster');
  await expect(nodes(page)).toHaveCount(11);
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
});

test('selecting a component fades what it has no flow with, and keeps it, its neighbours, its edges and their labels as they were', async ({
  page,
}) => {
  // The load balancer has flows with both Spotfire servers and the two user groups, none with the SMTP relay.
  const [selected, neighbour, other] = await Promise.all([inner(node(page, 'lb')), inner(node(page, 'sf01')), inner(node(page, 'smtp01'))]);
  const keptLabel = await inner(page.locator('.edge-label[data-edge="lb~sf01"]'), 1);
  const otherLabel = await inner(page.locator('.edge-label[data-edge="sf01~spotfire-db"]'), 1);
  const boxes = [selected, neighbour, other, keptLabel, otherLabel];
  // The view settles after Fit view's transition before the first picture is taken.
  await expect.poll(async () => (await readBoxes(page, boxes)).brightness.join()).toBe((await readBoxes(page, boxes)).brightness.join());
  const before = await readBoxes(page, boxes);

  await node(page, 'lb').click();
  await expect(page.getByTestId('focus-veil')).toBeVisible();
  const focused = await readBoxes(page, boxes, before.png);
  // Kept: the same pixels (text and borders included), give or take antialiasing.
  for (const i of [0, 1, 3]) expect(focused.change[i], `box ${i} kept`).toBeLessThan(3);
  // Faded: what was drawn on white (text, borders, fills) keeps under half its darkness.
  for (const i of [2, 4]) expect(darkness(focused, i) / darkness(before, i), `box ${i} faded`).toBeLessThan(0.5);
  // The ring marks the selection, just outside the component.
  const ring = (await node(page, 'lb').boundingBox())!;
  const edge = await readBoxes(page, [{ x: ring.x + 20, y: ring.y - 2, width: ring.width - 40, height: 2 }], before.png);
  expect(edge.change[0]).toBeGreaterThan(20);

  // The focus moved to the servers' database: the load balancer fades, the database's edge and label come back.
  await node(page, 'spotfire-db').click();
  await expect.poll(async () => darkness(await readBoxes(page, [selected]), 0) / darkness(before, 0)).toBeLessThan(0.5);
  expect((await readBoxes(page, [otherLabel], before.png)).change[0]).toBeLessThan(3);

  // Nothing selected: the diagram as it was.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('focus-veil')).toHaveCount(0);
  const after = await readBoxes(page, boxes, before.png);
  for (const change of after.change) expect(change).toBeLessThan(3);
});
