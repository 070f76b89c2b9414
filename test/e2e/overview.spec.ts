/**
 * The overview of a large estate and the switch between it and detail, at
 * 1440x900: zone arrows and component boxes when zoomed out, and what React
 * Flow draws, unseen or seen, on the way in and out (rehearsal.ts,
 * leave-detail.ts, edge-reveal.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { openEditor } from './helpers';

test.use({ viewport: { width: 1440, height: 900 } });
// A 300-component estate is generated, restored and derived for each test: a few seconds on a shared machine.
test.describe.configure({ timeout: 60_000 });

interface Estate {
  meta: { title: string };
  components: { id: string; label?: string; zone?: string; position: { x: number; y: number } }[];
  zones: { id: string; position: { x: number; y: number } }[];
}

/** A generated estate of 300 components, opened from the autosave and fitted: the overview. */
async function openEstateOverview(page: Page): Promise<{ design: Estate; zoneArrows: number }> {
  const estate = JSON.parse(execFileSync('npx', ['tsx', 'test/e2e/estate.ts', '300'], { encoding: 'utf8', maxBuffer: 1 << 26 })) as {
    design: Estate;
    zoneArrows: number;
  };
  await page.evaluate(
    (d) =>
      window.localStorage.setItem('portolan.autosave.v1', JSON.stringify({ tabId: 'seed', savedAt: new Date().toISOString(), design: d })),
    estate.design,
  );
  await page.reload();
  // The estate is restored and derived before the editor first renders: longer than 5 s on a busy machine.
  await expect(page.locator('.design-title')).toHaveText(estate.design.meta.title, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await expect(page.locator('.canvas.overview')).toBeVisible();
  return estate;
}

/** The overview as it is drawn alone: boxes on a canvas, no component or edge drawn by React Flow. */
async function expectOverviewAlone(page: Page): Promise<void> {
  await expect(page.locator('.react-flow__node-component')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(page.locator('.overview-boxes')).toBeVisible();
}

/** A component in the middle of its zone. */
const middleComponent = (design: Estate) => design.components.find((c) => c.zone && c.position.x > 200 && c.position.y > 100)!;

/** The middle of a component's box on screen, from the design through the view's transform. */
async function boxCentre(page: Page, design: Estate, component: Estate['components'][number]): Promise<{ x: number; y: number }> {
  const zone = design.zones.find((z) => z.id === component.zone)!;
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const transform = await page.locator('.react-flow__viewport').evaluate((v) => (v as HTMLElement).style.transform);
  const [, x, y, zoom] = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(transform)!.map(Number) as number[];
  return {
    x: pane.x + x! + (zone.position.x + component.position.x + 110) * zoom!,
    y: pane.y + y! + (zone.position.y + component.position.y + 20) * zoom!,
  };
}

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

test('a large estate zoomed out shows one arrow per zone pair and direction instead of every component edge', async ({ page }) => {
  const { zoneArrows: expected } = await openEstateOverview(page);
  expect(expected).toBeGreaterThan(5);
  await expect(page.locator('.overview-zone-edge')).toHaveCount(expected);
  // Every arrow is drawn between two zone boxes, and the labels shown never lie on one another.
  const drawn = await page
    .locator('.overview-zone-edge path')
    .evaluateAll((paths) => paths.filter((p) => (p.getAttribute('d') ?? '') !== '').length);
  expect(drawn).toBe(expected);
  const labels = await page
    .locator('.overview-zone-labels text:not([display="none"])')
    .evaluateAll((texts) =>
      texts.map((t) => t.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
    );
  expect(labels.length).toBeGreaterThan(0);
  // Painted after every arrow, so no arrow strikes a label through.
  const labelsOnTop = await page.locator('svg.overview-zone-edges').evaluate((svg) => {
    const paths = [...svg.querySelectorAll('.overview-zone-edge path')];
    return [...svg.querySelectorAll('.overview-zone-labels text')].every((text) =>
      paths.every((path) => path.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
  });
  expect(labelsOnTop).toBe(true);
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i]!, labels[j]!];
      expect(a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).toBe(false);
    }
});

test('in the overview of a large estate, components are boxes: a click selects one, a drag moves it as one undo step', async ({ page }) => {
  const { design } = await openEstateOverview(page);
  // No component is a node element in the overview: each is drawn on the boxes canvas.
  await expect(page.locator('.overview-boxes')).toBeVisible();
  await expect(page.locator('.react-flow__node-component')).toHaveCount(0);

  const target = middleComponent(design);
  const at = await boxCentre(page, design, target);
  await page.mouse.click(at.x, at.y);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Label', { exact: true })).toHaveValue(target.label!);

  // Drag it 60 px right within its zone: one design change, undone by one Undo.
  const saved = () =>
    page.evaluate(
      (id) =>
        (
          JSON.parse(localStorage.getItem('portolan.autosave.v1')!) as { design: { components: { id: string; position: { x: number } }[] } }
        ).design.components.find((c) => c.id === id)!.position.x,
      target.id,
    );
  const before = await saved();
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(at.x + i * 6, at.y);
  await page.mouse.up();
  await expect.poll(saved, { timeout: 5000 }).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(saved, { timeout: 5000 }).toBe(before);
});

test('the overview’s boxes follow the view: a box is drawn where its component is after a pan past the pane and after a pan within it', async ({
  page,
}) => {
  const { design } = await openEstateOverview(page);
  const target = middleComponent(design);
  const centre = () => boxCentre(page, design, target);
  // What the boxes canvas holds around a screen point, 24×12 px (its CSS box, moved by a pan, maps to its pixels).
  const drawnAround = (point: { x: number; y: number }) =>
    page.locator('.overview-boxes').evaluate((canvas, { x, y }) => {
      const c = canvas as HTMLCanvasElement;
      const rect = c.getBoundingClientRect();
      const px = Math.round(((x - rect.left) * c.width) / rect.width) - 12;
      const py = Math.round(((y - rect.top) * c.height) / rect.height) - 6;
      if (px < 0 || py < 0 || px + 24 > c.width || py + 12 > c.height) return [];
      return [...c.getContext('2d')!.getImageData(px, py, 24, 12).data];
    }, point);
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await frames();
  const before = await drawnAround(await centre());
  // The box is drawn there: some of the region is painted.
  expect(before.filter((_, i) => i % 4 === 3 && before[i]! > 0).length).toBeGreaterThan(50);

  // Drag the pane from an empty point, the box towards the middle: first 160 px (the drawing covered the
  // pane alone, so it is drawn again, now reaching past the pane), then 30 px (within what is drawn: the
  // drawing moves without being drawn again). Each time the same picture is drawn where the component now is.
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const emptyPoint = () =>
    page.evaluate((pane) => {
      for (let y = pane.y + 40; y < pane.y + pane.height - 40; y += 8)
        for (let x = pane.x + 40; x < pane.x + pane.width - 40; x += 8)
          if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      return undefined;
    }, pane);
  for (const step of [160, 30]) {
    const start = await centre();
    const dx = Math.sign(pane.x + pane.width / 2 - start.x) * step;
    const dy = Math.sign(pane.y + pane.height / 2 - start.y) * step * 0.5;
    const from = await emptyPoint();
    expect(from).toBeDefined();
    await page.mouse.move(from!.x, from!.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from!.x + (dx * i) / 10, from!.y + (dy * i) / 10);
    await page.mouse.up();
    await frames();
    const moved = await centre();
    expect(Math.abs(moved.x - start.x - dx)).toBeLessThan(2);
    expect(Math.abs(moved.y - start.y - dy)).toBeLessThan(2);
    const after = await drawnAround(moved);
    expect(after).toHaveLength(before.length);
    const difference = after.reduce((sum, value, i) => sum + Math.abs(value - before[i]!), 0) / after.length;
    expect(difference).toBeLessThan(8);
  }
});

/** The view's zoom, from React Flow's viewport transform. */
const viewZoom = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((v) => Number(/scale\(([\d.e-]+)\)/.exec((v as HTMLElement).style.transform)![1]));

/**
 * One wheel from the overview into detail at 100 %, around the middle of the pane, until detail has
 * drawn edges; the zoom it left (fit) and when the wheel was sent (the page's clock).
 */
async function wheelIntoDetail(page: Page): Promise<{ fit: number; wheelAt: number }> {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const fit = await viewZoom(page);
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  const wheelAt = await page.evaluate(() => performance.now());
  await page.mouse.wheel(0, Math.log2(fit) / 0.002);
  await expect.poll(() => viewZoom(page)).toBeGreaterThan(0.9);
  await expect(page.locator('.canvas.overview')).toHaveCount(0);
  await expect.poll(() => page.locator('.react-flow__edge').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  return { fit, wheelAt };
}

interface CanvasState {
  components: number;
  edges: number;
  /** Of the components, edges and labels, those that show (neither hidden nor in an element not displayed). */
  showing: number;
  /** Of the edges and labels, those that show. */
  edgesShowing: number;
  /** When (the page's clock). */
  at: number;
}

/**
 * Records every state of the canvas while it has `mark` (`rehearsal`, `leaving`, `joining`): the components and
 * edges React Flow has mounted, and how many of them show. Set up before the page loads.
 */
async function recordCanvasWhile(page: Page, mark: string): Promise<() => Promise<CanvasState[]>> {
  await page.addInitScript((mark) => {
    const seen: CanvasState[] = [];
    (window as unknown as { canvasStates: typeof seen }).canvasStates = seen;
    new MutationObserver(() => {
      const canvas = document.querySelector(`.canvas.${mark}`);
      if (!canvas) return;
      const components = [...canvas.querySelectorAll('.react-flow__node-component')];
      const edges = [...canvas.querySelectorAll('.react-flow__edge')];
      const labels = [...canvas.querySelectorAll('.edge-label')];
      const shows = (elements: Element[]) => elements.filter((element) => element.checkVisibility({ visibilityProperty: true })).length;
      const edgesShowing = shows([...edges, ...labels]);
      seen.push({
        components: components.length,
        edges: edges.length,
        showing: shows(components) + edgesShowing,
        edgesShowing,
        at: performance.now(),
      });
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  }, mark);
  return () => page.evaluate(() => (window as unknown as { canvasStates: CanvasState[] }).canvasStates);
}

test('the overview rehearses the detail view unseen, and leaves none of it drawn', async ({ page }) => {
  // Every state of the canvas while a rehearsal lasts (rehearsal.ts): what it draws and whether any of it shows.
  const rehearsals = await recordCanvasWhile(page, 'rehearsal');
  await openEstateOverview(page);
  // Components and edges were drawn for it, and not one of them showed.
  await expect.poll(async () => (await rehearsals()).some((r) => r.components > 0 && r.edges > 0), { timeout: 15_000 }).toBe(true);
  expect((await rehearsals()).filter((r) => r.showing > 0)).toEqual([]);
  // Once it is over, the overview is as it was.
  await expect(page.locator('.canvas.rehearsal')).toHaveCount(0);
  await expectOverviewAlone(page);
});

test('zooming out into the overview keeps what detail drew, unseen, for its first frame, then none of it', async ({ page }) => {
  // Every state of the canvas while the detail view is left (leave-detail.ts): what it draws and whether any shows.
  const states = await recordCanvasWhile(page, 'leaving');
  await openEstateOverview(page);
  // Into detail at 100 %, around the middle of the estate, and wait for its edges to be drawn.
  const { fit } = await wheelIntoDetail(page);
  await page.waitForTimeout(600);
  const inDetail = {
    components: await page.locator('.react-flow__node-component').count(),
    edges: await page.locator('.react-flow__edge').count(),
  };
  expect(inDetail.components).toBeGreaterThan(0);

  // Back into the overview in one wheel.
  await page.mouse.wheel(0, -Math.log2(fit / (await viewZoom(page))) / 0.002);
  await expect(page.locator('.canvas.overview')).toBeVisible();
  const leaving = await states();
  // The overview's first frame kept what detail drew (nothing more: its wider view mounts none of the
  // window's other components or edges), and none of it showed.
  expect(leaving.some((state) => state.components > 0 && state.edges > 0)).toBe(true);
  expect(leaving.filter((state) => state.components > inDetail.components || state.edges > inDetail.edges)).toEqual([]);
  expect(leaving.filter((state) => state.showing > 0)).toEqual([]);
  // Then it went.
  await expect(page.locator('.canvas.leaving')).toHaveCount(0);
  await expectOverviewAlone(page);
});

test('zooming into detail draws the edges in view once they have all joined, not a chunk at a time', async ({ page }) => {
  // Every state of the canvas while the edges in view join (edge-reveal.ts): how many are mounted and how many show.
  const states = await recordCanvasWhile(page, 'joining');
  await openEstateOverview(page);
  const { wheelAt } = await wheelIntoDetail(page);
  await expect(page.locator('.canvas.joining')).toHaveCount(0, { timeout: 10_000 });
  const joining = await states();
  // They joined in several chunks, mounted but unseen, the components in view showing meanwhile.
  const chunks = new Set(joining.map((state) => state.edges).filter((count) => count > 0));
  expect(chunks.size).toBeGreaterThan(1);
  expect(joining.some((state) => state.edges > 0 && state.edgesShowing === 0 && state.showing === state.components)).toBe(true);
  // None showed while joining, unless the machine took over half a second for them (then the rest join in sight).
  expect(joining.filter((state) => state.edgesShowing > 0 && state.at - wheelAt < 450)).toEqual([]);
  // Once all have joined, every one shows.
  const edges = page.locator('.react-flow__edge');
  const drawn = await edges.count();
  expect(drawn).toBeGreaterThanOrEqual(Math.max(...chunks));
  expect(await edges.evaluateAll((all) => all.filter((edge) => edge.checkVisibility({ visibilityProperty: true })).length)).toBe(drawn);
});
