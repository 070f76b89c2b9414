/**
 * `portolan export DESIGN --format svg|png|drawio|mermaid`: the same
 * pictures without a browser, laid out first when the file has no positions
 * (as examples/tachyon-single-server.portolan.json has none).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { parseXml, renderWithRsvg } from './helpers';
import { recordingIo } from '../cli/harness';

const dir = mkdtempSync(join(tmpdir(), 'portolan-picture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = (name: string) => resolve(__dirname, '../../examples', `${name}.portolan.json`);

const io = recordingIo;

describe('the CLI draws pictures', () => {
  it('svg to standard output: well formed, rendered by rsvg-convert, every component named', async () => {
    const cli = io();
    expect(await run(['export', example('tachyon-single-server'), '--format', 'svg'], cli)).toBe(0);
    const root = parseXml(cli.stdout);
    expect(root.name).toBe('svg');
    const file = JSON.parse(readFileSync(example('tachyon-single-server'), 'utf8')) as { components: { label?: string }[] };
    const titles = [...cli.stdout.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    for (const { label } of file.components) if (label) expect(titles).toContain(label.replace(/&/g, '&amp;'));
    expect(renderWithRsvg(cli.stdout).width).toBeGreaterThan(700);
  });

  it('png with -o: the SVG at 2x through resvg', async () => {
    const svgCli = io();
    await run(['export', example('wso2-apim-identity'), '--format', 'svg'], svgCli);
    const width = Number(/<svg[^>]*width="(\d+)"/.exec(svgCli.stdout)![1]);
    const out = join(dir, 'wso2.png');
    expect(await run(['export', example('wso2-apim-identity'), '--format', 'png', '-o', out], io())).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(2 * width);
  });

  it('png without -o is refused: it is binary', async () => {
    const cli = io();
    expect(await run(['export', example('wso2-apim-identity'), '--format', 'png'], cli)).toBe(2);
    expect(cli.stderr).toContain('binary');
  });

  it('drawio and mermaid', async () => {
    const drawio = io();
    expect(await run(['export', example('spotfire-cluster'), '--format', 'drawio'], drawio)).toBe(0);
    expect(parseXml(drawio.stdout).name).toBe('mxfile');
    const mermaid = io();
    expect(await run(['export', example('spotfire-cluster'), '--format', 'mermaid'], mermaid)).toBe(0);
    expect(mermaid.stdout).toMatch(/^flowchart LR\n/);
  });
});
