// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { derivedOf } from '../../src/store/derived';
import { useSessionStore } from '../../src/store/session-store';
import { Inspector, preloadSelectionViews } from '../../src/ui/inspector/Inspector';
import { component, currentDesign, loadDesign, undoSteps } from './stores';

const select = (...ids: string[]) => useSessionStore.getState().selectNodes(ids);

// In the editor the selection views load once the design has opened; here, before the first render.
beforeAll(preloadSelectionViews);

describe('Inspector: a component', () => {
  beforeEach(() =>
    loadDesign({
      components: [
        { id: 'pc', type: 'infra.workstation', host: 'ws01' },
        { id: 'tta', type: 'tarantella.tarantella-host', label: 'Gateway', host: 'WS01' },
        { id: 'apim', type: 'wso2.api-manager' },
      ],
    }),
  );

  it('commits a valid IP on blur as one undo step, and keeps an invalid one out of the design with a message', () => {
    select('pc');
    render(<Inspector />);
    const ip = screen.getByLabelText('IP or CIDR');
    fireEvent.input(ip, { target: { value: '10.0.0.' } });
    fireEvent.input(ip, { target: { value: '10.0.0.5' } });
    expect(component('pc').ip).toBeUndefined();
    fireEvent.focusOut(ip);
    expect(component('pc').ip).toBe('10.0.0.5');
    expect(undoSteps()).toBe(1);

    fireEvent.input(ip, { target: { value: '10.0.0.300' } });
    expect(screen.getByRole('alert').textContent).toMatch(/"10\.0\.0\.300" is not an IPv4 or IPv6 address/);
    fireEvent.focusOut(ip);
    fireEvent.keyDown(ip, { key: 'Enter' });
    expect(component('pc').ip).toBe('10.0.0.5');
    expect((ip as HTMLInputElement).value).toBe('10.0.0.300');
    expect(ip.getAttribute('aria-invalid')).toBe('true');

    fireEvent.keyDown(ip, { key: 'Escape' });
    expect((ip as HTMLInputElement).value).toBe('10.0.0.5');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(undoSteps()).toBe(1);
  });

  it('accepts a CIDR with host bits set, with a hint', () => {
    select('pc');
    render(<Inspector />);
    const ip = screen.getByLabelText('IP or CIDR');
    fireEvent.input(ip, { target: { value: '10.1.2.3/24' } });
    fireEvent.keyDown(ip, { key: 'Enter' });
    expect(component('pc').ip).toBe('10.1.2.3/24');
    expect(screen.getByText(/host bits are set: the network is 10\.1\.2\.0\/24/)).toBeTruthy();
  });

  it("hints when an address lies outside its zone's CIDR", () => {
    loadDesign({
      zones: [{ id: 'dmz', name: 'DMZ', cidr: '10.1.0.0/16' }],
      components: [{ id: 'pc', type: 'infra.workstation', zone: 'dmz' }],
    });
    select('pc');
    render(<Inspector />);
    const ip = screen.getByLabelText('IP or CIDR');
    fireEvent.input(ip, { target: { value: '10.2.0.4' } });
    fireEvent.focusOut(ip);
    expect(component('pc').ip).toBe('10.2.0.4');
    expect(screen.getByText('outside zone DMZ (10.1.0.0/16)')).toBeTruthy();
  });

  it('names the components sharing a host, whatever the case', () => {
    select('pc');
    render(<Inspector />);
    expect(screen.getByText('Shares host ws01 with: Gateway')).toBeTruthy();
  });

  it('refuses a port offset that pushes a port past 65535, and commits one that does not', () => {
    select('apim');
    render(<Inspector />);
    const offset = screen.getByLabelText('Port offset');
    fireEvent.input(offset, { target: { value: '60000' } });
    expect(screen.getByRole('alert').textContent).toMatch(/outside 1-65535/);
    expect(component('apim').params).toEqual({});
    expect(undoSteps()).toBe(0);

    fireEvent.input(offset, { target: { value: '1' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(component('apim').params).toEqual({ 'port-offset': 1 });
    expect(undoSteps()).toBe(1);
  });

  it('toggling an option changes the derived flows at once, as one undo step', () => {
    select('tta');
    render(<Inspector />);
    const has5307 = () =>
      derivedOf(currentDesign()).flows.some(
        (f) => f.from === 'pc' && f.to === 'tta' && f.ports.ok && f.ports.ranges.some((r) => r.from === 5307),
      );
    expect(has5307()).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: /Tarantella Security Pack/ }));
    expect(component('tta').options['security-pack']).toBe(true);
    expect(has5307()).toBe(true);
    expect(undoSteps()).toBe(1);
  });

  it('deletes the component and clears the selection', () => {
    select('apim');
    render(<Inspector />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete component' }));
    expect(currentDesign().components.map((c) => c.id)).toEqual(['pc', 'tta']);
    expect(screen.getByRole('heading', { name: 'Design' })).toBeTruthy();
  });
});

describe('Inspector: served by, edges, nothing selected', () => {
  beforeEach(() =>
    loadDesign({
      meta: { title: 'Remote access' },
      components: [
        { id: 'pc', type: 'infra.workstation' },
        { id: 'tta1', type: 'tarantella.tarantella-host', label: 'TTA 1' },
        { id: 'tta2', type: 'tarantella.tarantella-host', label: 'TTA 2' },
      ],
    }),
  );

  it('scopes which servers serve a component; all ticked stores nothing', () => {
    select('pc');
    render(<Inspector />);
    const group = screen.getByRole('group', { name: 'Which Tarantella server serve this component?' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'TTA 2' }));
    expect(component('pc').servedBy).toEqual({ 'tarantella.server': ['tta1'] });
    // The workstation is also a web browser: its Web server flows to TTA 2 are a separate choice.
    const to = (id: string) =>
      derivedOf(currentDesign()).flows.filter((f) => f.from === 'pc' && f.to === id && f.ports.ok && f.ports.ranges[0]!.from === 3144);
    expect(to('tta2')).toEqual([]);
    expect(to('tta1')).toHaveLength(1);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'TTA 2' }));
    expect(component('pc').servedBy).toEqual({});
  });

  it('lists the flows of a selected edge with citations, and switches one off', () => {
    useSessionStore.getState().selectEdge('pc>tta1');
    render(<Inspector />);
    expect(screen.getByRole('heading', { name: 'From Client workstation to TTA 1' })).toBeTruthy();
    const include = screen.getByRole('checkbox', { name: 'Include tcp 3144' });
    // References name the vendor's document as people know it, never the seed file.
    expect(screen.getAllByText(/^Tarantella, Inc\., "What ports does Tarantella use\?", § /).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(/\d{3}_[0-9a-f]{16}\.txt/)).toEqual([]);
    fireEvent.click(include);
    const key = currentDesign().excluded.find((k) => k.endsWith(':pc>tta1'));
    expect(key).toBeDefined();
    expect(derivedOf(currentDesign()).rows.some((r) => r.flowKey === key)).toBe(false);
  });

  it('edits the design title and shows the counts when nothing is selected', () => {
    render(<Inspector />);
    const title = screen.getByLabelText('Title');
    fireEvent.input(title, { target: { value: 'Remote access v2' } });
    fireEvent.keyDown(title, { key: 'Enter' });
    expect(currentDesign().meta.title).toBe('Remote access v2');
    const rows = derivedOf(currentDesign()).rows.length;
    expect(screen.getByText('Matrix rows').nextElementSibling?.textContent).toBe(String(rows));
  });

  it('offers one Delete for several selected components', () => {
    select('tta1', 'tta2');
    render(<Inspector />);
    expect(screen.getByRole('heading', { name: '2 components selected' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(currentDesign().components.map((c) => c.id)).toEqual(['pc']);
  });
});

describe('Inspector: following the selection', () => {
  beforeEach(() =>
    loadDesign({
      components: [
        { id: 'pc', type: 'infra.workstation', label: 'Desk PC' },
        { id: 'tta', type: 'tarantella.tarantella-host', label: 'Gateway' },
      ],
    }),
  );
  const heading = (name: string) => screen.queryByRole('heading', { name, level: 3 });

  it('shows a selection after the frame the click draws, and at once the selection it opens with', async () => {
    select('pc');
    render(<Inspector />);
    // Opened after the selection: it shows it from its first render.
    expect(heading('Desk PC')).not.toBeNull();
    act(() => select('tta'));
    // The click's own frame draws the canvas's ring alone: the inspector still shows the last selection.
    expect(heading('Desk PC')).not.toBeNull();
    expect(heading('Gateway')).toBeNull();
    await waitFor(() => expect(heading('Gateway')).not.toBeNull());
    expect(heading('Desk PC')).toBeNull();
    // Two selections within one frame: the inspector skips to the last.
    act(() => {
      select('pc');
      select('tta');
      select('pc');
    });
    await waitFor(() => expect(heading('Desk PC')).not.toBeNull());
  });
});

describe('Inspector: a long served-by list', () => {
  const servers = Array.from({ length: 14 }, (_, i) => ({ id: `tta${i + 1}`, type: 'tarantella.tarantella-host', label: `TTA ${i + 1}` }));
  beforeEach(() => loadDesign({ components: [{ id: 'pc', type: 'infra.workstation' }, ...servers] }));

  it('stays folded to what is chosen until opened, then scopes as a short list does', () => {
    select('pc');
    render(<Inspector />);
    const group = screen.getByRole('group', { name: 'Which Tarantella server serve this component?' });
    expect(within(group).getByText('All 14 (the default)')).toBeTruthy();
    expect(within(group).queryAllByRole('checkbox')).toEqual([]);
    fireEvent.click(within(group).getByRole('button', { name: 'Choose…' }));
    expect(within(group).getAllByRole('checkbox')).toHaveLength(14);
    fireEvent.input(within(group).getByRole('searchbox', { name: 'Filter the Tarantella server list' }), { target: { value: 'TTA 1' } });
    // TTA 1 and TTA 10 to 14.
    expect(within(group).getAllByRole('checkbox')).toHaveLength(6);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'TTA 12' }));
    expect(component('pc').servedBy['tarantella.server']).toHaveLength(13);
    expect(component('pc').servedBy['tarantella.server']).not.toContain('tta12');
    expect(within(group).getByText('13 of 14 chosen')).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'All' }));
    expect(component('pc').servedBy).toEqual({});
  });
});
