/**
 * Two people in one shared room: the built editor served by `portolan serve`
 * (in this process, on a port of this checkout's range), two browser contexts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { serve, type RunningServer } from '../../src/server/serve';
import { dragFromPalette, edgeLabels, matrix, nodes, selectNode } from './helpers';

const PORT = 4220;
let server: RunningServer;
let dataDir: string;

// Several browsers and a server on a shared machine: generous limits (these are not timing tests).
test.describe.configure({ mode: 'serial', timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'portolan-e2e-rooms-'));
  server = await serve({ port: PORT, dataDir, distDir: 'dist', log: () => undefined, storeDelay: 100 });
});
test.afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const roomBar = (page: Page) => page.getByRole('region', { name: 'Shared room' });

/** The page's design, saved as a file (the text of the .portolan.json). */
async function savedDesign(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}
const matrixText = (page: Page) => matrix(page).locator('tbody').innerText();

async function share(page: Page): Promise<{ edit: string; read: string }> {
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(roomBar(page).getByRole('status')).toHaveText('Live');
  return {
    edit: await roomBar(page).getByLabel('Edit link').inputValue(),
    read: await roomBar(page).getByLabel('Read-only link').inputValue(),
  };
}

test('two people edit one room at once and end with the same design and matrix', async ({ browser }) => {
  const alice = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const bob = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  for (const page of [alice, bob]) page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  await alice.goto(server.url);
  await dragFromPalette(alice, 'Tarantella server', { x: 0.7, y: 0.4 });
  const links = await share(alice);
  expect(links.edit).toContain('#room=');

  await bob.goto(links.edit);
  await expect(nodes(bob)).toHaveCount(1);
  await expect(roomBar(bob).getByRole('listitem')).toHaveCount(2);

  // At the same time: Alice places a client, Bob switches an option on the server and places a database.
  await Promise.all([
    dragFromPalette(alice, 'Client workstation', { x: 0.2, y: 0.4 }),
    (async () => {
      await selectNode(bob, 'Tarantella server');
      await bob
        .getByRole('complementary', { name: 'Inspector' })
        .getByLabel(/Security Pack/)
        .check();
      await dragFromPalette(bob, 'Microsoft SQL Server', { x: 0.5, y: 0.75 });
    })(),
  ]);
  for (const page of [alice, bob]) {
    await expect(nodes(page)).toHaveCount(3);
    // Both see the option's port: summarised on the edge (`+1`), written out in the matrix.
    await expect(edgeLabels(page).filter({ hasText: '3144' })).toContainText('+1');
    await expect(matrix(page).getByText('5307', { exact: true }).first()).toBeVisible();
  }
  // Bob moves the client; Alice sees it move.
  const before = (await nodes(alice).filter({ hasText: 'Client workstation' }).boundingBox())!;
  const grip = (await nodes(bob).filter({ hasText: 'Client workstation' }).boundingBox())!;
  await bob.mouse.move(grip.x + grip.width / 2, grip.y + 8);
  await bob.mouse.down();
  await bob.mouse.move(grip.x + grip.width / 2 + 40, grip.y + 8 + 150, { steps: 8 });
  await bob.mouse.up();
  await expect
    .poll(async () => (await nodes(alice).filter({ hasText: 'Client workstation' }).boundingBox())!.y - before.y)
    .toBeGreaterThan(100);

  // Presence: Alice sees Bob's selection outline.
  await expect(alice.locator('.presence-selection')).not.toHaveCount(0);
  await alice.screenshot({ path: 'test-results/collab-alice.png' });

  // Undo takes back only one's own change: Alice's one edit in the room was placing the client
  // (the design she shared is where the room starts); Bob's option, database and move stay.
  await alice.getByRole('button', { name: 'Undo' }).click();
  await expect(alice.getByRole('button', { name: 'Undo' })).toBeDisabled();
  for (const page of [alice, bob]) {
    await expect(nodes(page).filter({ hasText: 'Client workstation' })).toHaveCount(0);
    await expect(nodes(page).filter({ hasText: 'Microsoft SQL Server' })).toHaveCount(1);
  }
  await alice.getByRole('button', { name: 'Redo' }).click();
  await expect(nodes(bob).filter({ hasText: 'Client workstation' })).toHaveCount(1);

  const saved = await savedDesign(alice);
  expect(await savedDesign(bob)).toBe(saved);
  await expect(matrix(bob).getByText('5307', { exact: true }).first()).toBeVisible();
  expect(await matrixText(alice)).toBe(await matrixText(bob));
  // A file saved from a room is an ordinary design file: the command line validates it.
  const file = join(dataDir, 'from-room.portolan.json');
  writeFileSync(file, saved);
  expect(execFileSync('node', ['bin/portolan.mjs', 'validate', file], { encoding: 'utf8' })).toMatch(/3 components/);
});

test('a read-only link shows the room but cannot change it; a bad token is refused', async ({ browser }) => {
  const owner = await (await browser.newContext()).newPage();
  await owner.goto(server.url);
  await dragFromPalette(owner, 'Tarantella server', { x: 0.6, y: 0.4 });
  const links = await share(owner);

  const reviewer = await (await browser.newContext()).newPage();
  await reviewer.goto(links.read);
  await expect(roomBar(reviewer).getByRole('status')).toHaveText('Live · read-only');
  await expect(nodes(reviewer)).toHaveCount(1);
  await dragFromPalette(reviewer, 'Client workstation', { x: 0.2, y: 0.4 });
  await expect(reviewer.getByText('This room link is read-only')).toBeVisible();
  await expect(nodes(reviewer)).toHaveCount(1);
  await owner.waitForTimeout(300);
  await expect(nodes(owner)).toHaveCount(1);

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(links.edit.replace(/token=[^&]+/, `token=${'A'.repeat(32)}`));
  await expect(roomBar(stranger).getByRole('status')).toHaveText('Refused');
  await expect(nodes(stranger)).toHaveCount(0);
});

test('edits made offline merge when the connection returns', async ({ browser }) => {
  const context = await browser.newContext();
  const alice = await context.newPage();
  await alice.goto(server.url);
  await dragFromPalette(alice, 'Tarantella server', { x: 0.6, y: 0.4 });
  const links = await share(alice);
  const bob = await (await browser.newContext()).newPage();
  await bob.goto(links.edit);
  await expect(nodes(bob)).toHaveCount(1);

  await context.setOffline(true);
  await expect(roomBar(alice).getByRole('status')).toHaveText('Offline', { timeout: 15_000 });
  await expect(alice.getByText('You are offline')).toBeVisible();
  await dragFromPalette(alice, 'Client workstation', { x: 0.2, y: 0.4 });
  await dragFromPalette(bob, 'Microsoft SQL Server', { x: 0.5, y: 0.75 });
  await context.setOffline(false);
  for (const page of [alice, bob]) await expect(nodes(page)).toHaveCount(3, { timeout: 20_000 });
});
