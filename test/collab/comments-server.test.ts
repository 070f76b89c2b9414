/**
 * Read-only links comment through the server: a stateless message the server
 * checks and applies to the room itself. Design edits from the same link are
 * still dropped, and anything but a bounded comment action is refused.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readComments } from '../../src/collab/comment-doc';
import { DesignReader, writeDesign } from '../../src/collab/mapping';
import { addComponent, emptyDesign } from '../../src/model/design/edit';
import { serve, type RunningServer } from '../../src/server/serve';
import { connectClient, createRoom, until, type NodeClient } from './node-client';

// This checkout's sync port for tests (PORTOLAN_SYNC_PORT; the e2e collab test uses it too, so run them one after the other).
const PORT = Number(process.env.PORTOLAN_SYNC_PORT ?? 4220);
const dataDir = mkdtempSync(join(tmpdir(), 'portolan-comments-'));
const distDir = join(dataDir, 'dist');
mkdirSync(distDir);
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Portolan</title>');
const log: string[] = [];
let server: RunningServer;

beforeAll(async () => {
  server = await serve({ port: PORT, dataDir, distDir, log: (line) => log.push(line), storeDelay: 50 });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const componentIds = (doc: Y.Doc) => ((new DesignReader(doc).read().components ?? []) as { id: string }[]).map((c) => c.id).sort();
const send = (client: NodeClient, action: unknown) => client.provider.sendStateless(JSON.stringify({ type: 'portolan-comment', action }));
const thread = (id: string, text: string) => ({
  id,
  on: { kind: 'component', id: 'c1', label: 'Web server' },
  author: 'Rita Reviewer',
  at: '2000-01-01T00:00:00.000Z',
  text,
});

async function openRoom() {
  const { room, editToken, readToken } = await createRoom(server.url);
  const editor = connectClient(server.port, room, editToken);
  await editor.synced;
  editor.doc.transact(() => writeDesign(editor.doc, addComponent(emptyDesign(), { id: 'c1', type: 'x' }).design as never));
  const reader = connectClient(server.port, room, readToken);
  await reader.synced;
  await until(() => componentIds(reader.doc).includes('c1'), 5000, 'reader sees the design');
  const refusals: string[] = [];
  reader.provider.on('stateless', ({ payload }: { payload: string }) => refusals.push(payload));
  return { room, editToken, editor, reader, refusals };
}

describe('comments from a read-only link', () => {
  it('are applied by the server, reach everyone, are stored, and carry the server’s time', async () => {
    const { room, editToken, editor, reader } = await openRoom();
    expect(reader.readOnly()).toBe(true);
    const before = Date.now();
    send(reader, { type: 'add', comment: thread('t1', 'Why is 8443 open to the DMZ?') });
    await until(() => readComments(editor.doc).length === 1 && readComments(reader.doc).length === 1, 5000, 'comment arrives');
    const [comment] = readComments(editor.doc);
    expect(comment).toMatchObject({
      id: 't1',
      author: 'Rita Reviewer',
      text: 'Why is 8443 open to the DMZ?',
      on: { kind: 'component', id: 'c1' },
    });
    expect(Date.parse(comment!.at)).toBeGreaterThanOrEqual(before - 1000);

    send(reader, { type: 'add', comment: { id: 't1-r1', replyTo: 't1', author: 'Rita Reviewer', at: comment!.at, text: 'Answered.' } });
    send(reader, { type: 'resolve', thread: 't1', by: 'Rita Reviewer', at: comment!.at });
    await until(() => readComments(editor.doc).find((c) => c.id === 't1')?.resolved !== undefined, 5000, 'resolved');
    expect(readComments(editor.doc).map((c) => c.id)).toEqual(['t1', 't1-r1']);
    send(reader, { type: 'reopen', thread: 't1' });
    await until(() => readComments(editor.doc).find((c) => c.id === 't1')?.resolved === undefined, 5000, 'reopened');

    await new Promise((resolve) => setTimeout(resolve, 300));
    const late = connectClient(server.port, room, editToken);
    await late.synced;
    expect(readComments(late.doc).map((c) => c.id)).toEqual(['t1', 't1-r1']);
    for (const c of [editor, reader, late]) c.destroy();
  });

  it('still cannot change the design, and anything but a bounded comment action is refused and logged', async () => {
    const { editor, reader, refusals } = await openRoom();
    // A design edit from the read-only link: dropped by the server.
    const plain = new DesignReader(reader.doc).read();
    reader.doc.transact(() => writeDesign(reader.doc, { ...plain, components: [] }, plain));
    // Attempts through the comment path: a design field smuggled in, an overlong text, a reply to nothing, not JSON.
    send(reader, { ...thread('t2', 'x'), components: [] });
    send(reader, { type: 'add', comment: { ...thread('t3', 'x'), extra: 'field' } });
    send(reader, { type: 'add', comment: thread('t4', 'x'.repeat(2001)) });
    send(reader, { type: 'add', comment: { id: 'r1', replyTo: 'nothing', author: 'R', at: '2000-01-01T00:00:00Z', text: 'hi' } });
    reader.provider.sendStateless('{"type":"portolan-design","design":{}}');
    reader.provider.sendStateless('not json');
    await until(() => refusals.length === 6, 5000, 'six refusals');
    expect(refusals.every((r) => JSON.parse(r).type === 'portolan-comment-refused')).toBe(true);
    expect(JSON.parse(refusals[3]!).reason).toBe('the thread replied to does not exist');
    expect(log.filter((line) => line.startsWith('refused a comment')).length).toBeGreaterThanOrEqual(6);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(componentIds(editor.doc)).toEqual(['c1']);
    expect(readComments(editor.doc)).toEqual([]);
    for (const c of [editor, reader]) c.destroy();
  });
});

describe('a bad comment in a room', () => {
  it('is left out of the design the editor shows; the rest of the room still shows', async () => {
    const { validRoomDesign } = await import('../../src/collab/binding');
    const doc = new Y.Doc();
    const design = addComponent(emptyDesign(), { id: 'c1', type: 'x' }).design;
    const good = { id: 't1', on: { kind: 'component', id: 'c1' }, author: 'A', at: '2026-01-01T00:00:00Z', text: 'fine' };
    const bad = { id: 't2', on: { kind: 'component', id: 'c1' }, author: 'A', at: 'whenever', text: 'x' };
    doc.transact(() => writeDesign(doc, { ...design, comments: [good, bad] } as never));
    const shown = validRoomDesign(new DesignReader(doc).read());
    expect(shown?.components.map((c) => c.id)).toEqual(['c1']);
    expect(shown?.comments).toEqual([good]);
  });
});
