import { expect, test, type Page } from '@playwright/test';
import { dragFromPalette, nodes, openEditor } from './helpers';

const AUTOSAVE = 'portolan.autosave.v1';

/** A page that is never idle: autosave's idle write never comes, so only the flush on leaving can save. */
async function neverIdle(page: Page) {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
    window.cancelIdleCallback = () => {};
  });
}

const savedComponents = (page: Page) =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as { design: { components: unknown[] } }).design.components.length : 0;
  }, AUTOSAVE);

test('an edit is written after the event, not in it, and a reload straight after it keeps it', async ({ page }) => {
  await neverIdle(page);
  await openEditor(page);
  await dragFromPalette(page, 'Tarantella server', { x: 0.5, y: 0.4 });
  await expect(nodes(page)).toHaveCount(1);
  // Still waiting for idle time: nothing was serialised inside the drop.
  expect(await savedComponents(page)).toBe(0);
  await page.reload();
  await expect(nodes(page)).toHaveCount(1);
});

test('closing the tab straight after an edit keeps it', async ({ page, context }) => {
  await neverIdle(page);
  await openEditor(page);
  await dragFromPalette(page, 'Tarantella server', { x: 0.5, y: 0.4 });
  await expect(nodes(page)).toHaveCount(1);
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await openEditor(again);
  await expect(nodes(again)).toHaveCount(1);
});

test('an edit is written in idle time without leaving the page', async ({ page }) => {
  await openEditor(page);
  await dragFromPalette(page, 'Tarantella server', { x: 0.5, y: 0.4 });
  await expect(nodes(page)).toHaveCount(1);
  await expect.poll(() => savedComponents(page)).toBe(1);
});
