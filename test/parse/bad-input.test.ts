/**
 * Bad input: empty, binary, broken UTF-8, UTF-16, HTML, legacy encodings and a 50 MB file
 * each give a clear error or warning, never a crash or a hang. Assertions use error names and codes.
 */
import { parseBytes, parseText } from '../../server/parse';
import { InputError, decodeBytes } from '../../server/parse/decode';
import { seedText } from '../helpers/seeds';

const errorOf = (f: () => unknown): InputError => {
  try { f(); } catch (e) { return e as InputError; }
  throw new Error('expected an error');
};

describe('unreadable input raises InputError', () => {
  test.each([
    ['empty', Buffer.alloc(0), 'empty'],
    ['whitespace only', Buffer.from('   \n\t\n'), 'empty'],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'binary'],
  ])('%s', (_label, buf, code) => {
    const e = errorOf(() => parseBytes(buf, 'x'));
    expect(e.name).toBe('InputError');
    expect(e.code).toBe(code);
  });
});

describe('recoverable input gives warnings', () => {
  test('broken UTF-8 keeps the readable text', () => {
    const good = Buffer.from(seedText('000'), 'utf8');
    const broken = Buffer.concat([good.subarray(0, 400), Buffer.from([0xc3, 0x28, 0xff]), good.subarray(400)]);
    const [d] = parseBytes(broken, 'broken');
    expect(d.number).toBe('53-CV/TU');
    expect(d.warnings.some((w) => /invalid UTF-8/.test(w))).toBe(true);
  });
  test('UTF-16 with a byte-order mark', () => {
    const text = seedText('000');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(parseBytes(le, 'le')[0].number).toBe('53-CV/TU');
    const be = Buffer.from(le);
    be.swap16();
    expect(parseBytes(be, 'be')[0].number).toBe('53-CV/TU');
  });
  test('HTML is reduced to text and keeps offsets', () => {
    const html = `<!DOCTYPE html><html><head><script>alert(1)</script><style>p{}</style></head><body><p>${seedText('000').replace(/\n/g, '</p>\n<p>')}</p></body></html>`;
    const { text, warnings } = decodeBytes(Buffer.from(html, 'utf8'));
    expect(warnings).toContain('HTML markup removed');
    expect(text).toHaveLength(html.length);
    expect(text).not.toMatch(/alert|<p>/);
    const [d] = parseText(text, 'html');
    expect(d.number).toBe('53-CV/TU');
    for (const r of d.references) expect(html.slice(r.start, r.end)).toBe(text.slice(r.start, r.end));
  });
  test.each([
    ['TCVN3', 'Céng hßa x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. Sè: 12/UBND-VX. Hµ Néi, ngµy 2 th¸ng 3 n¨m 2020'],
    ['VNI', 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc. Soá: 12/UBND-VX. Haø Noäi, ngaøy 2 thaùng 3'],
  ])('legacy %s text is detected', (name, text) => {
    const [d] = parseBytes(Buffer.from(text, 'utf8'), name);
    expect(d.warnings.some((w) => w.includes(name))).toBe(true);
  });
  test('a 50 MB file parses without hanging and keeps its documents', () => {
    const one = seedText('004');
    const big = one.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(one)));
    const docs = parseText(big, 'big');
    expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(docs.length).toBeGreaterThan(1000);
    expect(docs.filter((d) => d.number === '172-TB/TW').length).toBe(docs.filter((d) => d.number === '628/UBND-VX').length);
  });
});
