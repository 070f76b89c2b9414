/** The toolbar's Checks button: open findings per severity, updated with every edit; opens the Checks panel. */
import { useChecksView } from '../../store/checks';
import { useDeferredChecks } from '../deferred';
import './checks.css';

export function ChecksButton() {
  // The checks run in idle time after the design is on screen: until then the badges hold their place with a dash.
  const counts = useDeferredChecks()?.counts;
  const open = useChecksView((s) => s.open);
  const setOpen = useChecksView((s) => s.setOpen);
  const summary = counts
    ? `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info`
    : 'running';
  return (
    <button
      type="button"
      className="checks-button"
      aria-pressed={open}
      aria-label={`Checks: ${summary}`}
      title={`Pre-flight checks: ${summary}${counts?.acknowledged ? `, ${counts.acknowledged} acknowledged` : ''}`}
      onClick={() => setOpen(!open)}
    >
      Checks
      <span className={`check-badge error${counts?.error ? '' : ' zero'}`} data-testid="checks-errors">
        {counts ? counts.error : '–'}
      </span>
      <span className={`check-badge warning${counts?.warning ? '' : ' zero'}`} data-testid="checks-warnings">
        {counts ? counts.warning : '–'}
      </span>
      <span className={`check-badge info${counts?.info ? '' : ' zero'}`} data-testid="checks-info">
        {counts ? counts.info : '–'}
      </span>
    </button>
  );
}
