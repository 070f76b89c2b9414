/** Text in pictures: any string comes out as well-formed XML text, and widths follow the font's metrics. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedPorts } from '../../src/model/picture/pairs';
import { cleanText, fitText, textWidth, wrapText, xmlText } from '../../src/model/picture/text';
import { hostile } from '../export/arbitraries';
import { parseXml } from './helpers';

describe('xmlText', () => {
  it('any string is well-formed XML, in text and in an attribute, and reads back as its cleaned self', () => {
    fc.assert(
      fc.property(fc.oneof(hostile(12), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const root = parseXml(`<t a="${xmlText(text)}">${xmlText(text)}</t>`);
        expect(root.text).toBe(cleanText(text));
        expect(root.attributes.a).toBe(cleanText(text));
      }),
      { numRuns: 500 },
    );
  });

  it('removes what XML cannot hold, and line breaks', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u0085e\ud800f\uFFFEg\nh')).toBe('abcdefg h');
    expect(cleanText('😀 é')).toBe('😀 é');
  });
});

describe('metrics', () => {
  it('measures DejaVu Sans: wide letters wider than narrow ones, bold wider than regular', () => {
    expect(textWidth('W', { size: 10 })).toBeCloseTo(9.89, 1);
    expect(textWidth('i', { size: 10 })).toBeCloseTo(2.78, 1);
    expect(textWidth('Portolan', { size: 12, bold: true })).toBeGreaterThan(textWidth('Portolan', { size: 12 }));
    expect(textWidth('日本', { size: 10 })).toBe(20);
    expect(textWidth('abc', { size: 10, mono: true })).toBeCloseTo(18.06, 2);
  });

  it('fits and wraps within the width, keeping every character that fits', () => {
    fc.assert(
      fc.property(hostile(10), fc.integer({ min: 30, max: 300 }), (raw, width) => {
        const text = cleanText(raw);
        const font = { size: 12 };
        expect(textWidth(fitText(text, width, font), font)).toBeLessThanOrEqual(Math.max(width, textWidth('…', font)) + 0.001);
        const lines = wrapText(text, width, font, 3);
        expect(lines.length).toBeLessThanOrEqual(3);
        for (const line of lines) expect(textWidth(line, font)).toBeLessThanOrEqual(width + textWidth('W', font));
        if (textWidth(text, font) <= width) expect(fitText(text, width, font)).toBe(text);
      }),
    );
  });
});

describe('port labels', () => {
  it('collapses consecutive ports into ranges with an en dash', () => {
    const ports = [5701, 5702, 5703, 443].map((p) => ({ protocol: 'tcp', from: p, to: p }));
    expect(collapsedPorts([...ports, { protocol: 'udp', from: 53, to: 53 }])).toBe('tcp 443, 5701–5703 · udp 53');
    expect(
      collapsedPorts([
        { protocol: 'tcp', from: 6010, to: 6049 },
        { protocol: 'tcp', from: 6050, to: 6050 },
      ]),
    ).toBe('tcp 6010–6050');
  });
});
