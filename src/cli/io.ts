/** The CLI's only contact with the outside: files and the two output streams. */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  makeDirectory(path: string): Promise<void>;
  isDirectory(path: string): Promise<boolean>;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readFile: async (path) => {
    try {
      return await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(code === 'ENOENT' ? `${path}: no such file` : code === 'EISDIR' ? `${path} is a folder, not a design file` : `${path}: ${(error as Error).message}`, { cause: error });
    }
  },
  writeFile: (path, data) => writeFile(path, data),
  makeDirectory: async (path) => void (await mkdir(path, { recursive: true })),
  isDirectory: async (path) => (await stat(path).catch(() => undefined))?.isDirectory() ?? false,
};
