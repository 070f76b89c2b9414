/**
 * What the print dialog prints: a title block, the diagram, and the whole
 * flow matrix as a table a security reviewer can read on paper. Hidden on
 * screen; shown only by the print stylesheet while printing.
 */
import { addressOrKnownAs } from '../../model/matrix';
import { useDesignStore } from '../../store/design-store';
import { useDerived } from '../../store/derived';
import { useSessionStore } from '../../store/session-store';

export function PrintView() {
  const picture = useSessionStore((s) => s.printPicture);
  const meta = useDesignStore((s) => s.design.meta);
  const { rows } = useDerived();
  if (!picture) return null;
  return (
    <div className="print-view" data-testid="print-view">
      <header className="print-title">
        <h1>{meta.title}</h1>
        <p>
          {meta.owner && <span>Owner: {meta.owner}</span>}
          {meta.changeTicket && <span>Change: {meta.changeTicket}</span>}
          <span>Date: {new Date().toISOString().slice(0, 10)}</span>
          <span>{rows.filter((r) => r.firewall).length} firewall rules requested</span>
        </p>
      </header>
      <img className="print-diagram" src={picture} alt={`Diagram of ${meta.title}`} />
      <table className="print-matrix">
        <thead>
          <tr>
            <th>ID</th>
            <th>Source</th>
            <th>Destination</th>
            <th>Protocol</th>
            <th>Port</th>
            <th>Purpose</th>
            <th>Vendor reference</th>
            <th>Condition</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.firewall ? undefined : 'internal'}>
              <td>{r.ref}</td>
              <td>
                {r.source.zone && <div>{r.source.zone}</div>}
                <div>{r.source.component}</div>
                <div className="mono">{addressOrKnownAs(r.source)}</div>
              </td>
              <td>
                {r.destination.zone && <div>{r.destination.zone}</div>}
                <div>{r.destination.component}</div>
                <div className="mono">{addressOrKnownAs(r.destination)}</div>
              </td>
              <td>{r.protocol}</td>
              <td className="mono">{r.port}</td>
              <td>
                {r.purpose}
                {r.firewall ? '' : ' (no firewall rule needed)'}
              </td>
              <td>
                {r.product}: {r.reference}
              </td>
              <td>{r.condition}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
