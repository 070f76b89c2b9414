/** The CLI in-process: `run` with an IO that records what it writes, for tests. */
import { processIo, type CliIo } from '../../src/cli/io';
import { run } from '../../src/cli/main';

/** An IO that keeps standard output and error as text (reading files as the real one does). */
export function recordingIo(): CliIo & { stdout: string; stderr: string } {
  const captured = {
    ...processIo,
    stdout: '',
    stderr: '',
    out: (t: string) => void (captured.stdout += t),
    err: (t: string) => void (captured.stderr += t),
  };
  return captured;
}

/** `portolan ...argv`: its exit code and what it wrote. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = recordingIo();
  const code = await run(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}
