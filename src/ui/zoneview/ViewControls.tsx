/** Toolbar controls for looking at a design: the zone view toggle and presentation mode. */
import { useSessionStore } from '../../store/session-store';
import { Menu } from '../toolbar/Menu';

export function ViewControls() {
  const zoneView = useSessionStore((s) => s.zoneView);
  const setZoneView = useSessionStore((s) => s.setZoneView);
  const start = useSessionStore((s) => s.startPresentation);
  return (
    <>
      <button
        type="button"
        className={`toggle${zoneView ? ' on' : ''}`}
        aria-pressed={zoneView}
        onClick={() => setZoneView(!zoneView)}
        title="One box per zone, with the zone-to-zone matrix"
      >
        Zone view
      </button>
      <Menu
        label="Present"
        items={[
          { label: 'Product by product', run: () => start('product') },
          { label: 'Zone pair by zone pair', run: () => start('zone-pair') },
        ]}
      />
    </>
  );
}
