/**
 * Small, strict readers for checking exports in tests: an XML well-formedness check (balanced
 * tags, quoted attributes, known entities, no stray '<' or '&') that returns the elements, and
 * an RFC 4180 CSV reader.
 */

/** One XML element as the checker saw it. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  parent: string | null;
}

const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

function checkText(text: string, where: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '<') throw new Error(`raw '<' in ${where}`);
    if (text[i] === '&' && !ENTITY.test(text.slice(i))) throw new Error(`bad entity in ${where}: ${text.slice(i, i + 12)}`);
  }
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/**
 * Checks that `xml` is well-formed and returns its elements in document order; throws otherwise.
 * @example parseXml('<a x="1"><b>t</b></a>') // → [{ name: 'a', ... }, { name: 'b', text: 't', parent: 'a', ... }]
 */
export function parseXml(xml: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let i = 0;
  let rootSeen = false;
  const body = xml.replace(/^\uFEFF/, '');
  if (!body.startsWith('<?xml')) throw new Error('no XML declaration');
  i = body.indexOf('?>') + 2;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = lt < 0 ? body.slice(i) : body.slice(i, lt);
    if (stack.length) stack[stack.length - 1].text += checkText(text, `<${stack[stack.length - 1].name}>`);
    else if (text.trim()) throw new Error(`text outside the root: ${text.trim().slice(0, 20)}`);
    if (lt < 0) break;
    const gt = body.indexOf('>', lt);
    if (gt < 0) throw new Error('unterminated tag');
    const tag = body.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('!--')) continue;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const m = /^([A-Za-z_][\w.:-]*)([\s\S]*?)\/?$/.exec(tag);
    if (!m) throw new Error(`bad tag <${tag.slice(0, 30)}>`);
    const attrs: Record<string, string> = {};
    const rest = m[2].trim();
    const attrRe = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')\s*/gy;
    let consumed = 0;
    let a: RegExpExecArray | null;
    while ((a = attrRe.exec(rest))) {
      if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]] = checkText(a[3] ?? a[4], `attribute ${a[1]}`);
      consumed = attrRe.lastIndex;
    }
    if (consumed !== rest.length) throw new Error(`bad attributes in <${m[1]} ${rest.slice(consumed, consumed + 30)}>`);
    if (!stack.length) {
      if (rootSeen) throw new Error('two root elements');
      rootSeen = true;
    }
    const el: XmlElement = { name: m[1], attrs, text: '', parent: stack.length ? stack[stack.length - 1].name : null };
    out.push(el);
    if (!selfClosing) stack.push(el);
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (!rootSeen) throw new Error('no root element');
  return out;
}

/**
 * Reads RFC 4180 CSV (quoted fields may hold commas, quotes doubled, CR/LF) into rows of fields.
 * @example parseCsv('a,b\r\n"x,1","y ""z"""\r\n') // → [['a', 'b'], ['x,1', 'y "z"']]
 */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < csv.length) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break at ${i} (RFC 4180 wants CRLF)`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
