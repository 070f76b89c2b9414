/**
 * Load test for shared rooms (`npm run bench:collab`, not a timed test):
 * `portolan serve` on loopback and N Node clients (@hocuspocus/provider) in
 * one room making random edits for a fixed time, then stopping by themselves.
 * Checks that every client ends with the same document and that no edit was
 * lost; reports updates per second and the 95th-percentile time for an edit
 * to reach the other clients.
 *
 *   npm run bench:collab -- [--clients 20] [--seconds 60] [--port 4219]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { DesignReader, writeDesign } from '../src/collab/mapping';
import { emptyDesign } from '../src/model/design/edit';
import { serve } from '../src/server/serve';
import { connectClient, createRoom, until, type NodeClient } from '../test/collab/node-client';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '60' },
    port: { type: 'string', default: '4219' },
  },
});
const CLIENTS = Math.min(50, Math.max(2, Number(values.clients)));
const SECONDS = Math.min(600, Math.max(1, Number(values.seconds)));
const TYPES = ['tarantella.server', 'client-workstation', 'sql-server', 'postgresql-database'];

type Plain = Record<string, unknown>;
interface Component {
  id: string;
  type: string;
  label?: string;
  position?: { x: number; y: number };
  options: Record<string, unknown>;
  params: object;
  servedBy: object;
}

const dataDir = mkdtempSync(join(tmpdir(), 'portolan-bench-collab-'));
const distDir = join(dataDir, 'dist');
rmSync(distDir, { recursive: true, force: true });
await import('node:fs').then((fs) => fs.mkdirSync(distDir));
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>bench</title>');
const server = await serve({ port: Number(values.port), dataDir, distDir, log: () => undefined, storeDelay: 500 });
const { room, editToken } = await createRoom(server.url);

// Seed the room as the sharer would.
const seeder = connectClient(server.port, room, editToken);
await seeder.synced;
seeder.doc.transact(() => writeDesign(seeder.doc, emptyDesign('bench') as unknown as Plain));

const clients: NodeClient[] = [];
for (let i = 0; i < CLIENTS; i += 1) clients.push(connectClient(server.port, room, editToken));
await Promise.all(clients.map((c) => c.synced));
await until(() => clients.every((c) => new DesignReader(c.doc).read().meta !== undefined), 20_000, 'seeded room on every client');
seeder.destroy();

/**
 * Every edit stamps the edited component's label with `edit-id@sent-ms`; each
 * client notes the first time it sees a stamp, which gives the propagation time.
 */
const sent = new Map<string, number>();
const expectedIds = new Set<string>();
const finalLabel = new Map<string, string>();
const latencies: number[] = [];
const readers = clients.map((client) => {
  const reader = new DesignReader(client.doc);
  client.doc.on('afterTransaction', (t: Y.Transaction) => reader.invalidate(t.changed.keys()));
  return reader;
});
clients.forEach((client, index) => {
  const note = (stamp: unknown, now: number) => {
    const at = typeof stamp === 'string' ? sent.get(stamp) : undefined;
    if (at !== undefined && !(stamp as string).startsWith(`${index}:`)) latencies.push(now - at);
  };
  // Only the items an update touched: a new component, or a changed label.
  client.doc.getMap<Y.Map<unknown>>('items:components').observeDeep((events, transaction) => {
    if (transaction.origin === 'bench-local') return;
    const now = Date.now();
    for (const event of events) {
      if (event.target === event.currentTarget) {
        for (const [key, change] of event.changes.keys)
          if (change.action === 'add') note((event.target as Y.Map<Y.Map<unknown>>).get(key)?.get('label'), now);
      } else if (event.changes.keys.has('label')) note((event.target as Y.Map<unknown>).get('label'), now);
    }
  });
});

function randomEdit(client: NodeClient, index: number, n: number) {
  const before = readers[index]!.read();
  const components = (before.components ?? []) as Component[];
  const own = components.filter((c) => c.id.startsWith(`b${index}-`));
  const stamp = `${index}:${n}@${Date.now()}`;
  let next: Component[];
  const choice = Math.random();
  if (own.length === 0 || choice < 0.25) {
    const id = `b${index}-${n}`;
    expectedIds.add(id);
    next = [
      ...components,
      {
        id,
        type: TYPES[n % TYPES.length]!,
        label: stamp,
        position: { x: Math.random() * 2000, y: Math.random() * 1200 },
        options: {},
        params: {},
        servedBy: {},
      },
    ];
    finalLabel.set(id, stamp);
  } else {
    // Move or re-option one of its own components (others edit theirs at the same time).
    const target = own[Math.floor(Math.random() * own.length)]!;
    const patch =
      choice < 0.7
        ? { position: { x: Math.random() * 2000, y: Math.random() * 1200 } }
        : { options: { 'security-pack': Math.random() < 0.5 } };
    next = components.map((c) => (c === target ? { ...c, ...patch, label: stamp } : c));
    finalLabel.set(target.id, stamp);
  }
  sent.set(stamp, Date.now());
  client.doc.transact(() => writeDesign(client.doc, { ...before, components: next }, before), 'bench-local');
}

const started = Date.now();
const deadline = started + SECONDS * 1000;
let edits = 0;
await Promise.all(
  clients.map(async (client, index) => {
    let n = 0;
    while (Date.now() < deadline) {
      randomEdit(client, index, n);
      n += 1;
      edits += 1;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }),
);
const editSeconds = (Date.now() - started) / 1000;

// Every client must converge: same state, same design, every component present with its last edit.
const snapshot = (doc: Y.Doc) => JSON.stringify(new DesignReader(doc).read());
await until(() => clients.every((c) => !c.provider.hasUnsyncedChanges), 60_000, 'all edits acknowledged by the server');
await until(() => new Set(clients.map((c) => snapshot(c.doc))).size === 1, 60_000, 'all clients to converge');
const design = new DesignReader(clients[0]!.doc).read();
const byId = new Map(((design.components ?? []) as Component[]).map((c) => [c.id, c]));
const missing = [...expectedIds].filter((id) => !byId.has(id));
const stale = [...finalLabel].filter(([id, label]) => byId.get(id)?.label !== label);

latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
const result = {
  clients: CLIENTS,
  seconds: Number(editSeconds.toFixed(1)),
  edits,
  editsPerSecond: Number((edits / editSeconds).toFixed(1)),
  /** Edits arriving at another client, per second (each edit reaches clients - 1 others). */
  deliveriesPerSecond: Number((latencies.length / editSeconds).toFixed(0)),
  loadAverage: Number(loadavg()[0]!.toFixed(1)),
  propagationMs: { p50: pct(50), p95: pct(95), max: latencies.at(-1) ?? NaN, samples: latencies.length },
  components: byId.size,
  converged: true,
  lostEdits: missing.length + stale.length,
};
console.log(JSON.stringify(result, null, 2));

for (const c of clients) c.destroy();
await server.close();
rmSync(dataDir, { recursive: true, force: true });
process.exitCode = missing.length + stale.length === 0 ? 0 : 1;
