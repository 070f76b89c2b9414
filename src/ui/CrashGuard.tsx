/**
 * The last line of "never lose work": if drawing the editor throws (a design
 * that restores but breaks a component), the page says so instead of going
 * blank, and offers the autosaved design for download before anything else
 * can overwrite it. Starting empty first sets the autosave aside under its
 * own key, as an unrestorable autosave is.
 */
import { Component, type ReactNode } from 'react';
import { downloadFile } from '../io/files';
import { readAutosave, setAsideAutosave } from '../io/storage';

interface State {
  error?: string;
}

export class CrashGuard extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  private download = () => {
    const saved = readAutosave();
    if (saved) downloadFile('portolan-autosave.portolan.json', saved.text, 'application/json');
  };

  private startEmpty = () => {
    const saved = readAutosave();
    if (saved && !setAsideAutosave(saved.text).ok) return;
    location.reload();
  };

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <div role="alert" className="crash-guard">
        <h1>The editor could not draw this design</h1>
        <p>{this.state.error}</p>
        <p>
          Your design is still saved in this browser. Download it to keep a copy, then start with an empty design: the saved one is set
          aside, never overwritten.
        </p>
        <button type="button" onClick={this.download}>
          Download the autosaved design
        </button>{' '}
        <button type="button" onClick={this.startEmpty}>
          Start with an empty design
        </button>
      </div>
    );
  }
}
