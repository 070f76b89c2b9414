/**
 * Native packages (resvg for PNG; Hocuspocus with SQLite for `serve`) cannot
 * be bundled into the CLI, and most users never need them, so the package
 * declares them as optional peer dependencies. A command that needs one that
 * is missing says which and how to add it, instead of a module-not-found trace.
 */
export class MissingOptional extends Error {}

export async function loadOptional<T>(load: () => Promise<T>, packages: string, purpose: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new MissingOptional(`${purpose} needs ${packages}, which is not installed: run "npm install ${packages}" beside Portolan.`);
  }
}
