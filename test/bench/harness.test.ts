/**
 * The benchmark harness works end to end at 100 components: it builds the
 * app and the bare React Flow page, drives Chromium on Portolan and both
 * bare pages (unculled and culled), and reports every measurement. No timing is asserted here; the targets are for
 * `npm run bench` (README, Performance).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTable, runBench, type FrameStats, type LoadStats } from '../../bench/run';
import { edgePairs, generateDesign } from '../../bench/generate';
import { restoreDesignValue } from '../../src/model/design/restore';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';

const outDir = mkdtempSync(join(tmpdir(), 'portolan-bench-test-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('bench/generate', () => {
  it('makes the same valid estate for the same size, with 1.5 to 3 edges per component', () => {
    const catalogue = bundledCatalogue();
    for (const size of [100, 1000]) {
      const design = generateDesign(size, catalogue);
      expect(design.components).toHaveLength(size);
      expect(JSON.stringify(generateDesign(size, catalogue))).toBe(JSON.stringify(design));
      const restored = restoreDesignValue(JSON.parse(JSON.stringify(design)), catalogue);
      expect(restored.ok && restored.warnings).toEqual([]);
      const perComponent = edgePairs(design, catalogue).length / size;
      expect(perComponent).toBeGreaterThanOrEqual(1.5);
      expect(perComponent).toBeLessThanOrEqual(3);
    }
  });
});

describe('bench/run', () => {
  it('measures load, drags, auto-layout, derivation, exports and bundle size at 100 components', async () => {
    const lines: string[] = [];
    const result = await runBench({
      sizes: [100],
      quick: true,
      outDir,
      resultsPath: null,
      markdownPath: null,
      log: (line) => lines.push(line),
    });

    expect(result.machine.cores).toBeGreaterThan(0);
    expect(result.machine.chromium).toMatch(/^\d+\./);
    expect(result.sizes).toHaveLength(1);
    const [size] = result.sizes;
    expect(size!.size).toBe(100);
    expect(size!.edges).toBeGreaterThan(0);

    const loaded = (load: LoadStats) => {
      expect(load.interactiveMs).toBeGreaterThan(0);
      expect(load.tbtMs).toBeGreaterThanOrEqual(0);
      // A page has long tasks while it loads (its scripts' evaluation at least), and TBT counts only their excess over 50 ms.
      expect(load.longestTaskMs).toBeGreaterThanOrEqual(load.tbtMs > 0 ? 50 : 0);
      expect(load.jsGzipKb).toBeGreaterThan(50);
      expect(load.jsFiles.length).toBeGreaterThan(0);
      expect(load.nodes).toBeGreaterThan(0);
    };
    const dragged = (drag: FrameStats) => {
      expect(drag.moved).toBe(true);
      expect(drag.nodes).toHaveLength(3);
      expect(drag.frames).toBeGreaterThanOrEqual(60);
      expect(drag.p95).toBeGreaterThan(0);
      expect(drag.max).toBeGreaterThanOrEqual(drag.p95);
      expect(drag.mounted).toBeGreaterThan(0);
    };
    const culled = size!.bareCulled!;
    for (const page of [size!.portolan, size!.bare, culled]) {
      loaded(page.load);
      dragged(page.dragFit);
      dragged(page.dragZoom);
      expect(page.dragZoom.zoom).toBeCloseTo(1, 1);
      expect(page.edgesAt100!.derived).toBeGreaterThan(0);
      expect(page.edgesAt100!.drawnInView).toBeGreaterThanOrEqual(page.edgesAt100!.drawn);
    }
    // The bare pages open on Portolan's view and drag the very nodes Portolan dragged.
    expect(size!.bare.dragFit.nodes).toEqual(size!.portolan.dragFit.nodes);
    expect(culled.dragFit.nodes).toEqual(size!.portolan.dragFit.nodes);
    expect(culled.edgesAt100!.derived).toBe(size!.portolan.edgesAt100!.derived);
    // React Flow culls, so fewer nodes are mounted at 100 % than unculled; unculled, it draws every edge in view.
    expect(culled.dragZoom.mounted).toBeLessThan(size!.bare.dragZoom.mounted);
    expect(size!.bare.edgesAt100!.drawn).toBe(size!.bare.edgesAt100!.derived);

    expect(size!.portolan.layout.moved).toBe(true);
    expect(size!.portolan.layout.ms).toBeGreaterThan(0);

    const node = size!.node!;
    expect(node.rows).toBeGreaterThan(0);
    for (const ms of [node.deriveMs, node.matrixMs, node.csvMs, node.xlsxMs, node.iptablesMs, node.svgMs]) expect(ms).toBeGreaterThan(0);

    // The bundled CLI's start-up, beside Node doing nothing.
    expect(result.cli!.versionMs).toBeGreaterThan(0);
    expect(result.cli!.validateMs).toBeGreaterThan(result.cli!.nodeMs);

    const table = formatTable(result);
    expect(table).toContain('| measure | 100 |');
    expect(table).toContain('drag at 100 %, Portolan / bare culled: p95 · max');
    expect(table).toContain('edges at 100 %, drawn of derived in view');
    expect(table).toContain(
      `| longest task while loading, ms (worst load): Portolan / bare / bare culled | ${size!.portolan.load.longestTaskMs} / `,
    );
    // 100 components never open in the overview: its switch is not measured there.
    expect(size!.portolan.overview).toBeUndefined();
    expect(table).toContain(`${size!.portolan.load.jsGzipBytes} / ${size!.bare.load.jsGzipBytes}`);
    expect(table).toContain(`\`portolan --version\` ${result.cli!.versionMs}`);
    expect(lines.join('\n')).toContain(table);
  }, 300_000);
});
