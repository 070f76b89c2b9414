/** The CLI's only contact with the outside: files, standard input and the two output streams. `-` is stdin or stdout. */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** A file's bytes; `-` reads standard input. */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a file; `-` writes standard output. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  makeDirectory(path: string): Promise<void>;
  isDirectory(path: string): Promise<boolean>;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EEXIST: 'a file of that name exists',
};

/** `path: cannot write (permission denied)`: the file and the reason, as a person says them. */
export function fileProblem(path: string, action: 'read' | 'write' | 'create the folder', error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = Object.hasOwn(REASONS, code) ? REASONS[code]! : (error as Error).message;
  if (action === 'read' && code === 'ENOENT') return new Error(`${path}: no such file`, { cause: error });
  if (action === 'read' && code === 'EISDIR') return new Error(`${path} is a folder, not a design file`, { cause: error });
  return new Error(`${path}: cannot ${action} (${reason})`, { cause: error });
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readFile: async (path) => {
    try {
      return path === '-' ? await readStdin() : await readFile(path);
    } catch (error) {
      throw fileProblem(path, 'read', error);
    }
  },
  writeFile: async (path, data) => {
    if (path === '-') return void process.stdout.write(data);
    try {
      await writeFile(path, data);
    } catch (error) {
      throw fileProblem(path, 'write', error);
    }
  },
  makeDirectory: async (path) => {
    try {
      await mkdir(path, { recursive: true });
    } catch (error) {
      throw fileProblem(path, 'create the folder', error);
    }
  },
  isDirectory: async (path) => (await stat(path).catch(() => undefined))?.isDirectory() ?? false,
};
