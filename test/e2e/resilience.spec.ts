import { expect, test } from '@playwright/test';
import { dragFromPalette, nodes, openEditor, pickExample, savedComponents } from './helpers';

test('storage full: a visible warning, the work stays and can still be saved as a file', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openEditor(page);
  await dragFromPalette(page, 'Microsoft SQL Server', { x: 0.5, y: 0.5 });
  await expect(page.getByRole('alert').filter({ hasText: 'Browser storage is full' })).toBeVisible();
  await expect(nodes(page)).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('untitled-design.portolan.json');
});

test('storage unavailable (private mode): a warning, and editing still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await openEditor(page);
  await dragFromPalette(page, 'Oracle Database', { x: 0.5, y: 0.5 });
  await expect(page.getByRole('alert').filter({ hasText: 'Browser storage is unavailable' })).toBeVisible();
  await expect(nodes(page)).toHaveCount(1);
});

test('a second tab on the same design is detected and does not silently overwrite', async ({ context }) => {
  const first = await context.newPage();
  await openEditor(first);
  await dragFromPalette(first, 'Microsoft SQL Server', { x: 0.5, y: 0.5 });
  // Written once edits pause. A user's second tab hides the first, which writes at once; two
  // headless pages both stay visible, so without this the second could open before the write.
  await expect.poll(() => savedComponents(first)).toBe(1);
  const second = await context.newPage();
  await openEditor(second);
  await expect(nodes(second)).toHaveCount(1);
  await dragFromPalette(second, 'Oracle Database', { x: 0.3, y: 0.3 });
  // The first tab learns of the second tab's save and stops autosaving until the user chooses.
  await expect(first.getByRole('alert').filter({ hasText: 'changed in another Portolan tab' })).toBeVisible();
  await dragFromPalette(first, 'PostgreSQL', { x: 0.7, y: 0.7 });
  await second.reload();
  await expect(nodes(second)).toHaveCount(2);
  await expect(nodes(second).filter({ hasText: 'PostgreSQL' })).toHaveCount(0);
  await first.getByRole('button', { name: "Load the other tab's version" }).click();
  await expect(nodes(first)).toHaveCount(2);
  await expect(nodes(first).filter({ hasText: 'Oracle Database' })).toHaveCount(1);
});

test('the app makes no request that leaves 127.0.0.1', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') outside.push(request.url());
  });
  await openEditor(page);
  await pickExample(page, 'spotfire-cluster');
  await expect(nodes(page).first()).toBeVisible();
  await page.getByRole('button', { name: /^Export/ }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'PNG picture' }).click()]);
  expect(outside).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
});

test('a design pasted as text opens through the same checks', async ({ page }) => {
  await openEditor(page);
  await dragFromPalette(page, 'Microsoft SQL Server', { x: 0.5, y: 0.5 });
  const paste = (text: string) =>
    page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.querySelector('.react-flow')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, text);
  await paste('{ "schemaVersion": 1, "components": [ { "type": "acme.router" }, { "type": "infra.oracle" } ] }');
  await expect(page.getByRole('alert').filter({ hasText: 'names component types this catalogue lacks: "acme.router"' })).toBeVisible();
  await expect(nodes(page)).toContainText('Microsoft SQL Server');
  await page.getByRole('button', { name: 'Open without the unknown components' }).click();
  await expect(nodes(page)).toHaveCount(1);
  await expect(nodes(page)).toContainText('Oracle Database');
});

test('names with quotes, newlines, emoji and right-to-left text render as typed', async ({ page }) => {
  await openEditor(page);
  await dragFromPalette(page, 'Microsoft SQL Server', { x: 0.5, y: 0.5 });
  await nodes(page).first().click();
  const label = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Label');
  const name = `<b>"DB" ${'x'.repeat(80)} 🔥 שלום</b>`;
  await label.fill(name);
  await label.press('Enter');
  await expect(nodes(page).first().locator('.component-name')).toHaveText(name);
  await expect(page.locator('b')).toHaveCount(0);
});
