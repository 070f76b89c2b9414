import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { dragFromPalette, edgeLabels, matrix, nodes, openEditor, pickExample, selectNode } from './helpers';

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

test('drag a Tarantella server and a client from the palette and see the 3144 edge', async ({ page }) => {
  await dragFromPalette(page, 'Tarantella server', { x: 0.7, y: 0.4 });
  await dragFromPalette(page, 'Client workstation', { x: 0.2, y: 0.4 });
  await expect(nodes(page)).toHaveCount(2);
  await expect(edgeLabels(page).filter({ hasText: '3144' })).toHaveCount(1);
  await expect(matrix(page).getByText('3144', { exact: true }).first()).toBeVisible();
});

test('switch the Security Pack on and see 5307 on the edge and in the matrix', async ({ page }) => {
  await dragFromPalette(page, 'Tarantella server', { x: 0.7, y: 0.4 });
  await dragFromPalette(page, 'Client workstation', { x: 0.2, y: 0.4 });
  const label = edgeLabels(page).filter({ hasText: '3144' });
  await expect(label).not.toContainText('5307');
  await selectNode(page, 'Tarantella server');
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel(/Security Pack/)
    .check();
  // A long port list is summarised on the edge (`tcp 80, 443, 3144 +1`); selected, the edge shows it in full.
  await expect(label).toContainText('+1');
  await label.click();
  await expect(label).toContainText('5307');
  await expect(matrix(page).getByText('5307', { exact: true }).first()).toBeVisible();
});

test('put the Tachyon Master and Response Stacks on one host and see their rows leave the matrix', async ({ page }) => {
  await dragFromPalette(page, 'Tachyon Server (Master Stack)', { x: 0.25, y: 0.3 });
  await dragFromPalette(page, 'Tachyon Server (Response Stack)', { x: 0.75, y: 0.6 });
  const region = matrix(page);
  await expect(region.getByText('3901', { exact: true }).first()).toBeVisible();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  for (const name of ['Tachyon Server (Master Stack)', 'Tachyon Server (Response Stack)']) {
    await selectNode(page, name);
    const host = inspector.getByLabel('Host name');
    await host.fill('tachyon01');
    await host.press('Enter');
  }
  await expect(region.getByText('3901', { exact: true })).toHaveCount(0);
  await expect(edgeLabels(page).filter({ hasText: '3901' })).toHaveCount(1); // still drawn, as a local flow
  await expect(page.locator('.edge-label.local').first()).toBeVisible();
});

test('undo and redo a placement', async ({ page }) => {
  await dragFromPalette(page, 'Microsoft SQL Server', { x: 0.5, y: 0.5 });
  await expect(nodes(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nodes(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(nodes(page)).toHaveCount(1);
  await page.locator('body').press('Control+z');
  await expect(nodes(page)).toHaveCount(0);
  await page.locator('body').press('Control+Shift+z');
  await expect(nodes(page)).toHaveCount(1);
});

test('reload and find the design intact', async ({ page }) => {
  await dragFromPalette(page, 'Tarantella server', { x: 0.7, y: 0.4 });
  await dragFromPalette(page, 'Client workstation', { x: 0.2, y: 0.4 });
  await selectNode(page, 'Client workstation');
  const label = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Label');
  await label.fill('Reception PC "A"');
  await label.press('Enter');
  await page.reload();
  await expect(nodes(page)).toHaveCount(2);
  await expect(nodes(page).filter({ hasText: 'Reception PC "A"' })).toHaveCount(1);
  await expect(edgeLabels(page).filter({ hasText: '3144' })).toHaveCount(1);
});

test('export CSV and read the downloaded file', async ({ page }) => {
  await dragFromPalette(page, 'Tarantella server', { x: 0.7, y: 0.4 });
  await dragFromPalette(page, 'Client workstation', { x: 0.2, y: 0.4 });
  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV flow matrix' }).click()]);
  expect(download.suggestedFilename()).toBe('untitled-design.csv');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFFID,Source zone,Source component')).toBe(true);
  expect(text).toMatch(/Client workstation,.*,Tarantella server,.*,tcp,3144,/);
});

test('open a malformed file and see the message with the design unchanged', async ({ page }) => {
  await dragFromPalette(page, 'Microsoft SQL Server', { x: 0.5, y: 0.5 });
  await expect(nodes(page)).toHaveCount(1);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles({
    name: 'broken.portolan.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "schemaVersion": 1, "components": ['),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.portolan.json is not valid JSON' })).toBeVisible();
  await expect(nodes(page)).toHaveCount(1);
  await expect(nodes(page)).toContainText('Microsoft SQL Server');
});

test('open a file of a newer version and see the message with the design unchanged', async ({ page }) => {
  await dragFromPalette(page, 'Microsoft SQL Server', { x: 0.5, y: 0.5 });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles({ name: 'future.portolan.json', mimeType: 'application/json', buffer: Buffer.from('{ "schemaVersion": 9 }') });
  await expect(page.getByRole('alert').filter({ hasText: 'saved by a newer Portolan (schemaVersion 9)' })).toBeVisible();
  await expect(nodes(page)).toHaveCount(1);
});

test('a component dropped into a zone belongs to it and moves with it', async ({ page }) => {
  await page.getByRole('button', { name: 'Add zone' }).click();
  const zone = page.locator('.react-flow__node-zone');
  await expect(zone).toHaveCount(1);
  const zoneBox = (await zone.boundingBox())!;
  const canvasBox = (await page.getByTestId('canvas').boundingBox())!;
  await dragFromPalette(page, 'Microsoft SQL Server', {
    x: (zoneBox.x - canvasBox.x + zoneBox.width / 2) / canvasBox.width,
    y: (zoneBox.y - canvasBox.y + zoneBox.height / 2) / canvasBox.height,
  });
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Zone')).toHaveValue('zone-1');
  const before = (await nodes(page).first().boundingBox())!;
  const zoneBefore = (await zone.boundingBox())!;
  const title = zone.locator('.zone-title');
  const titleBox = (await title.boundingBox())!;
  await page.mouse.move(titleBox.x + 20, titleBox.y + titleBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(titleBox.x + 120, titleBox.y + titleBox.height / 2 + 60, { steps: 8 });
  await page.mouse.up();
  const after = (await nodes(page).first().boundingBox())!;
  const zoneAfter = (await zone.boundingBox())!;
  expect(zoneAfter.x - zoneBefore.x).toBeGreaterThan(50);
  expect(Math.round(after.x - before.x)).toBe(Math.round(zoneAfter.x - zoneBefore.x));
  expect(Math.round(after.y - before.y)).toBe(Math.round(zoneAfter.y - zoneBefore.y));
  // The move is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  const undone = (await nodes(page).first().boundingBox())!;
  expect(Math.round(undone.x)).toBe(Math.round(before.x));
});

test('a drag inside a zone pans the view, and its title selects it', async ({ page }) => {
  await page.getByRole('button', { name: 'Add zone' }).click();
  const zone = page.locator('.react-flow__node-zone');
  await expect(zone).toHaveCount(1);
  // A component outside the zone: a pan moves it too, a drag of the zone would not.
  await dragFromPalette(page, 'Client workstation', { x: 0.88, y: 0.5 });
  await page.keyboard.press('Escape');
  const component = nodes(page).first();
  const before = { zone: (await zone.boundingBox())!, component: (await component.boundingBox())! };
  expect(before.component.x).toBeGreaterThan(before.zone.x + before.zone.width);
  // Well inside the zone, below its title.
  const from = { x: before.zone.x + before.zone.width / 2, y: before.zone.y + before.zone.height * 0.6 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 150, from.y - 40, { steps: 8 });
  await page.mouse.up();
  for (const [element, box] of [
    [zone, before.zone],
    [component, before.component],
  ] as const) {
    const after = (await element.boundingBox())!;
    expect(Math.round(after.x - box.x)).toBe(-150);
    expect(Math.round(after.y - box.y)).toBe(-40);
  }
  await expect(zone.locator('.zone-node')).not.toHaveClass(/selected/);
  // A click on its title selects it.
  await zone.locator('.zone-title').click();
  await expect(zone.locator('.zone-node')).toHaveClass(/selected/);
});

test('draw a flow of your own from one component to another', async ({ page }) => {
  await dragFromPalette(page, 'Client workstation', { x: 0.2, y: 0.3 });
  await dragFromPalette(page, 'WSO2 API Manager', { x: 0.7, y: 0.6 });
  const source = nodes(page).filter({ hasText: 'Client workstation' }).locator('.react-flow__handle-right');
  const target = nodes(page).filter({ hasText: 'WSO2 API Manager' }).locator('.react-flow__handle-left');
  await source.hover();
  await page.mouse.down();
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  const dialog = page.getByRole('dialog', { name: /New flow from Client workstation to WSO2 API Manager/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /8280, 8243|8243, 8280/ }).check();
  await dialog.getByRole('button', { name: 'Add flow' }).click();
  await expect(edgeLabels(page).filter({ hasText: '8243' })).toHaveCount(1);
  await expect(page.locator('.edge-label.user')).toHaveCount(1);
});

test('a small design keeps its labels even when fitted far out', async ({ page }) => {
  await pickExample(page, 'tarantella-array-netlet');
  await expect(nodes(page)).toHaveCount(11);
  await expect(edgeLabels(page).first()).toBeVisible();
  await expect(nodes(page).first().locator('.component-name')).toBeVisible();
});

test('an empty canvas says how to start, takes a drop through that hint, and says it again once the design is empty', async ({ page }) => {
  const hint = page.getByTestId('empty-hint');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('Drag a component');
  // The middle of the canvas is under the hint: the drop must land on the canvas all the same.
  await dragFromPalette(page, 'Tarantella server', { x: 0.5, y: 0.5 });
  await expect(nodes(page)).toHaveCount(1);
  await expect(hint).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nodes(page)).toHaveCount(0);
  await expect(hint).toBeVisible();
});

test('a click on an edge, a click on its label and Enter on it all show its flows in the Inspector', async ({ page }) => {
  await dragFromPalette(page, 'Tarantella server', { x: 0.7, y: 0.4 });
  await dragFromPalette(page, 'Client workstation', { x: 0.2, y: 0.4 });
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const flows = inspector.getByRole('heading', { name: /^From Client workstation to Tarantella server/ });
  const deselect = async () => {
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await expect(flows).toHaveCount(0);
  };

  await edgeLabels(page).filter({ hasText: '3144' }).click();
  await expect(flows).toBeVisible();
  await expect(inspector).toContainText('3144');

  // The line itself, a quarter of the way along (the label sits near its middle).
  await deselect();
  const point = await page
    .locator('.react-flow__edge-path')
    .first()
    .evaluate((path: SVGPathElement) => {
      const at = path.getPointAtLength(path.getTotalLength() / 4);
      const screen = new DOMPoint(at.x, at.y).matrixTransform(path.getScreenCTM()!);
      return { x: screen.x, y: screen.y };
    });
  await page.mouse.click(point.x, point.y);
  await expect(flows).toBeVisible();

  await deselect();
  await page.locator('.react-flow__edge').first().focus();
  await page.keyboard.press('Enter');
  await expect(flows).toBeVisible();
});
