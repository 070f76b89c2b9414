import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dragFromPalette, matrix, nodes, openEditor } from './helpers';

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

const palette = (page: Page) => page.getByRole('navigation', { name: 'Component palette' });

async function connect(page: Page, from: string, to: string) {
  const source = nodes(page).filter({ hasText: from }).locator('.react-flow__handle-right');
  const target = nodes(page).filter({ hasText: to }).locator('.react-flow__handle-left');
  await source.hover();
  await page.mouse.down();
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
}

test('define a custom component, connect a catalogue component to its service, and find the row in the matrix and the CSV', async ({
  page,
}, testInfo) => {
  await dragFromPalette(page, 'Client workstation', { x: 0.15, y: 0.25 });
  await palette(page).getByRole('button', { name: 'Custom component…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Custom component' });
  await expect(dialog).toBeVisible();

  // Nothing filled in: each field says what it needs.
  await dialog.getByRole('button', { name: 'Add component' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'give a name' })).toBeVisible();
  await expect(dialog.getByRole('alert').filter({ hasText: 'give a port' })).toBeVisible();

  await dialog.getByLabel('Name', { exact: true }).fill('Billing API');
  await dialog.getByLabel('Product', { exact: true }).fill('Acme Billing');
  const first = dialog.getByRole('group', { name: 'Service 1' });
  await first.getByLabel('Service name').fill('api');
  await first.getByLabel('Port or range').fill('70000');
  await expect(first.getByRole('alert').filter({ hasText: 'a port is a number from 1 to 65535' })).toBeVisible();
  await first.getByLabel('Port or range').fill('8443');
  await first.getByLabel('Purpose').fill('Billing REST API');
  await first.getByLabel('Reference URL (optional)').fill('https://wiki.example.com/billing/ports');
  await dialog.getByRole('button', { name: 'Add another service' }).click();
  const second = dialog.getByRole('group', { name: 'Service 2' });
  await second.getByLabel('Service name').fill('metrics');
  await second.getByLabel('Protocol').selectOption('udp');
  await second.getByLabel('Port or range').fill('9100-9102');
  await second.getByLabel('Purpose').fill('Metrics export');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('custom-component-dialog.png') });
  await dialog.getByRole('button', { name: 'Add component' }).click();
  await expect(dialog).toBeHidden();

  // Placed like any component, and offered in the palette under its product.
  await expect(nodes(page).filter({ hasText: 'Billing API' })).toHaveCount(1);
  const group = palette(page).getByRole('region', { name: 'Acme Billing' });
  await expect(group.getByRole('button', { name: 'Billing API', exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('palette.png') });

  await connect(page, 'Client workstation', 'Billing API');
  const connectDialog = page.getByRole('dialog', { name: /New flow from Client workstation to Billing API/ });
  await expect(connectDialog).toBeVisible();
  await expect(connectDialog.getByRole('radio')).toHaveCount(3); // two services and a custom port
  await connectDialog.getByRole('radio', { name: /8443 Billing REST API/ }).check();
  await connectDialog.getByRole('button', { name: 'Add flow' }).click();

  const row = matrix(page).getByRole('row').filter({ hasText: 'Billing REST API' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('8443');
  await expect(row).toContainText('Client workstation');

  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV flow matrix' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const line = csv.split('\n').find((l) => l.includes('Billing REST API'));
  expect(line).toMatch(/Client workstation,.*Billing API,.*tcp,8443,/);
  expect(line).toContain('https://wiki.example.com/billing/ports');

  // The definition is in the design: it survives a reload (the autosave goes through restore).
  await page.reload();
  await expect(nodes(page).filter({ hasText: 'Billing API' })).toHaveCount(1);
  await expect(matrix(page).getByRole('row').filter({ hasText: 'Billing REST API' })).toHaveCount(1);
});

test('import a catalogue pack: its components join the palette and derive flows with built-in ones', async ({ page }) => {
  const pack = readFileSync(join(import.meta.dirname, '../../examples/packs/infrastructure-pack.json'));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    palette(page).getByRole('button', { name: 'Import pack…' }).click(),
  ]);
  await chooser.setFiles({ name: 'infrastructure-pack.json', mimeType: 'application/json', buffer: pack });
  await expect(page.getByText(/Imported infrastructure-pack\.json: 3 component types/)).toBeVisible();
  await dragFromPalette(page, 'Web browser', { x: 0.15, y: 0.3 });
  await dragFromPalette(page, 'Reverse proxy', { x: 0.6, y: 0.3 });
  const row = matrix(page).getByRole('row').filter({ hasText: 'Browsers reach the published web applications' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('443');

  // A bad pack is refused with the file and the field named; the design keeps what it had.
  const bad = JSON.parse(pack.toString('utf8')) as { product: { id: string } };
  bad.product.id = 'tarantella';
  const [again] = await Promise.all([
    page.waitForEvent('filechooser'),
    palette(page).getByRole('button', { name: 'Import pack…' }).click(),
  ]);
  await again.setFiles({ name: 'shadow.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(
    page.getByText(/pack "shadow\.json": product\.id: "tarantella" is already a product of the built-in catalogue/),
  ).toBeVisible();
  await expect(nodes(page)).toHaveCount(2);
});
