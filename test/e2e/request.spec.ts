/** Issue 11: a justification edited for two matrix rows at once reaches the downloaded CSV. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { dragFromPalette, matrix, nodes, openEditor } from './helpers';

test.beforeEach(async ({ page }) => openEditor(page));

test('edit the justification of two matrix rows and find it in the CSV', async ({ page }) => {
  await dragFromPalette(page, 'Tarantella server', { x: 0.7, y: 0.4 });
  await dragFromPalette(page, 'Client workstation', { x: 0.2, y: 0.4 });
  const table = matrix(page);
  // The edit bar opens above the table after the first tick; tick by keyboard so the sticky header cannot cover a row.
  for (const ref of ['R001', 'R002']) {
    const box = table.getByRole('checkbox', { name: `Select ${ref}` });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  const bar = table.getByRole('region', { name: 'Edit the selected rows' });
  await expect(bar).toContainText('2 rows selected');
  const justification = bar.getByLabel('Business justification');
  await justification.fill('Reception desk; approved by CAB-7');
  await justification.press('Tab');
  await bar.getByLabel('Status').selectOption('approved');
  await expect(table.locator('tr[data-row-id]').filter({ hasText: 'Reception desk; approved by CAB-7' })).toHaveCount(2);

  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV flow matrix' }).click()]);
  const records = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const edited = records.filter((r) => r['Business justification'] === 'Reception desk; approved by CAB-7');
  expect(edited.map((r) => r.ID).sort()).toEqual(['R001', 'R002']);
  for (const record of edited) expect(record.Status).toBe('Approved');
  const others = records.filter((r) => !['R001', 'R002'].includes(r.ID!));
  expect(others.length).toBeGreaterThan(0);
  for (const record of others)
    expect(record['Business justification']).toMatch(/ — required by Tarantella, Inc\. "What ports does Tarantella use\?", /);
});

test('approve the matrix, see the approval go out of date when a flow changes, and leave the form with Escape', async ({ page }) => {
  await dragFromPalette(page, 'Tarantella server', { x: 0.7, y: 0.4 });
  await dragFromPalette(page, 'Client workstation', { x: 0.2, y: 0.4 });
  const approveMatrix = page.getByRole('button', { name: 'Approve matrix…' });
  const reviewer = page.getByLabel('Reviewer name');
  await approveMatrix.click();
  await reviewer.press('Escape');
  await expect(reviewer).toHaveCount(0);
  await expect(approveMatrix).toBeVisible();

  await approveMatrix.click();
  await reviewer.fill('Dana Reviewer');
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: 'Dana Reviewer' });
  await expect(status).toContainText('Approved · Dana Reviewer');

  // The Security Pack adds a port: the matrix is no longer the one approved.
  await nodes(page).filter({ hasText: 'Tarantella server' }).first().click();
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel(/Security Pack/)
    .check();
  await expect(status).toContainText('Approval out of date · Dana Reviewer');
});
