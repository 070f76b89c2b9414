/**
 * The room registry: which rooms exist and the hashes of their two tokens
 * (edit and read-only). Tokens are random, shown once to the person who
 * shares, and only their SHA-256 is kept, so the database file alone does not
 * let anyone into a room.
 */
import Database from 'better-sqlite3';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type Access = 'edit' | 'read';
export interface NewRoom {
  room: string;
  editToken: string;
  readToken: string;
}

const hash = (token: string) => createHash('sha256').update(token).digest();
const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

export class RoomRegistry {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS rooms (name TEXT PRIMARY KEY, edit_hash BLOB NOT NULL, read_hash BLOB NOT NULL, created TEXT NOT NULL)',
    );
  }

  create(): NewRoom {
    const room = randomId(12);
    const editToken = randomId(24);
    const readToken = randomId(24);
    this.db
      .prepare('INSERT INTO rooms (name, edit_hash, read_hash, created) VALUES (?, ?, ?, ?)')
      .run(room, hash(editToken), hash(readToken), new Date().toISOString());
    return { room, editToken, readToken };
  }

  /** What the token allows in the room, or undefined (no such room, or a wrong token). */
  access(room: string, token: string): Access | undefined {
    const row = this.db.prepare('SELECT edit_hash, read_hash FROM rooms WHERE name = ?').get(room) as
      { edit_hash: Buffer; read_hash: Buffer } | undefined;
    if (!row) return undefined;
    const given = hash(token);
    if (timingSafeEqual(given, row.edit_hash)) return 'edit';
    if (timingSafeEqual(given, row.read_hash)) return 'read';
    return undefined;
  }

  close(): void {
    this.db.close();
  }
}
