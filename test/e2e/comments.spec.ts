/** Comments alone (no room): a thread on a matrix row, its badges, save and reopen, and a thread kept as orphaned when its thing is deleted. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { matrix, nodes, openEditor, pickExample } from './helpers';

test('comment on a matrix row, see the counts, save, reopen, and keep the thread when its component goes', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openEditor(page);
  await pickExample(page, 'tachyon-remote-response-dmz');
  await expect(nodes(page).first()).toBeVisible();

  const row = matrix(page).locator('tr.matrix-row').first();
  const ref = (await row.locator('.cell-ref').innerText()).trim().split(/\s/)[0]!;
  // The Source cell reads `zone / component / address`.
  const source = (await row.locator('.cell-source').innerText()).split(' / ')[1]!.trim();
  await row.click();
  await page.getByRole('complementary', { name: 'Inspector' }).getByRole('button', { name: 'Comments: 0 open' }).click();
  const panel = page.getByRole('complementary', { name: 'Comments' });
  const target = panel.getByLabel('Comment on');
  const rowOption = target.locator('option', { hasText: `Row ${ref}:` });
  await target.selectOption({ label: (await rowOption.innerText()).trim() });
  await panel.getByLabel('Your name (shown with your comments)').fill('Nora Network');
  await panel.getByLabel('New comment').fill('Which change window opens this port?');
  await panel.getByRole('button', { name: 'Comment', exact: true }).click();

  await expect(panel.getByText('1 open', { exact: true })).toBeVisible();
  await expect(matrix(page).getByRole('button', { name: `1 open comment thread on ${ref}` })).toBeVisible();
  await expect(page.locator('.comment-badge.on-edge')).toHaveText('1');
  await expect(panel.getByRole('article')).toContainText('Nora Network');
  await page.screenshot({ path: 'test-results/comments-panel.png' });

  // Saved in the design file, and back after New and Open.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
  const saved = readFileSync((await download.path())!, 'utf8');
  const comments = (JSON.parse(saved) as { comments: { on: { kind: string }; author: string }[] }).comments;
  expect(comments).toMatchObject([{ on: { kind: 'row' }, author: 'Nora Network' }]);
  await panel.getByRole('button', { name: 'Show inspector' }).click();
  await expect(page.getByRole('button', { name: 'Comments: 1 open' })).toBeVisible();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Comments: 0 open' })).toBeVisible();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles({ name: 'reviewed.portolan.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect(page.getByRole('button', { name: 'Comments: 1 open' })).toBeVisible();

  // Delete the row's source component: the thread stays, marked orphaned, still open.
  await nodes(page).filter({ hasText: source }).first().click();
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Comments: 1 open' }).click();
  const list = page.getByRole('complementary', { name: 'Comments' }).getByRole('region', { name: 'All comment threads' });
  await expect(list.getByRole('button', { name: /orphaned/ })).toBeVisible();
  await expect(list).toContainText('Which change window opens this port?');
});
