import { expect, type Page } from '@playwright/test';

/** Drags a palette item onto the canvas at a point given as fractions of the canvas size. */
export async function dragFromPalette(page: Page, name: string, at: { x: number; y: number }): Promise<void> {
  const item = page.getByRole('navigation', { name: 'Component palette' }).getByRole('button', { name, exact: true });
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  await item.dragTo(canvas, { targetPosition: { x: box.width * at.x, y: box.height * at.y } });
}

export const nodes = (page: Page) => page.locator('.react-flow__node-component');
export const edgeLabels = (page: Page) => page.locator('.edge-label');
export const matrix = (page: Page) => page.getByRole('region', { name: 'Flow matrix' });

export async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Component palette' })).toBeVisible();
}

/** Selects a component on the canvas by clicking its node. */
export async function selectNode(page: Page, text: string): Promise<void> {
  await nodes(page).filter({ hasText: text }).first().click();
}
