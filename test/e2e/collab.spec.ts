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

// PORTOLAN_SYNC_PORT lets two checkouts run this side by side.
const PORT = Number(process.env.PORTOLAN_SYNC_PORT ?? 4220);
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
const commentsPanel = (page: Page) => page.getByRole('complementary', { name: 'Comments' });
const commentsButton = (page: Page) => page.getByRole('button', { name: /^Comments: \d+ open$/ });

/** Opens the Comments panel on what is selected and starts a thread (giving a name the first time). */
async function comment(page: Page, name: string, text: string): Promise<void> {
  if (!(await commentsPanel(page).isVisible())) await commentsButton(page).click();
  const panel = commentsPanel(page);
  await expect(panel.getByLabel('New comment')).toBeVisible();
  const nameField = panel.getByLabel('Your name (shown with your comments)');
  if (await nameField.isVisible()) await nameField.fill(name);
  await panel.getByLabel('New comment').fill(text);
  await panel.getByRole('button', { name: 'Comment', exact: true }).click();
}

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

  // Comments: Alice starts a thread on the server, Bob sees it (badge, count) and replies; neither is an undo step.
  await selectNode(alice, 'Tarantella server');
  await comment(alice, 'Alice', 'Is Security Pack licensed here?');
  await expect(commentsButton(bob)).toHaveAccessibleName('Comments: 1 open');
  await expect(nodes(bob).filter({ hasText: 'Tarantella server' }).getByTestId('comment-badge')).toHaveText('1');
  await selectNode(bob, 'Tarantella server');
  await comment(bob, 'Bob', 'Yes, since 2024.');
  const bobThread = commentsPanel(bob).getByRole('article').filter({ hasText: 'Is Security Pack licensed here?' });
  await bobThread.getByRole('button', { name: 'Reply' }).click();
  await bobThread.getByLabel('Reply').fill('Licence file attached to the change ticket.');
  await bobThread.getByRole('button', { name: 'Send reply' }).click();
  await expect(commentsPanel(alice).getByText('2 open', { exact: true })).toBeVisible();
  await expect(commentsPanel(alice).getByText('Licence file attached to the change ticket.')).toBeVisible();
  await commentsPanel(bob).getByRole('button', { name: 'Show inspector' }).click();

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
  // Both comments and the reply are in the saved design (undo took none of them back).
  expect((JSON.parse(saved) as { comments: unknown[] }).comments).toHaveLength(3);
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

  // The reviewer comments (through the server) and resolves the thread; the owner sees both.
  await selectNode(reviewer, 'Tarantella server');
  await comment(reviewer, 'Rita Reviewer', 'Port 5307 must be justified before sign-off.');
  await expect(commentsButton(owner)).toHaveAccessibleName('Comments: 1 open');
  await expect(nodes(owner).getByTestId('comment-badge')).toHaveText('1');
  await commentsButton(owner).click();
  await expect(commentsPanel(owner).getByText('Rita Reviewer: Port 5307 must be justified before sign-off.')).toBeVisible();
  await reviewer.setViewportSize({ width: 1440, height: 900 });
  await reviewer.screenshot({ path: 'test-results/comments-reviewer.png' });
  await commentsPanel(reviewer).getByRole('article').getByRole('button', { name: 'Resolve' }).click();
  await expect(commentsPanel(owner).getByText('0 open', { exact: true })).toBeVisible();
  await expect(commentsPanel(reviewer).getByText('resolved by Rita Reviewer')).toBeVisible();
  // Still not an editor: the design cannot be changed from the read-only link.
  await dragFromPalette(reviewer, 'Client workstation', { x: 0.3, y: 0.7 });
  await owner.waitForTimeout(300);
  await expect(nodes(owner)).toHaveCount(1);
  await expect(nodes(reviewer)).toHaveCount(1);

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
