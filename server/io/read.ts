/**
 * Reading input files into text: .txt/.md/.html in UTF-8 or UTF-16 (see parse/decode),
 * .docx through mammoth, PDFs with a text layer through pdfjs-dist. A scanned PDF with no
 * text layer is reported as such. Folders are walked for those extensions.
 */
import fs from 'node:fs';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { Decoded, InputError, decodeBytes } from '../parse/decode';

export const SUPPORTED = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf'];

/**
 * Extract the text of one file from its bytes; the extension picks the reader.
 * @example await extractText(fs.readFileSync('a.docx'), 'a.docx') → {text: '...', warnings: []}
 */
export async function extractText(buf: Uint8Array, name: string): Promise<Decoded> {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.docx') return docxText(buf);
  if (ext === '.pdf' || (buf[0] === 0x25 && buf[1] === 0x50 && buf[2] === 0x44 && buf[3] === 0x46)) return pdfText(buf);
  if (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
    if (ext === '' || ext === '.docx') return docxText(buf);
    throw new InputError('unsupported', 'a ZIP archive, not a text file (rename it .docx if it is a Word document)');
  }
  return decodeBytes(buf);
}

async function docxText(buf: Uint8Array): Promise<Decoded> {
  const mammoth = await import('mammoth');
  try {
    const r = await mammoth.extractRawText({ buffer: Buffer.from(buf) });
    return decodeBytes(Buffer.from(r.value, 'utf8'));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('unsupported', `not a readable .docx file (${(e as Error).message})`);
  }
}

async function pdfText(buf: Uint8Array): Promise<Decoded> {
  const worker = path.join(__dirname, 'pdf-worker.mjs');
  const res = await new Promise<{ pages?: number; text?: string; error?: string }>((resolve, reject) => {
    const child = execFile(process.execPath, [worker], { maxBuffer: 512 * 1024 * 1024, timeout: 120_000 }, (err, stdout) => {
      if (err && !stdout) return reject(new InputError('unsupported', `PDF could not be read (${err.message.split('\n')[0]})`));
      try { resolve(JSON.parse(stdout)); } catch { reject(new InputError('unsupported', 'PDF could not be read')); }
    });
    child.stdin?.end(Buffer.from(buf));
  });
  if (res.error) throw new InputError('unsupported', `not a readable PDF (${res.error})`);
  const text = res.text ?? '';
  if (!/[\p{L}]{3}/u.test(text)) throw new InputError('scanned_pdf', `scanned PDF with no text layer (${res.pages ?? 0} page(s)): run OCR first`);
  return decodeBytes(Buffer.from(text, 'utf8'));
}

/**
 * Expand files and folders into the list of readable files, sorted for a stable order.
 * @example listInputs(['corpus/']) → ['corpus/a.txt', 'corpus/b.docx']
 */
export function listInputs(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) if (!e.startsWith('.')) walk(path.join(p, e));
    } else if (SUPPORTED.includes(path.extname(p).toLowerCase())) out.push(p);
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new InputError('unsupported', `no such file or folder: ${p}`);
    if (fs.statSync(p).isFile()) out.push(p);
    else walk(p);
  }
  return out;
}
