/**
 * The zone view, presentation mode and the panel splitters, as a reviewer
 * uses them at 1440x900: every assertion reads what is on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { matrix, nodes, openEditor, pickExample } from './helpers';

test.use({ viewport: { width: 1440, height: 900 } });
// Loading an example and switching views takes a few seconds on a shared machine.
test.describe.configure({ timeout: 60_000 });

async function openExample(page: Page, name: string, components: number): Promise<void> {
  await pickExample(page, name);
  await expect(nodes(page)).toHaveCount(components);
}

const rows = (page: Page) => matrix(page).locator('tr.matrix-row');

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

test('Zone view draws one box per zone and one edge per zone pair and direction, and toggles back', async ({ page }) => {
  await openExample(page, 'tachyon-remote-response-dmz', 10);
  const toggle = page.getByRole('button', { name: 'Zone view' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const view = page.getByTestId('zone-view');
  await expect(view.locator('.zone-box')).toHaveCount(6);
  // Nine zone pairs carry flows; one of them stays inside the server network (drawn in its box, not as an edge).
  await expect(view.locator('.zone-edge')).toHaveCount(8);
  await expect(view.locator('.zone-edge[data-pair="internet>dmz"]')).toContainText('tcp 443, 4000');
  await expect(view.locator('.zone-edge[data-pair="internet>dmz"]')).toContainText('2 flows');
  await expect(view.locator('.zone-box[data-zone="servers"]')).toContainText('3 flows inside');
  // Readable: the diagram is drawn at 75 % or more, so 12 px labels stay at least 9 px tall.
  expect(Number(await view.locator('svg[data-scale]').getAttribute('data-scale'))).toBeGreaterThanOrEqual(0.75);
  const table = page.getByRole('table', { name: 'Zone-to-zone matrix' });
  await expect(table.getByRole('columnheader')).toHaveCount(7);
  await expect(table.getByRole('button', { name: /^Server network to Database network: tcp 1433 · udp 1434/ })).toBeVisible();
  await toggle.click();
  await expect(view).toHaveCount(0);
  await expect(nodes(page).first()).toBeVisible();
});

const EXAMPLES: [string, number][] = [
  ['open-cobalt-internet', 10],
  ['spotfire-cluster', 11],
  ['tachyon-remote-response-dmz', 10],
  ['tachyon-single-server', 9],
  ['tarantella-array-netlet', 11],
  ['wso2-apim-identity', 6],
];

test('every example reads in the zone view at 1440x900: labels at least 9 px, none on another label or on a zone', async ({ page }) => {
  for (const [name, components] of EXAMPLES) {
    await openExample(page, name, components);
    await page.getByRole('button', { name: 'Zone view' }).click();
    const svg = page.getByTestId('zone-view').locator('svg[data-scale]');
    await expect(svg).toBeVisible();
    const measured = await svg.evaluate((element) => {
      const boxes = [...element.querySelectorAll('.zone-edge-label rect, .zone-box rect')].map((r) => ({
        label: !!r.closest('.zone-edge-label'),
        box: r.getBoundingClientRect(),
      }));
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          if ((boxes[i]!.label || boxes[j]!.label) && overlap(boxes[i]!.box, boxes[j]!.box)) overlaps++;
      // The label's font size on screen: its CSS size times the drawing's scale.
      const text = element.querySelector('.zone-edge-services');
      const view = element.getBoundingClientRect();
      const area = element.closest('.canvas-area')!.getBoundingClientRect();
      return {
        overlaps,
        labelPx: text ? parseFloat(getComputedStyle(text).fontSize) * Number(element.getAttribute('data-scale')) : 12,
        inside: view.left >= area.left && view.right <= area.right + 1 && view.bottom <= area.bottom + 1,
      };
    });
    expect({ overlaps: measured.overlaps, inside: measured.inside }, name).toEqual({ overlaps: 0, inside: true });
    expect(measured.labelPx, name).toBeGreaterThanOrEqual(9);
    await page.getByRole('button', { name: 'Zone view' }).click();
  }
});

test('selecting a zone-matrix cell or a zone edge lists exactly that pair’s flows in the flow matrix', async ({ page }) => {
  await openExample(page, 'tachyon-remote-response-dmz', 10);
  await page.getByRole('button', { name: 'Zone view' }).click();
  const all = await rows(page).count();
  const cell = page
    .getByRole('table', { name: 'Zone-to-zone matrix' })
    .getByRole('button', { name: /^Server network to Database network/ });
  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(matrix(page).getByLabel('Zones')).toHaveValue('servers>data');
  await expect(rows(page)).toHaveCount(4);
  for (const row of await rows(page).all()) {
    await expect(row.locator('.cell-source')).toHaveText(/^Server network \//);
    await expect(row.locator('.cell-destination')).toHaveText(/^Database network \//);
  }
  // The same pair, chosen from its edge in the diagram; a second click shows every flow again.
  const edge = page.locator('.zone-edge[data-pair="internet>dmz"]');
  await edge.click();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first().locator('.cell-source')).toHaveText(/^Internet \//);
  await expect(edge).toHaveAttribute('aria-pressed', 'true');
  await edge.click();
  await expect(rows(page)).toHaveCount(all);
});

test('presentation steps product by product with the keys, dims the rest, and Escape leaves', async ({ page }) => {
  await openExample(page, 'spotfire-cluster', 11);
  await page.getByRole('button', { name: /^Present/ }).click();
  await page.getByRole('menuitem', { name: 'Product by product' }).click();
  const caption = page.getByTestId('presentation-step');
  await expect(caption).toHaveText(/^TIBCO Spotfire.* — 1 of 3$/);
  await expect(page.getByRole('toolbar', { name: 'Design' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeHidden();
  // The step's rows only: every row shown belongs to the product in the caption.
  const product = (await caption.textContent())!.split(' — ')[0]!;
  await expect(rows(page).first()).toBeVisible();
  for (const cell of await rows(page).locator('.cell-product').all()) await expect(cell).toHaveText(product);
  // Components outside the step are dimmed; the step's own are not.
  const opacities = await nodes(page).evaluateAll((list) => list.map((n) => Number(getComputedStyle(n).opacity)));
  expect(opacities.some((o) => o < 0.5)).toBe(true);
  expect(opacities.some((o) => o === 1)).toBe(true);

  await page.keyboard.press('ArrowRight');
  await expect(caption).toHaveText(/ — 2 of 3$/);
  await page.keyboard.press('PageDown');
  await expect(caption).toHaveText(/ — 3 of 3$/);
  await page.keyboard.press('ArrowRight'); // the last step stays the last
  await expect(caption).toHaveText(/ — 3 of 3$/);
  await page.keyboard.press('ArrowLeft');
  await expect(caption).toHaveText(/ — 2 of 3$/);
  await page.keyboard.press('PageUp');
  await expect(caption).toHaveText(/ — 1 of 3$/);
  await page.keyboard.press('Space');
  await expect(caption).toHaveText(/ — 2 of 3$/);

  await page.keyboard.press('Escape');
  await expect(caption).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Design' })).toBeVisible();
  await expect(matrix(page).getByLabel('Product')).toHaveValue('');
  // Dimming fades (a 120 ms transition): wait for it to settle rather than read it mid-fade.
  await expect.poll(() => nodes(page).evaluateAll((list) => list.every((n) => getComputedStyle(n).opacity === '1'))).toBe(true);
});

test('presentation by zone pair filters the matrix to each pair', async ({ page }) => {
  await openExample(page, 'tachyon-remote-response-dmz', 10);
  await page.getByRole('button', { name: /^Present/ }).click();
  await page.getByRole('menuitem', { name: 'Zone pair by zone pair' }).click();
  const caption = page.getByTestId('presentation-step');
  // Ten pairs with flows: nine between zones, and the client group's peer traffic within its own zone.
  // The step's edges stay drawn in full and every other is dimmed (a 200 ms fade: polled).
  const litEdges = () =>
    page
      .locator('.react-flow__edge')
      .evaluateAll((edges) => edges.filter((e) => getComputedStyle(e).opacity === '1').map((e) => e.getAttribute('data-id')));
  await expect(caption).toHaveText('Internet → DMZ — 1 of 10');
  await expect(rows(page)).toHaveCount(2);
  await expect.poll(litEdges).toEqual(['dmz-server~internet-clients']);
  await page.keyboard.press('ArrowRight');
  await expect(caption).toHaveText('DMZ → Internet — 2 of 10');
  await expect(rows(page)).toHaveCount(1);
  await expect.poll(litEdges).toEqual(['crl~dmz-server']);
  await page.keyboard.press('Escape');
  await expect(caption).toHaveCount(0);
});

test('a dragged splitter and a collapsed panel are remembered across a reload', async ({ page }) => {
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const before = (await inspector.boundingBox())!.width;
  const splitter = page.getByTestId('splitter-inspector');
  const box = (await splitter.boundingBox())!;
  // Grab the splitter away from its toggle button (which sits at its middle).
  const x = box.x + box.width / 2;
  const y = box.y + 60;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 60, y, { steps: 4 });
  await page.mouse.move(x - 120, y, { steps: 4 });
  await page.mouse.up();
  const after = (await inspector.boundingBox())!.width;
  expect(after).toBeGreaterThan(before + 100);
  await page.getByRole('button', { name: 'Collapse the flow matrix' }).click();
  await expect(matrix(page)).toHaveCount(1);
  expect((await matrix(page).boundingBox())?.height ?? 0).toBeLessThan(2);

  await page.waitForTimeout(300); // the preference is written once a drag rests
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
  expect(Math.abs((await inspector.boundingBox())!.width - after)).toBeLessThan(2);
  expect((await matrix(page).boundingBox())?.height ?? 0).toBeLessThan(2);
  await page.getByRole('button', { name: 'Open the flow matrix' }).click();
  expect((await matrix(page).boundingBox())!.height).toBeGreaterThan(150);
});

test('Compare with… another design file marks the added flows in the matrix, on the canvas and in the zone view', async ({
  page,
}, info) => {
  await openExample(page, 'tachyon-remote-response-dmz', 10);
  // The same deployment before its Internet-facing part existed.
  const before = JSON.parse(readFileSync('examples/tachyon-remote-response-dmz.portolan.json', 'utf8')) as {
    components: { zone?: string }[];
  };
  before.components = before.components.filter((c) => c.zone !== 'internet');
  const file = info.outputPath('before.portolan.json');
  writeFileSync(file, JSON.stringify(before));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    matrix(page).getByRole('button', { name: 'Compare with…' }).click(),
  ]);
  await chooser.setFiles(file);
  await expect(matrix(page)).toContainText(/Since before\.portolan\.json: [1-9]\d* added, 0 changed, 0 removed/);
  await expect(matrix(page).locator('tr.matrix-row.diff-added').first()).toBeVisible();
  await expect(page.locator('.react-flow__edge.diff-added').first()).toBeAttached();
  await page.getByRole('button', { name: 'Zone view' }).click();
  await expect(page.getByTestId('zone-view').locator('.zone-edge.diff-added[data-pair="internet>dmz"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Zone view' }).click();
  await matrix(page).getByRole('button', { name: 'Stop comparing' }).click();
  await expect(matrix(page)).not.toContainText('Since before.portolan.json');
});
