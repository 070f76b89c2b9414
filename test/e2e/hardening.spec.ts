import { expect, test, type Page } from '@playwright/test';
import { dragFromPalette, edgeLabels, matrix, nodes, openEditor, pickExample } from './helpers';

const AUTOSAVE = 'portolan.autosave.v1';

/** Pastes text onto the canvas, as Ctrl+V there does. */
const paste = (page: Page, text: string) =>
  page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.querySelector('.react-flow')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);

/** Puts a value in the autosave before the first load only (an init script runs on every navigation). */
async function seedAutosave(page: Page, value: string) {
  await page.addInitScript(
    ([key, v]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key!, v!);
    },
    [AUTOSAVE, value],
  );
}

/** Console errors and uncaught exceptions, collected for the whole test. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

test('a normal session logs no console error (no CSP report from zod either)', async ({ page }) => {
  test.setTimeout(120_000); // a whole session: placing, an example, layout, export, undo, reload
  const errors = watchConsole(page);
  await openEditor(page);
  await dragFromPalette(page, 'Client workstation', { x: 0.3, y: 0.4 });
  await dragFromPalette(page, 'Tarantella server', { x: 0.7, y: 0.4 });
  await expect(edgeLabels(page).filter({ hasText: '3144' })).toHaveCount(1);
  await pickExample(page, 'spotfire-cluster');
  await expect(nodes(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await page.getByRole('button', { name: /^Export/ }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /^CSV/ }).click()]);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.reload();
  await expect(nodes(page).first()).toBeVisible();
  expect(errors).toEqual([]);
});

for (const [what, stored] of [
  [
    'newer',
    JSON.stringify({ tabId: 'x', savedAt: '2026-01-01T00:00:00Z', design: { schemaVersion: 99, components: [{ type: 'future.thing' }] } }),
  ],
  ['corrupt', '{"tabId":"x","design":{"schemaVersion":1,"compon'],
  [
    'refused',
    JSON.stringify({
      tabId: 'x',
      savedAt: '2026-01-01T00:00:00Z',
      design: { schemaVersion: 1, components: [{ type: 'infra.sql-server', ip: 'not-an-ip' }] },
    }),
  ],
] as const) {
  test(`an autosave that cannot be restored (${what}) is set aside, offered for download, and never overwritten`, async ({ page }) => {
    await seedAutosave(page, stored);
    await openEditor(page);
    const notice = page.getByRole('status').filter({ hasText: 'The autosaved design could not be restored' });
    await expect(notice).toContainText('nothing will overwrite it');
    // Work goes on, and the next edits do not touch the set-aside copy.
    await dragFromPalette(page, 'Microsoft SQL Server', { x: 0.5, y: 0.5 });
    await expect(nodes(page)).toHaveCount(1);
    const aside = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('portolan.autosave.set-aside.'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(aside).toEqual([stored]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download the autosaved design' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^autosave-\d{4}-\d\d-\d\d\.portolan\.json$/);
    // A reload opens the new work and keeps the old copy aside, once.
    await page.reload();
    await expect(nodes(page)).toHaveCount(1);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('portolan.autosave.set-aside.')).length)).toBe(1);
  });
}

test('New can be undone', async ({ page }) => {
  await openEditor(page);
  await dragFromPalette(page, 'Oracle Database', { x: 0.5, y: 0.5 });
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(nodes(page)).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Started a new design' }).getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(nodes(page)).toHaveCount(1);
  await expect(nodes(page)).toContainText('Oracle Database');
});

test('ids that are JavaScript property names are drawn, laid out and saved with their positions', async ({ page }) => {
  const errors = watchConsole(page);
  await openEditor(page);
  const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__defineGetter__'];
  await paste(
    page,
    JSON.stringify({
      schemaVersion: 1,
      zones: [{ id: 'valueOf', name: 'LAN' }],
      components: ids.map((id, i) => ({
        id,
        type: i % 2 ? 'infra.workstation' : 'tarantella.tarantella-host',
        label: `N ${id}`,
        zone: 'valueOf',
      })),
    }),
  );
  await expect(nodes(page)).toHaveCount(5);
  for (const id of ids) await expect(nodes(page).filter({ hasText: `N ${id}` })).toBeVisible();
  await expect(edgeLabels(page).filter({ hasText: '3144' }).first()).toBeVisible();
  await expect(matrix(page)).toContainText('N __proto__');
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await page.reload();
  await expect(nodes(page)).toHaveCount(5);
  const saved = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key)!).design.components.map((c: { position?: unknown }) => c.position),
    AUTOSAVE,
  );
  expect(saved.every((p: { x: number; y: number } | null) => p !== null && Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  expect(errors).toEqual([]);
});

test('a design past the flow limit opens at once with the message, no edges, and stays editable and saveable', async ({ page }) => {
  test.setTimeout(120_000); // 1000 components to draw, on a shared machine
  await openEditor(page);
  const components = [
    ...Array.from({ length: 500 }, () => ({ type: 'tachyon.server' })),
    ...Array.from({ length: 500 }, () => ({ type: 'tachyon.1e-client' })),
  ];
  const started = Date.now();
  await paste(page, JSON.stringify({ schemaVersion: 1, components }));
  await expect(page.getByRole('alert').filter({ hasText: 'would produce up to 1,248,500 flows' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('alert').filter({ hasText: '500 × 1E Client to 500 × ' })).toBeVisible({ timeout: 20_000 });
  expect(Date.now() - started).toBeLessThan(20_000);
  await expect(edgeLabels(page)).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('untitled-design.portolan.json');
});

test('paste shows restore warnings as Open does, and refuses deep nesting and duplicate keys with a message', async ({ page }) => {
  await openEditor(page);
  await paste(
    page,
    JSON.stringify({
      schemaVersion: 1,
      components: [
        { type: 'infra.sql-server', host: 'db1', ip: '10.0.0.1' },
        { type: 'infra.oracle', host: 'DB1', ip: '10.0.0.2' },
      ],
    }),
  );
  await expect(nodes(page)).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'components on host "db1" disagree on their IP address' })).toBeVisible();
  await paste(page, `{"schemaVersion":1,"meta":{"title":"x","description":${'['.repeat(5000)}${']'.repeat(5000)}}}`);
  await expect(page.getByRole('alert').filter({ hasText: 'nests objects or lists more than 64 levels deep' })).toBeVisible();
  await paste(page, '{"schemaVersion":1,"components":[{"type":"infra.sql-server","ip":"10.0.0.9","ip":"0.0.0.0/0"}]}');
  await expect(page.getByRole('alert').filter({ hasText: 'has the key "ip" twice in components[0]' })).toBeVisible();
  await expect(nodes(page)).toHaveCount(2);
});
