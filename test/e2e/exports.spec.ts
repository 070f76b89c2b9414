import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { nodes, openEditor } from './helpers';

async function openExample(page: Page, name: string) {
  await page.getByRole('button', { name: /^Examples/ }).click();
  await page.getByRole('menuitem', { name }).click();
  await expect(nodes(page).first()).toBeVisible();
}

async function exportMenu(page: Page, item: string) {
  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return download;
}

test.beforeEach(async ({ page }) => {
  await openEditor(page);
  await openExample(page, 'Tachyon remote response dmz');
});

test('the Export menu offers every format and the downloads are real files', async ({ page }) => {
  const xlsx = await exportMenu(page, 'Excel workbook (flows, design, hosts)');
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe('PK');
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

test('PNG and SVG pictures carry the title block and legend', async ({ page }) => {
  const png = await exportMenu(page, 'PNG picture');
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(400); // width
  const svg = readFileSync((await (await exportMenu(page, 'SVG picture')).path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('1E Tachyon with a remote Response Stack');
  expect(svg).toContain('Crosses zones');
});

test('the print view holds the diagram and every matrix row', async ({ page }) => {
  await page.evaluate(() => { window.print = () => undefined; });
  await page.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('menuitem', { name: 'Print view' }).click();
  const view = page.getByTestId('print-view');
  await expect(view.locator('img.print-diagram')).toHaveAttribute('src', /^blob:/);
  await expect(view.locator('tbody tr')).toHaveCount(19);
});
