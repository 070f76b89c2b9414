import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asaName,
  asaText,
  awsDescription,
  azureDescription,
  capircaText,
  capircaToken,
  hashComment,
  iptablesComment,
  nftComment,
  plainText,
  powershellString,
  slug,
  terraformString,
  truncateBytes,
  UniqueNames,
  utf8Length,
  yamlString,
} from '../../src/model/export/sanitise';
import { hostile } from './arbitraries';

const NASTY = 'a "b" \'c\' \\d ${e} %{f} */ # g\nh\r\ni\u2028j\u202eevil\u202c 🚀 עברית\u0000\u200b end';

describe('sanitisers', () => {
  it('plainText keeps one visible line: no controls, bidi overrides or line separators', () => {
    const out = plainText(NASTY);
    expect(out).not.toMatch(/[\n\r\u2028\u2029\u202e\u202c\u200b]|\p{Cc}/u);
    expect(out).toContain('🚀');
    expect(out).toContain('עברית');
  });

  it('iptables and nft comments hold no double quote or backslash and fit their byte limits', () => {
    expect(iptablesComment(NASTY)).not.toMatch(/["\\\n]/);
    expect(nftComment(NASTY)).not.toMatch(/["\\\n]/);
    expect(utf8Length(iptablesComment('é'.repeat(500)))).toBeLessThanOrEqual(255);
    expect(utf8Length(nftComment('🚀'.repeat(100)))).toBeLessThanOrEqual(128);
    expect(iptablesComment('')).toBe('-');
  });

  it('truncateBytes never splits a character', () => {
    const out = truncateBytes('🚀'.repeat(10), 11);
    expect(utf8Length(out)).toBeLessThanOrEqual(11);
    expect(out).toBe('🚀🚀...');
  });

  it('ASA names are 1-64 of [A-Za-z0-9_.-] starting with a letter; ASA text is printable ASCII without ?', () => {
    for (const value of [NASTY, '', '123', '-x-', '日本', 'a'.repeat(200)]) {
      expect(asaName(value)).toMatch(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/);
    }
    expect(asaText('why? § 4 — é', 100)).toBe('why sec. 4 _ e');
  });

  it('AWS descriptions use only the characters AWS allows, at most 255', () => {
    const out = awsDescription(`${NASTY} ${'x'.repeat(300)}`);
    expect(out).toMatch(/^[a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]*$/);
    expect(out.length).toBeLessThanOrEqual(255);
  });

  it('Azure descriptions fit 140 characters', () => {
    expect(azureDescription('x'.repeat(500)).length).toBeLessThanOrEqual(140);
  });

  it('Terraform strings escape quotes, backslashes, newlines and both template introducers', () => {
    expect(terraformString('a"b\\c\nd ${x} %{if}')).toBe('"a\\"b\\\\c\\nd $${x} %%{if}"');
    expect(terraformString('$$${x}')).toBe('"$$$${x}"');
  });

  it('PowerShell strings double single quotes, typographic ones included', () => {
    expect(powershellString("it's ‘x’")).toBe("'it''s ''x'''");
    expect(powershellString('$(Remove-Item C:\\)')).toBe("'$(Remove-Item C:\\)'");
  });

  it('YAML strings escape what could end the scalar or the line', () => {
    expect(yamlString('a"b\\c\nd\u2028e\u0085')).toBe('"a\\"b\\\\c\\x0ad\\u2028e\\x85"');
  });

  it('Capirca text and tokens stay inside what its lexer reads as one string or word', () => {
    expect(capircaText(NASTY)).toMatch(/^[A-Za-z0-9 .,:;()/_+=@&'!*[\]{}<>|~%-]+$/);
    expect(capircaToken(NASTY)).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(capircaToken('9 lives')).toBe('N_9_LIVES');
  });

  it('slugs are lower-case letters, digits and dashes', () => {
    expect(slug('Office LAN — Zürich #2')).toBe('office-lan-zurich-2');
  });

  it('UniqueNames keeps names unique ignoring case, within the limit', () => {
    const names = new UniqueNames(8);
    expect(['abcdefghij', 'ABCDEFGH', 'abcdefgh', 'x'].map((n) => names.take(n))).toEqual(['abcdefgh', 'ABCDEF-2', 'abcdef-3', 'x']);
  });

  it('no sanitiser output spans a line, for any input', () => {
    fc.assert(
      fc.property(hostile(), (value) => {
        for (const out of [
          plainText(value),
          hashComment(value),
          iptablesComment(value),
          nftComment(value),
          asaText(value, 100),
          awsDescription(value),
          azureDescription(value),
          capircaText(value),
        ]) {
          expect(out).not.toMatch(/[\n\r\u0085\u2028\u2029]/);
        }
        expect(terraformString(value)).not.toMatch(/[\n\r]|(^|[^$])\$\{|(^|[^%])%\{/);
        expect(yamlString(value).slice(1, -1)).not.toMatch(/(^|[^\\])"|[\n\r]/);
        expect(powershellString(value).slice(1, -1).replace(/''/g, '')).not.toContain("'");
      }),
      { numRuns: 300 },
    );
  });
});
