// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { derivedOf } from '../../src/store/derived';
import { useSessionStore } from '../../src/store/session-store';
import { MatrixPanel } from '../../src/ui/matrix/MatrixPanel';
import { currentDesign, loadDesign } from './stores';

/** The panel, once it has drawn its rows: its first render waits for a painted frame. */
async function renderPanel() {
  render(<MatrixPanel />);
  await waitFor(() => expect(screen.queryByText('Building the flow matrix…')).toBeNull());
}

/** Body rows as rendered (the windowed slice, without spacers). */
const bodyRows = () =>
  screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1' && row.getAttribute('aria-hidden') !== 'true');
const cell = (row: HTMLElement, column: string) => row.querySelector(`.cell-${column}`)!.textContent;
const header = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) }).closest('th')!;

describe('MatrixPanel', () => {
  beforeEach(() =>
    loadDesign({
      zones: [
        { id: 'lan', name: 'LAN' },
        { id: 'dmz', name: 'DMZ', kind: 'dmz' },
      ],
      components: [
        { id: 'pc', type: 'infra.workstation', zone: 'lan', ip: '10.0.0.5' },
        { id: 'tta', type: 'tarantella.tarantella-host', zone: 'dmz', options: { 'security-pack': true } },
        { id: 'app', type: 'tarantella.application-host', zone: 'dmz' },
      ],
    }),
  );

  it('shows every row with the counts, after the frame that draws the rest of the editor', async () => {
    render(<MatrixPanel />);
    expect(screen.getByText('Building the flow matrix…')).toBeTruthy();
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    const { rows } = derivedOf(currentDesign());
    expect(bodyRows()).toHaveLength(rows.length);
    expect(screen.getByText(new RegExp(`· ${rows.length} rows · ${rows.filter((r) => r.firewall).length} firewall-relevant`))).toBeTruthy();
    expect(bodyRows().map((r) => cell(r, 'source'))).toContain('LAN / Client workstation / 10.0.0.5');
  });

  it('narrows the rows with the text, port and zone-pair filters', async () => {
    await renderPanel();
    const all = bodyRows().length;
    fireEvent.input(screen.getByLabelText('Search rows'), { target: { value: '5307' } });
    expect(bodyRows()).toHaveLength(1);
    expect(cell(bodyRows()[0]!, 'port')).toBe('5307');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(bodyRows()).toHaveLength(all);

    fireEvent.input(screen.getByLabelText('Port'), { target: { value: '443' } });
    expect(bodyRows().map((r) => cell(r, 'port'))).toEqual(['443']);
    fireEvent.input(screen.getByLabelText('Port'), { target: { value: '' } });

    const zones = screen.getByLabelText('Zones');
    const lanToDmz = within(zones).getByRole('option', { name: 'LAN → DMZ' }) as HTMLOptionElement;
    fireEvent.change(zones, { target: { value: lanToDmz.value } });
    expect(bodyRows().length).toBeGreaterThan(0);
    expect(bodyRows().every((r) => cell(r, 'source')!.startsWith('LAN') && cell(r, 'destination')!.startsWith('DMZ'))).toBe(true);
    expect(bodyRows().length).toBeLessThan(all);
  });

  it('sorts by a column header, and a second click flips the order', async () => {
    await renderPanel();
    expect(header('ID').getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /^Port/ }));
    expect(header('Port').getAttribute('aria-sort')).toBe('ascending');
    expect(header('ID').getAttribute('aria-sort')).toBeNull();
    const ascending = bodyRows().map((r) => Number(cell(r, 'port')));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    fireEvent.click(screen.getByRole('button', { name: /^Port/ }));
    expect(header('Port').getAttribute('aria-sort')).toBe('descending');
    expect(bodyRows().map((r) => Number(cell(r, 'port')))).toEqual([...ascending].reverse());
  });

  it('selects the edge of a clicked row (or Enter on a focused one) and highlights all its rows', async () => {
    await renderPanel();
    const row = bodyRows().find((r) => cell(r, 'port') === '3144')!;
    fireEvent.click(row);
    expect(useSessionStore.getState().selectedEdge).toBe('pc>tta');
    const highlighted = () => bodyRows().filter((r) => r.getAttribute('aria-current') === 'true');
    const pairRows = derivedOf(currentDesign()).rows.filter((r) => r.source.componentId === 'pc' && r.destination.componentId === 'tta');
    expect(pairRows.length).toBeGreaterThan(0);
    await waitFor(() => expect(highlighted().length).toBe(pairRows.length));

    const other = bodyRows().find((r) => cell(r, 'source')!.includes('Application'))!;
    fireEvent.keyDown(other, { key: 'Enter' });
    expect(useSessionStore.getState().selectedEdge).toBe('app>tta');
  });
});

describe('MatrixPanel with thousands of rows', () => {
  it('renders only a window of them', async () => {
    const components: Record<string, unknown>[] = [{ id: 'tta', type: 'tarantella.tarantella-host', options: { 'security-pack': true } }];
    for (let i = 0; i < 1300; i++) components.push({ id: `pc${i}`, type: 'infra.workstation', label: `ws-${i}` });
    loadDesign({ components });
    const total = derivedOf(currentDesign()).rows.length;
    expect(total).toBeGreaterThanOrEqual(5000);
    await renderPanel();
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe(String(total + 1));
    expect(bodyRows().length).toBeLessThan(100);
    fireEvent.input(screen.getByLabelText('Search rows'), { target: { value: 'ws-1299' } });
    expect(bodyRows().length).toBe(4);
  });
});
