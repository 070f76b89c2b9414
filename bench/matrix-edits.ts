/**
 * What the flow matrix costs after an edit, in Node: a generated estate is
 * renamed one component at a time (30 edits; `--edit option`: a boolean
 * option switched on or off instead, which adds or removes flows and so
 * renumbers the rows after them), each edit derived
 * incrementally as the editor does, and the matrix, its request rows and
 * their service names are built again after each; medians in ms. The editor
 * does this work a moment after each edit has painted (src/ui/deferred.ts),
 * so it is what the next input may wait for.
 *
 *   npx tsx bench/matrix-edits.ts --size 1000 [--edit rename|option]
 */
import { generateDesign } from './generate';
import { bundledCatalogue } from '../src/model/catalogue/bundled';
import { deriveFlows } from '../src/model/derive';
import { rederiveFlows } from '../src/model/derive-incremental';
import * as edit from '../src/model/design/edit';
import { buildMatrix } from '../src/model/matrix';
import { requestRows, withServiceNames } from '../src/model/request/rows';
import { loadServiceNames } from '../src/model/request/services';

const args = process.argv.slice(2);
const size = Number(args.includes('--size') ? args[args.indexOf('--size') + 1] : 1000);
const kind = args.includes('--edit') ? args[args.indexOf('--edit') + 1]! : 'rename';
const EDITS = 30;

const catalogue = bundledCatalogue();
const names = await loadServiceNames();
let design = generateDesign(size, catalogue);
let flows = deriveFlows(design, catalogue);
withServiceNames(requestRows(design, buildMatrix(design, catalogue, flows)), names);

const times = { matrix: [] as number[], request: [] as number[], names: [] as number[] };
const timed = <T>(into: number[], work: () => T): T => {
  const start = performance.now();
  const result = work();
  into.push(performance.now() - start);
  return result;
};
let rows = 0;
// Components with a boolean option, for `--edit option`.
const switchable = design.components.flatMap((c) => {
  const option = catalogue.components.get(c.type)?.options.find((o) => o.type === 'boolean');
  return option ? [{ id: c.id, option: option.id }] : [];
});
if (kind === 'option' && switchable.length === 0) throw new Error('no component with a boolean option');
for (let i = 0; i < EDITS; i++) {
  let next;
  if (kind === 'option') {
    const { id, option } = switchable[(i * 37) % switchable.length]!;
    const instance = design.components.find((c) => c.id === id)!;
    const type = catalogue.components.get(instance.type)!;
    const on = instance.options[option] ?? type.options.find((o) => o.id === option)!.default;
    next = edit.updateComponent(design, id, { options: { ...instance.options, [option]: !on } });
  } else {
    const renamed = design.components[(i * 37) % design.components.length]!;
    next = edit.updateComponent(design, renamed.id, { label: `renamed ${i}` });
  }
  flows = rederiveFlows({ design, catalogue, flows }, next, catalogue);
  design = next;
  const matrix = timed(times.matrix, () => buildMatrix(design, catalogue, flows));
  const request = timed(times.request, () => requestRows(design, matrix));
  timed(times.names, () => withServiceNames(request, names));
  rows = matrix.length;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(1);
console.log(
  `${size} components, ${rows} rows, median of ${EDITS} ${kind === 'option' ? 'option switches' : 'renames'}, ms: matrix ${median(times.matrix)}, request rows ${median(times.request)}, service names ${median(times.names)}`,
);
