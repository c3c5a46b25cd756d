/**
 * Reading input files: .docx through mammoth, PDFs with a text layer through pdfjs-dist, a PDF
 * without one reported as scanned, UTF-16 text. The .docx and PDFs are built in the test from
 * text written for it (a short provincial letter), so no binary fixture is committed.
 */
import JSZip from 'jszip';
import { extractText } from '../../server/io/read';
import { parseText } from '../../server/parse';

const LETTER = [
  'ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA', 'Số: 45/UBND-VX', 'Sơn La, ngày 10 tháng 4 năm 2020',
  'V/v triển khai Chỉ thị số 16/CT-TTg',
  'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các sở triển khai ngay.',
];

async function docx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A one-page PDF; `lines` are drawn as text (ASCII, Helvetica), or nothing when empty. */
function pdf(lines: string[]): Buffer {
  const content = lines.length
    ? `BT /F1 11 Tf 50 780 Td 14 TL ${lines.map((l) => `(${l.replace(/[()\\]/g, '\\$&')}) Tj T*`).join(' ')} ET`
    : '0.5 g 50 50 200 200 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

test('a .docx is read through mammoth', async () => {
  const { text } = await extractText(await docx(LETTER), 'letter.docx');
  const [d] = parseText(text, 'letter.docx');
  expect(d.number).toBe('45/UBND-VX');
  expect(d.issuer?.name).toBe('Ủy ban nhân dân tỉnh Sơn La');
  expect(d.references.map((r) => [r.number, r.relation])).toContainEqual(['16/CT-TTg', 'implements']);
});

test('a PDF with a text layer is read through pdfjs-dist', async () => {
  const ascii = ['UY BAN NHAN DAN', 'TINH SON LA', 'So: 45/UBND-VX', 'Son La, ngay 10 thang 4 nam 2020',
    'Thuc hien Chi thi so 16/CT-TTg ngay 31/3/2020 cua Thu tuong Chinh phu, cac so trien khai ngay.'];
  const { text } = await extractText(pdf(ascii), 'letter.pdf');
  expect(text).toContain('So: 45/UBND-VX');
  const [d] = parseText(text, 'letter.pdf');
  expect(d.number).toBe('45/UBND-VX');
  expect(d.issuedOn).toBe('2020-04-10');
  expect(d.references.map((r) => r.number)).toContain('16/CT-TTg');
});

test('a PDF without a text layer is reported as scanned', async () => {
  await expect(extractText(pdf([]), 'scan.pdf')).rejects.toMatchObject({ name: 'InputError', code: 'scanned_pdf' });
});

test('a broken .docx and a broken PDF give clear errors', async () => {
  await expect(extractText(Buffer.from('PK\u0003\u0004 not really a zip'), 'bad.docx')).rejects.toMatchObject({ name: 'InputError', code: 'unsupported' });
  await expect(extractText(Buffer.from('%PDF-1.4 garbage'), 'bad.pdf')).rejects.toMatchObject({ name: 'InputError' });
});

test('UTF-16 LE with a BOM', async () => {
  const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LETTER.join('\n'), 'utf16le')]);
  const { text } = await extractText(buf, 'letter.txt');
  expect(parseText(text, 'letter.txt')[0].number).toBe('45/UBND-VX');
});
