/**
 * The entry the CLI bundle is built from (`npm run build:cli`). It stays tiny:
 * `--version` answers before anything else loads, and the commands (the
 * model, zod, the catalogue) and exceljs are chunks loaded when needed.
 */
import { version } from '../../package.json';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${version}\n`);
} else {
  const [{ run }, { processIo }] = await Promise.all([import('./main'), import('./io')]);
  process.exitCode = await run(argv, processIo);
}
