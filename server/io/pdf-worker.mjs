// PDF text extraction in its own Node process: pdfjs-dist ships only as an ES module, and a
// child process also keeps a huge or hostile PDF from taking the caller's memory down with it.
// Reads the PDF bytes on stdin; writes {"pages": n, "text": "..."} or {"error": "..."} on stdout.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const data = new Uint8Array(Buffer.concat(chunks));
try {
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    let line = '';
    const out = [];
    for (const item of content.items) {
      if (typeof item.str !== 'string') continue;
      line += item.str;
      if (item.hasEOL) { out.push(line); line = ''; }
    }
    if (line) out.push(line);
    pages.push(out.join('\n'));
  }
  process.stdout.write(JSON.stringify({ pages: doc.numPages, text: pages.join('\n\n') }));
  await doc.destroy();
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String(e && e.message ? e.message : e) }));
}
