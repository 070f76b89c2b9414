import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DesignReader, writeDesign } from '../../src/collab/mapping';
import { emptyDesign, addComponent } from '../../src/model/design/edit';
import { serve, type RunningServer } from '../../src/server/serve';
import { connectClient, createRoom, until } from './node-client';

// A fixed loopback port (this checkout's range is 4218-4228), so clients find the server again after a restart.
const dataDir = mkdtempSync(join(tmpdir(), 'portolan-serve-'));
const distDir = join(dataDir, 'dist');
mkdirSync(distDir);
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Portolan</title>');
const log: string[] = [];
let server: RunningServer;
const start = () => serve({ port: 4218, dataDir, distDir, log: (line) => log.push(line), storeDelay: 50 });

const componentIds = (doc: Y.Doc) => ((new DesignReader(doc).read().components ?? []) as { id: string }[]).map((c) => c.id).sort();

beforeAll(async () => {
  server = await start();
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('portolan serve', () => {
  it('serves the built editor and creates rooms', async () => {
    const page = await fetch(`${server.url}/some/deep/link`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Portolan</title>');
    const escape = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).toContain('<title>Portolan</title>');
    const room = await createRoom(server.url);
    expect(room.room).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(room.editToken).not.toBe(room.readToken);
  });

  it('refuses a connection with a bad token and logs it', async () => {
    const { room } = await createRoom(server.url);
    const client = connectClient(server.port, room, 'x'.repeat(32));
    expect(await client.refused).toBe('permission-denied');
    client.destroy();
    expect(log.some((line) => line.includes(`room ${room}`) && line.includes('bad token'))).toBe(true);
  });

  it('tells a page with another design format to reload, before it can write', async () => {
    const { room, editToken } = await createRoom(server.url);
    const client = connectClient(server.port, room, editToken, { schemaVersion: 0 });
    expect(await client.refused).toMatch(/^schema-version/);
    client.destroy();
  });

  it('syncs two editors both ways; a read-only link cannot change the document', async () => {
    const { room, editToken, readToken } = await createRoom(server.url);
    const a = connectClient(server.port, room, editToken);
    const b = connectClient(server.port, room, editToken);
    const reader = connectClient(server.port, room, readToken);
    await Promise.all([a.synced, b.synced, reader.synced]);
    expect(reader.readOnly()).toBe(true);
    a.doc.transact(() => writeDesign(a.doc, addComponent(emptyDesign(), { id: 'cA', type: 'x' }).design as never));
    await until(() => componentIds(b.doc).includes('cA'), 5000, 'b sees A');
    const fromB = new DesignReader(b.doc).read();
    b.doc.transact(() => writeDesign(b.doc, { ...fromB, components: [...(fromB.components as object[]), { id: 'cB', type: 'y' }] }, fromB));
    await until(() => componentIds(a.doc).includes('cB') && componentIds(reader.doc).includes('cB'), 5000, 'a and reader see B');

    const fromReader = new DesignReader(reader.doc).read();
    reader.doc.transact(() => writeDesign(reader.doc, { ...fromReader, components: [] }, fromReader));
    // The server drops the read-only update: a late joiner still sees both components.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const late = connectClient(server.port, room, editToken);
    await late.synced;
    expect(componentIds(late.doc)).toEqual(['cA', 'cB']);
    expect(componentIds(a.doc)).toEqual(['cA', 'cB']);
    for (const c of [a, b, reader, late]) c.destroy();
  });

  it('loses nothing over a restart, and a client that was offline merges its edits on reconnect', async () => {
    const { room, editToken } = await createRoom(server.url);
    const online = connectClient(server.port, room, editToken);
    const offline = connectClient(server.port, room, editToken);
    await Promise.all([online.synced, offline.synced]);
    online.doc.transact(() => writeDesign(online.doc, addComponent(emptyDesign(), { id: 'before', type: 'x' }).design as never));
    await until(() => componentIds(offline.doc).includes('before'), 5000, 'first edit');

    await server.close();
    // While the server is down, both keep editing their own copy.
    const add = (doc: Y.Doc, id: string) => {
      const now = new DesignReader(doc).read();
      doc.transact(() => writeDesign(doc, { ...now, components: [...(now.components as object[]), { id, type: 'x' }] }, now));
    };
    add(offline.doc, 'while-offline');
    add(online.doc, 'other-side');
    server = await start();

    await until(
      () => componentIds(offline.doc).includes('other-side') && componentIds(online.doc).includes('while-offline'),
      15_000,
      'both reconnect and merge',
    );
    online.destroy();
    const fresh = connectClient(server.port, room, editToken);
    await fresh.synced;
    await until(() => componentIds(fresh.doc).length === 3, 5000, 'fresh client sees all');
    expect(componentIds(fresh.doc)).toEqual(['before', 'other-side', 'while-offline']);
    offline.destroy();
    fresh.destroy();

    // And a full restart with nobody connected keeps the merged room.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await server.close();
    server = await start();
    const after = connectClient(server.port, room, editToken);
    await after.synced;
    expect(componentIds(after.doc)).toEqual(['before', 'other-side', 'while-offline']);
    after.destroy();
  });
});
