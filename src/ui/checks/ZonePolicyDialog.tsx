/**
 * The zone policy: a zone-by-zone grid, rows the zone that opens the
 * connection, columns the zone it reaches. Ticked cells are allowed; flows
 * inside a zone always are. Saved in the design, one undo step per change.
 */
import { isAllowed, threeTierPolicy, tierOf, withPair } from '../../model/checks';
import { useChecksView } from '../../store/checks';
import { useDesignStore } from '../../store/design-store';
import { Modal } from '../dialogs/Modal';
import '../dialogs/dialogs.css';

export function ZonePolicyDialog() {
  const design = useDesignStore((s) => s.design);
  const setZonePolicy = useDesignStore((s) => s.setZonePolicy);
  const close = () => useChecksView.getState().setPolicyOpen(false);
  const { zones, zonePolicy } = design;
  return (
    <Modal title="Zone policy" onClose={close} className="zone-policy-dialog">
      <p className="muted">
        Tick which zone may open connections to which (row → column). Every firewall-relevant flow between zones outside the ticked cells is
        a finding.
        {!zonePolicy && ' No policy is set: start from the three-tier policy, or tick cells.'}
      </p>
      {zones.length < 2 ? (
        <p>Add at least two zones to state a policy between them.</p>
      ) : (
        <div className="zone-grid-wrap">
          <table className="zone-grid">
            <thead>
              <tr>
                <th scope="col">from ↓ to →</th>
                {zones.map((z) => (
                  <th key={z.id} scope="col" title={`${z.kind}, tier: ${tierOf(z)}`}>
                    {z.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {zones.map((from) => (
                <tr key={from.id}>
                  <th scope="row" title={`${from.kind}, tier: ${tierOf(from)}`}>
                    {from.name} <span className="muted">({tierOf(from)})</span>
                  </th>
                  {zones.map((to) => (
                    <td key={to.id}>
                      {from.id === to.id ? (
                        <span className="muted" title="Flows inside one zone are always allowed">
                          —
                        </span>
                      ) : (
                        <input
                          type="checkbox"
                          aria-label={`${from.name} → ${to.name}`}
                          checked={zonePolicy ? isAllowed(zonePolicy, from.id, to.id) : false}
                          onChange={(event) => setZonePolicy(withPair(design, from.id, to.id, event.target.checked))}
                        />
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="dialog-buttons zone-policy-buttons">
        <button
          type="button"
          onClick={() => setZonePolicy(threeTierPolicy(zones))}
          title="Internet and partner → DMZ; users → DMZ and application zones; DMZ → internal and Internet; internal → internal, DMZ and data; management → all"
        >
          Start from the three-tier policy
        </button>
        <button type="button" onClick={() => setZonePolicy(undefined)} disabled={!zonePolicy}>
          Remove the policy
        </button>
        <button type="button" onClick={close} data-autofocus>
          Done
        </button>
      </div>
    </Modal>
  );
}
