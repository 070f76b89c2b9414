import { expect, test } from '@playwright/test';
import { dragFromPalette, nodes, openEditor } from './helpers';

test.beforeEach(async ({ page }) => {
  // Several palette drags and a dialog: more than the default 30 s on a busy shared machine.
  test.setTimeout(90_000);
  await openEditor(page);
});

test('the Checks panel lists findings, a link selects the component, and acknowledging one updates the toolbar count', async ({ page }) => {
  const toolbar = page.getByRole('toolbar', { name: 'Design' });
  const errors = toolbar.getByTestId('checks-errors');
  const warnings = toolbar.getByTestId('checks-warnings');
  await expect(errors).toHaveText('0');

  // A Spotfire Server without its database: an error. An AD domain controller nobody uses: a warning.
  await dragFromPalette(page, 'Spotfire Server', { x: 0.3, y: 0.4 });
  await expect(errors).toHaveText('1');
  await dragFromPalette(page, 'Active Directory domain controller', { x: 0.7, y: 0.4 });
  await expect(warnings).toHaveText('2'); // both are idle: nothing connects them
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });

  await toolbar.getByRole('button', { name: /^Checks:/ }).click();
  const panel = page.getByRole('region', { name: 'Checks' });
  await expect(panel.getByRole('region', { name: 'Errors' })).toContainText('Missing dependency');
  const missing = panel.locator('[data-finding^="missing-dependency:"]');
  await expect(missing).toContainText('Fix: Place Oracle Database, Microsoft SQL Server or PostgreSQL');
  const idleDc = panel.locator('[data-finding^="idle-component:"]').filter({ hasText: 'Active Directory domain controller' });
  await expect(idleDc).toContainText('Kerberos authentication or LDAP GSSAPI: on');

  // The link selects the component: the Inspector shows it and its node is selected.
  await missing.getByRole('button', { name: 'Select "Spotfire Server"' }).click();
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: 'Spotfire Server' })).toBeVisible();
  await expect(nodes(page).filter({ hasText: 'Spotfire Server' }).locator('.component-node')).toHaveClass(/selected/);

  // Acknowledge with a reason: silenced (the count drops) but still listed, with the reason.
  await missing.getByRole('button', { name: 'Acknowledge…' }).click();
  await missing.getByRole('textbox').fill('The Spotfire database is provisioned by the DBA team in phase 2.');
  await missing.getByRole('button', { name: 'Save acknowledgement' }).click();
  await expect(errors).toHaveText('0');
  await expect(missing).toContainText('acknowledged');
  await expect(missing).toContainText('Reason: The Spotfire database is provisioned by the DBA team in phase 2.');
  await expect(panel.getByText(/1 acknowledged/)).toBeVisible();
  // The counts leave it out; its group's heading says so, not a bare "Errors (1)" under "0 errors".
  await expect(panel.getByRole('heading', { name: 'Errors (1, all acknowledged)' })).toBeVisible();

  // The findings follow the design: undo withdraws the acknowledgement.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(errors).toHaveText('1');
});

test('a zone policy flags a crossing flow outside it', async ({ page }) => {
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Spotfire/ }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Design' });
  await expect(toolbar.getByTestId('checks-errors')).toHaveText('0');
  await toolbar.getByRole('button', { name: /^Checks:/ }).click();
  await page.getByRole('button', { name: /zone policy/i }).click();
  const dialog = page.getByRole('dialog', { name: 'Zone policy' });
  // The example's three-tier policy lets the application zone reach the data zone; untick it.
  const cell = dialog.getByRole('checkbox', { name: 'Spotfire application tier → Database network' });
  await expect(cell).toBeChecked();
  await cell.uncheck();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(toolbar.getByTestId('checks-errors')).not.toHaveText('0');
  await expect(page.getByRole('region', { name: 'Errors' })).toContainText('Outside the zone policy');
});
