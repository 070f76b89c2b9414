import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { buildMatrix } from '../../src/model/matrix';
import { requestRows } from '../../src/model/request/rows';
import { COLUMNS, sortRows } from '../../src/ui/matrix/rows';

const catalogue = bundledCatalogue();
const design = generateDesign(40, catalogue, { seed: 3 });
const rows = requestRows(design, buildMatrix(design, catalogue));

describe('sortRows', () => {
  it('orders rows by the column, ties by ID, whatever order they come in (sorted already or not)', () => {
    expect(rows.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(
        fc.constantFrom(...COLUMNS.map((c) => c.id)),
        fc.boolean(),
        fc.array(fc.nat(), { minLength: rows.length, maxLength: rows.length }),
        (column, descending, weights) => {
          const shuffled = rows
            .map((row, i) => ({ row, w: weights[i]! }))
            .sort((a, b) => a.w - b.w)
            .map((x) => x.row);
          const sort = { column, descending };
          const sorted = sortRows(shuffled, sort);
          // Sorting again starts from sorted rows: the same order comes back, as a new list.
          const again = sortRows(sorted, sort);
          expect(again).toEqual(sorted);
          expect(again).not.toBe(sorted);
          const spec = COLUMNS.find((c) => c.id === column)!;
          for (let i = 1; i < sorted.length; i++) {
            const [a, b] = [sorted[i - 1]!, sorted[i]!];
            const key = (r: typeof a) => (spec.number ? spec.number(r) : spec.text(r));
            const byKey = spec.number
              ? (key(a) as number) - (key(b) as number)
              : new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare(key(a) as string, key(b) as string);
            expect(byKey * (descending ? -1 : 1)).toBeLessThanOrEqual(0);
          }
          expect(new Set(sorted)).toEqual(new Set(rows));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('keeps the matrix order for the default sort (the matrix comes numbered in ID order)', () => {
    const sorted = sortRows(rows, { column: 'ref', descending: false });
    expect(sorted.map((r) => r.ref)).toEqual(rows.map((r) => r.ref));
    expect(sortRows(rows, { column: 'ref', descending: true }).map((r) => r.ref)).toEqual(rows.map((r) => r.ref).reverse());
  });

  it('puts references of other widths or shapes in numeric order too (the plain-order shortcut does not apply to them)', () => {
    const named = (refs: string[]) => refs.map((ref, i) => ({ ...rows[i]!, ref }));
    const refsOf = (sorted: { ref: string }[]) => sorted.map((r) => r.ref);
    const sort = { column: 'ref', descending: false };
    expect(refsOf(sortRows(named(['R9', 'R10', 'R100']), sort))).toEqual(['R9', 'R10', 'R100']);
    expect(refsOf(sortRows(named(['R100', 'R10', 'R9']), sort))).toEqual(['R9', 'R10', 'R100']);
    expect(refsOf(sortRows(named(['R10', 'R09', 'R11']), sort))).toEqual(['R09', 'R10', 'R11']);
    expect(refsOf(sortRows(named(['X-10', 'X-2', 'R03']), sort))).toEqual(['R03', 'X-2', 'X-10']);
  });
});
