// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../../src/store/session-store';
import { ConnectDialog } from '../../src/ui/dialogs/ConnectDialog';
import { currentDesign, loadDesign, undoSteps } from './stores';

describe('ConnectDialog', () => {
  beforeEach(() => {
    loadDesign({
      components: [
        { id: 'pc', type: 'infra.workstation', label: 'Admin PC' },
        { id: 'apim', type: 'wso2.api-manager', label: 'Gateway', params: { 'port-offset': 1 } },
      ],
    });
    useSessionStore.getState().openDialog({ kind: 'connect', from: 'pc', to: 'apim' });
  });

  it('opens as a modal titled with both ends, focus inside, listing services with resolved ports', () => {
    render(<ConnectDialog />);
    const dialog = screen.getByRole('dialog', { name: 'New flow from Admin PC to Gateway' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    // The NIO/PT transports are 8280 and 8243 at offset 0; this listener runs at offset 1.
    expect(screen.getByRole('radio', { name: /tcp 8281, 8244/ })).toBeTruthy();
  });

  it('adds a flow to a documented service and selects its edge', () => {
    render(<ConnectDialog />);
    fireEvent.click(screen.getByRole('radio', { name: /tcp 8281, 8244/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Add flow' }));
    expect(currentDesign().flows).toEqual([
      { id: expect.any(String), from: 'pc', to: 'apim', service: 'wso2.api-manager#nio-pt-8280-8243' },
    ]);
    expect(useSessionStore.getState().dialog).toBeUndefined();
    expect(useSessionStore.getState().selectedEdge).toBe('pc>apim');
  });

  it('validates a custom port range before adding it', () => {
    render(<ConnectDialog />);
    fireEvent.click(screen.getByRole('radio', { name: 'Custom port' }));
    const port = screen.getByLabelText('Port or range');

    fireEvent.click(screen.getByRole('button', { name: 'Add flow' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Enter a port/);
    fireEvent.input(port, { target: { value: '8010-8000' } });
    expect(screen.getByRole('alert').textContent).toMatch(/from the lower port to the higher/);
    fireEvent.input(port, { target: { value: '8000-70000' } });
    expect(screen.getByRole('alert').textContent).toMatch(/70000 is outside/);
    fireEvent.click(screen.getByRole('button', { name: 'Add flow' }));
    expect(currentDesign().flows).toEqual([]);
    expect(screen.getByRole('dialog')).toBeTruthy();

    fireEvent.input(port, { target: { value: '8000-8010' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(screen.getByLabelText('Protocol'), { target: { value: 'udp' } });
    fireEvent.input(screen.getByLabelText('Purpose (optional)'), { target: { value: 'Batch feed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add flow' }));
    expect(currentDesign().flows).toEqual([
      { id: expect.any(String), from: 'pc', to: 'apim', protocol: 'udp', ports: { from: 8000, to: 8010 }, purpose: 'Batch feed' },
    ]);
    expect(undoSteps()).toBe(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes on Escape and on Cancel without changing the design', () => {
    const { rerender } = render(<ConnectDialog />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    useSessionStore.getState().openDialog({ kind: 'connect', from: 'pc', to: 'apim' });
    rerender(<ConnectDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(currentDesign().flows).toEqual([]);
  });
});
