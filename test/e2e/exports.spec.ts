import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { nodes, openEditor, pickExample } from './helpers';

async function openExample(page: Page, name: string) {
  await pickExample(page, name);
  await expect(nodes(page).first()).toBeVisible();
}

async function exportMenu(page: Page, item: string) {
  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return download;
}

test.beforeEach(async ({ page }) => {
  await openEditor(page);
  await openExample(page, 'tachyon-remote-response-dmz');
});

test('the Export menu offers every format and the downloads are real files', async ({ page }) => {
  const xlsx = await exportMenu(page, 'Excel workbook (flows, design, hosts)');
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(
    readFileSync((await xlsx.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  const rules = await exportMenu(page, 'iptables-restore (Linux FORWARD chain)');
  expect(readFileSync((await rules.path())!, 'utf8')).toContain('*filter');
});

test('rule sets per zone pair download one file per pair', async ({ page }) => {
  await page.getByRole('button', { name: /^Export/ }).click();
  await page.getByLabel('Rule set scope').selectOption('zone-pair');
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole('menuitem', { name: 'nftables script (inet table, forward chain)' }).click();
  await expect.poll(() => downloads.length).toBeGreaterThan(1);
  expect(downloads.every((name) => /-to-.*\.nft$/.test(name))).toBe(true);
});

test('SVG, PNG, draw.io and Mermaid downloads are drawn from the design', async ({ page }) => {
  const svg = readFileSync((await (await exportMenu(page, 'SVG picture')).path())!, 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('1E Tachyon with a remote Response Stack');
  expect(svg).toContain('Crosses zones');
  expect(svg).not.toMatch(/<image|foreignObject|data:/);
  const width = Number(/<svg[^>]*width="(\d+)"/.exec(svg)![1]);

  const pngDownload = await exportMenu(page, 'PNG picture');
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(2 * width); // the same SVG at 2x

  const drawio = await exportMenu(page, 'draw.io diagram');
  expect(drawio.suggestedFilename()).toMatch(/\.drawio$/);
  const mxfile = readFileSync((await drawio.path())!, 'utf8');
  expect(mxfile).toContain('<mxfile');
  expect(mxfile).toMatch(/<mxCell id="edge-1"[^>]* edge="1"/);

  const mermaid = await exportMenu(page, 'Mermaid flowchart');
  expect(readFileSync((await mermaid.path())!, 'utf8')).toMatch(/^flowchart LR\n {2}subgraph /);
});

test('a picture of the selection holds only the selected components', async ({ page }) => {
  await nodes(page).first().click();
  await page.getByRole('button', { name: /^Export/ }).click();
  await page.getByLabel('Picture scope').selectOption('selection');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'SVG picture' }).click()]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg.match(/data-component=/g)).toHaveLength(1);
  expect(svg).toContain('Scope: selection');
});

test('the print view holds the diagram and every matrix row', async ({ page }) => {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('menuitem', { name: 'Print view' }).click();
  const view = page.getByTestId('print-view');
  const diagram = view.locator('img.print-diagram');
  await expect(diagram).toHaveAttribute('src', /^blob:/);
  // Waits for the picture's own load event, however slow the machine.
  const loaded = await diagram.evaluate((img: HTMLImageElement) =>
    img.complete
      ? img.naturalWidth
      : new Promise<number>((resolve, reject) => {
          img.addEventListener('load', () => resolve(img.naturalWidth), { once: true });
          img.addEventListener('error', () => reject(new Error('the diagram did not load')), { once: true });
        }),
  );
  expect(loaded).toBeGreaterThan(400);
  // Every row the CLI's matrix has for the same example.
  const csv = execFileSync(
    'node',
    ['bin/portolan.mjs', 'export', 'examples/tachyon-remote-response-dmz.portolan.json', '--format', 'csv', '-o', '-'],
    {
      encoding: 'utf8',
    },
  );
  const matrixRows = Papa.parse(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data.length;
  expect(matrixRows).toBeGreaterThan(10);
  await expect(view.locator('tbody tr')).toHaveCount(matrixRows);
});

test('a control character in a label or the owner breaks no picture and no print view', async ({ page }) => {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await nodes(page).first().click();
  const label = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Label');
  await label.fill('Bad\u0001label');
  await label.press('Tab');
  const download = await exportMenu(page, 'PNG picture');
  expect(
    readFileSync((await download.path())!)
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');
  await page.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('menuitem', { name: 'Print view' }).click();
  await expect(page.getByTestId('print-view').locator('img.print-diagram')).toHaveAttribute('src', /^blob:/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a slow export shows progress, and Cancel ends its worker with no download', async ({ page }) => {
  test.setTimeout(120_000);
  const { design } = JSON.parse(execFileSync('npx', ['tsx', 'test/e2e/estate.ts', '1000'], { encoding: 'utf8', maxBuffer: 64 << 20 })) as {
    design: unknown;
  };
  await page.evaluate(
    (value) => localStorage.setItem('portolan.autosave.v1', value),
    JSON.stringify({ tabId: 'e2e', savedAt: new Date().toISOString(), design }),
  );
  await page.reload();
  // A large estate opens in the overview: its components are boxes on one canvas.
  await expect(page.locator('.overview-boxes')).toBeVisible({ timeout: 30_000 });
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  const worker = page.waitForEvent('worker', (w) => w.url().includes('export.worker'));

  await page.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('menuitem', { name: 'Excel workbook (flows, design, hosts)' }).click();
  const closed = new Promise<void>((resolve) => void worker.then((w) => w.on('close', () => resolve())));
  // The progress message comes after 300 ms; its Cancel ends the work itself, not only its result.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await closed;
  await expect(page.getByText('Exporting Excel workbook (flows, design, hosts): cancelled.')).toBeVisible();
  // The page answers at once, and nothing arrives later.
  await page.getByRole('button', { name: /^Export/ }).click();
  await expect(page.getByRole('menuitem', { name: 'CSV flow matrix' })).toBeVisible();
  await page.waitForTimeout(1500);
  expect(downloads).toBe(0);
});

test('at 1440x900 every toolbar menu opens inside the window, one line per item', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const name of [/^Examples/, /^Present/, /^Export/]) {
    await page.getByRole('button', { name }).click();
    const menu = page.getByRole('menu');
    const items = menu.getByRole('menuitem');
    await expect(items.first()).toBeVisible();
    // The Export menu's options load on first use; the list must still fit once they are in.
    if (String(name) === String(/^Export/)) await expect(menu.getByText('Rule set scope')).toBeVisible();
    const box = (await menu.boundingBox())!;
    expect(box.x, `${name} menu's left edge`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name} menu's right edge`).toBeLessThanOrEqual(1440);
    const heights = await items.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    expect(Math.max(...heights), `${name} menu: an item wraps`).toBeLessThan(Math.min(...heights) * 1.5);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
  }
});
