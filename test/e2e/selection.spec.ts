/**
 * Selecting on the canvas as a user does it: the selection is the editor's,
 * not React Flow's (canvas-handlers.ts), so each way in is checked here: a
 * click, Shift+click, Enter on a focused component, a drag, and Delete.
 */
import { expect, test, type Page } from '@playwright/test';
import { dragFromPalette, nodes, openEditor } from './helpers';

const node = (page: Page, text: string) => nodes(page).filter({ hasText: text });
const isSelected = (page: Page, text: string) => node(page, text).locator('.component-node');
const inspectorHeading = (page: Page, name: string) =>
  page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name });

async function dragBy(page: Page, text: string, dx: number, dy: number) {
  const box = (await node(page, text).boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + 30 + dx, box.y + 10 + dy, { steps: 8 });
  await page.mouse.up();
}

const place = async (page: Page) => {
  await dragFromPalette(page, 'Client workstation', { x: 0.2, y: 0.2 });
  await dragFromPalette(page, 'Web browser', { x: 0.2, y: 0.6 });
  await dragFromPalette(page, 'Microsoft SQL Server', { x: 0.7, y: 0.4 });
  await expect(nodes(page)).toHaveCount(3);
};

test.beforeEach(async ({ page }) => {
  await openEditor(page);
  await place(page);
});

test('a click selects one component, Shift+click adds another, and a drag moves both as one undo step', async ({ page }) => {
  await node(page, 'Client workstation').click();
  await expect(isSelected(page, 'Client workstation')).toHaveClass(/selected/);
  await expect(isSelected(page, 'Web browser')).not.toHaveClass(/selected/);
  await expect(inspectorHeading(page, 'Client workstation')).toBeVisible();

  await node(page, 'Web browser').click({ modifiers: ['Shift'] });
  await expect(isSelected(page, 'Client workstation')).toHaveClass(/selected/);
  await expect(isSelected(page, 'Web browser')).toHaveClass(/selected/);

  const before = await Promise.all(['Client workstation', 'Web browser', 'Microsoft SQL Server'].map((t) => node(page, t).boundingBox()));
  await dragBy(page, 'Web browser', 120, 40);
  const after = await Promise.all(['Client workstation', 'Web browser', 'Microsoft SQL Server'].map((t) => node(page, t).boundingBox()));
  // Both selected components moved by the drag; the third stayed.
  for (const i of [0, 1]) {
    expect(after[i]!.x - before[i]!.x).toBeGreaterThan(80);
    expect(Math.round(after[i]!.x - before[i]!.x)).toBe(Math.round(after[1]!.x - before[1]!.x));
  }
  expect(Math.round(after[2]!.x)).toBe(Math.round(before[2]!.x));
  await expect(isSelected(page, 'Client workstation')).toHaveClass(/selected/);

  // One undo step puts both back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Math.round((await node(page, 'Client workstation').boundingBox())!.x)).toBe(Math.round(before[0]!.x));
  await expect.poll(async () => Math.round((await node(page, 'Web browser').boundingBox())!.x)).toBe(Math.round(before[1]!.x));

  // Shift+click on a selected component takes it out; a plain click selects one alone.
  await node(page, 'Client workstation').click({ modifiers: ['Shift'] });
  await expect(isSelected(page, 'Client workstation')).not.toHaveClass(/selected/);
  await expect(isSelected(page, 'Web browser')).toHaveClass(/selected/);
  await node(page, 'Microsoft SQL Server').click();
  await expect(isSelected(page, 'Web browser')).not.toHaveClass(/selected/);
  await expect(isSelected(page, 'Microsoft SQL Server')).toHaveClass(/selected/);
});

test('Enter on a focused component selects it, dragging an unselected one selects it alone, and Delete removes it', async ({ page }) => {
  await node(page, 'Client workstation').click();
  await page.keyboard.press('Escape');
  await expect(isSelected(page, 'Client workstation')).not.toHaveClass(/selected/);

  await node(page, 'Web browser').focus();
  await page.keyboard.press('Enter');
  await expect(isSelected(page, 'Web browser')).toHaveClass(/selected/);
  await expect(inspectorHeading(page, 'Web browser')).toBeVisible();

  const sqlBefore = (await node(page, 'Microsoft SQL Server').boundingBox())!;
  const browserBefore = (await node(page, 'Web browser').boundingBox())!;
  await dragBy(page, 'Microsoft SQL Server', -60, 80);
  await expect(isSelected(page, 'Microsoft SQL Server')).toHaveClass(/selected/);
  await expect(isSelected(page, 'Web browser')).not.toHaveClass(/selected/);
  expect((await node(page, 'Microsoft SQL Server').boundingBox())!.y - sqlBefore.y).toBeGreaterThan(40);
  expect(Math.round((await node(page, 'Web browser').boundingBox())!.y)).toBe(Math.round(browserBefore.y));

  // Delete with the component focused on the canvas removes the selection.
  await node(page, 'Microsoft SQL Server').focus();
  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(2);
  await expect(node(page, 'Microsoft SQL Server')).toHaveCount(0);
});

test('arrow keys move the selected component a step per press, and Shift+arrow four steps', async ({ page }) => {
  const before = (await node(page, 'Web browser').boundingBox())!;
  await node(page, 'Web browser').click();
  await node(page, 'Web browser').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => Math.round((await node(page, 'Web browser').boundingBox())!.x - before.x)).toBe(5);
  await expect.poll(async () => Math.round((await node(page, 'Web browser').boundingBox())!.y - before.y)).toBe(20);
  // Each press is an undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Math.round((await node(page, 'Web browser').boundingBox())!.y - before.y)).toBe(0);
  await expect.poll(async () => Math.round((await node(page, 'Web browser').boundingBox())!.x - before.x)).toBe(5);
});

test('Shift+drag on the empty canvas selects the components wholly inside the box', async ({ page }) => {
  const a = (await node(page, 'Client workstation').boundingBox())!;
  const b = (await node(page, 'Web browser').boundingBox())!;
  const from = { x: Math.min(a.x, b.x) - 20, y: a.y - 20 };
  const to = { x: Math.max(a.x + a.width, b.x + b.width) + 20, y: b.y + b.height + 20 };
  await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await expect(page.getByTestId('box-select')).toBeVisible();
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByTestId('box-select')).toHaveCount(0);
  await expect(isSelected(page, 'Client workstation')).toHaveClass(/selected/);
  await expect(isSelected(page, 'Web browser')).toHaveClass(/selected/);
  await expect(isSelected(page, 'Microsoft SQL Server')).not.toHaveClass(/selected/);
  // The view did not pan while the box was drawn.
  expect(Math.round((await node(page, 'Client workstation').boundingBox())!.x)).toBe(Math.round(a.x));
});
