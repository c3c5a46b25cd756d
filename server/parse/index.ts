/**
 * The parser's entry point: clean → split → header/footer → references → assemble.
 * Pure functions; no I/O and no database. Unreadable parts become warnings, never exceptions.
 */
import type { ImpliedLink, Issuer, ParsedDocument, Recipient, Reference } from '../schema';
import { CleanText, clean, fold, foldKey, toOrig } from './clean';
import { Decoded, decodeBytes } from './decode';
import { readFooter } from './footer';
import { readHeader } from './header';
import { classifyAuthority, inferProvince, issuerFromCode, respellFromCode, smartCase } from './issuers';
import { indexLines, lineAt, reflowFlattened } from './lines';
import { RefHit, findReferences } from './references';
import { splitDocuments } from './split';
import { symbolRegex } from './symbols';
import { codeInfo } from './vocab';

export { InputError } from './decode';

/**
 * Parse the decoded text of one file into the documents it holds.
 * @example parseText(text, 'seeds/004.txt').map((d) => d.number) → ['628/UBND-VX', '172-TB/TW']
 */
export function parseText(text: string, source: string, extraWarnings: string[] = []): ParsedDocument[] {
  const c = clean(text);
  const norm = reflowFlattened(c.norm);
  const folded = fold(norm);
  const lines = indexLines(norm, folded);
  const spans = splitDocuments(lines, norm.length);
  const symbols: Array<{ index: number; text: string }> = [];
  const re = symbolRegex();
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm))) symbols.push({ index: m.index, text: m[0] });

  const docs = spans.map((span, index): ParsedDocument => {
    const h = readHeader(norm, lines, span.firstLine, span.lastLine);
    const f = readFooter(lines, span.firstLine, span.lastLine, h.stampLines);
    const warnings = [...extraWarnings, ...h.warnings];
    const docText = norm.slice(span.start, span.end);

    // Issuer: header lines, then "CỦA ..." under the type word, the title, the signature, the symbol.
    let issuer: Issuer | null = h.issuer;
    if (!issuer && h.ofLine) issuer = classifyAuthority(h.ofLine);
    if (!issuer && h.title) {
      const of = /\bcủa\s+(.{3,80}?)(?=\s+(?:tại|về|ngày|trong)\b|[,;(]|$)/u.exec(h.title);
      if (of) issuer = classifyAuthority(of[1]);
    }
    if (!issuer && f.tmBody) issuer = classifyAuthority(f.tmBody);
    const code = h.parts?.issuerCode ?? null;
    const local = issuer?.level === 'district' || issuer?.level === 'commune';
    let province = issuer?.province ?? h.parentIssuer?.province ?? (issuer?.level === 'central' || local ? null : h.placeProvince);
    if (!issuer && code) issuer = issuerFromCode(code, province);
    // "BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG" numbered "11-HD/VPTW": a department of the Central
    // Committee, which its symbol names.
    if (issuer?.code === 'TW' && code && code.toUpperCase() !== 'TW' && /TW$/i.test(code) && codeInfo(code)?.name) issuer = issuerFromCode(code, null);
    if (!province && issuer && issuer.level !== 'central') province = inferProvince(docText);
    if (!province && !issuer && code === null) province = null;
    if (issuer && !issuer.province && issuer.level !== 'central' && province) {
      issuer = classifyAuthority(issuer.name, province) ?? { ...issuer, province };
    }
    if (issuer && !issuer.code && code) issuer = { ...issuer, code };
    if (issuer && code) {
      const name = respellFromCode(issuer.name, code);
      if (name !== issuer.name) issuer = classifyAuthority(name, issuer.province ?? province) ?? { ...issuer, name };
    }
    // Party documents name the body that decided in the signature: "T/M BỘ CHÍNH TRỊ", "T/M BAN THƯỜNG VỤ".
    if (issuer && issuer.branch === 'party' && f.tmBody) {
      const tf = fold(f.tmBody);
      const tm = classifyAuthority(f.tmBody, issuer.province);
      if (tm && tm.branch === 'party' && tm.level === issuer.level && foldKey(tm.name) !== foldKey(issuer.name)) issuer = { ...issuer, name: tm.name };
      else if (/^(ban thuong vu|thuong truc)\b/.test(tf) && !/^(ban thuong vu|thuong truc)/.test(fold(issuer.name))) {
        issuer = { ...issuer, name: `${smartCase(f.tmBody)} ${issuer.name}` };
      }
    }
    if (!issuer) warnings.push('no issuer found');

    const symInDoc = symbols;
    const bodyStart = h.bodyLine <= span.lastLine ? lines[h.bodyLine].start : span.end;
    const { hits, implied } = findReferences({
      norm, folded, start: span.start, end: span.end, bodyStart, titleSpan: h.titleSpan, ownNumber: h.number, docType: h.type,
      province: issuer?.province ?? province, symbols: symInDoc,
      skip: (off) => h.stampLines.has(lineAt(lines, off)),
    });
    mergeMentions(hits);
    for (const x of hits) if (!withinPower(h.type, x)) x.relation = 'cites';
    echoImplements(hits, h.title);
    const references: Reference[] = hits.map((x) => toReference(c, x));
    const seenLinks = new Set<string>();
    const impliedLinks: ImpliedLink[] = implied.filter((l) => plausible(hits[l.from], hits[l.to], l.relation)).filter((l) => {
      const k = `${foldKey(label(hits[l.from]))}>${foldKey(label(hits[l.to]))}>${l.relation}`;
      if (foldKey(label(hits[l.from])) === foldKey(label(hits[l.to])) || seenLinks.has(k)) return false;
      seenLinks.add(k);
      return true;
    }).map((l) => ({
      from: label(hits[l.from]), to: label(hits[l.to]), fromIndex: l.from, toIndex: l.to, relation: l.relation,
      start: toOrig(c, l.start), end: toOrig(c, l.end),
    }));
    const recipients: Recipient[] = [
      ...h.to.map((name) => ({ name, list: 'to' as const })),
      ...f.cc.map((name) => ({ name, list: 'cc' as const })),
    ];
    return {
      source, index, start: toOrig(c, span.start), end: toOrig(c, span.end),
      number: h.number, type: h.type, title: h.title, issuer,
      issuedOn: h.issuedOn, year: h.year, place: h.place,
      signer: f.signer, recipients, received: h.received,
      references, impliedLinks, warnings,
    };
  });
  // A document the file itself holds (the Politburo conclusion sent along with a provincial
  // letter) dates the undated references to it.
  const held = new Map(docs.filter((d) => d.number && d.issuedOn).map((d) => [foldKey(d.number!), d]));
  for (const d of docs) {
    for (const r of d.references) {
      const o = r.number && !r.issuedOn ? held.get(foldKey(r.number)) : undefined;
      if (!o || o === d || (r.year !== null && o.year !== null && r.year !== o.year)) continue;
      r.issuedOn = o.issuedOn;
      r.year = o.year;
    }
  }
  return docs;
}

/**
 * Decode and parse a file's bytes. Throws `InputError` only when nothing can be read.
 * @example parseBytes(fs.readFileSync('a.txt'), 'a.txt')
 */
export function parseBytes(buf: Uint8Array, source: string): ParsedDocument[] {
  const d: Decoded = decodeBytes(buf);
  return parseText(d.text, source, d.warnings);
}

function label(h: RefHit): string {
  return h.number ?? h.title ?? h.type ?? 'unknown';
}

function toReference(c: CleanText, h: RefHit): Reference {
  const start = toOrig(c, h.start);
  const end = toOrig(c, h.end);
  const qs = Math.min(toOrig(c, h.quoteStart), start);
  const qe = Math.max(toOrig(c, h.quoteEnd), end);
  let quote = c.orig.slice(qs, qe);
  // A page marker of the text export ("--- PAGE 2 ---") is no part of the sentence: cut it with what lies beyond it.
  let cutFrom = 0;
  let cutTo = quote.length;
  for (const m of quote.matchAll(/-{2,}[ \t]*PAGE[ \t]+\d+[ \t]*-{2,}/g)) {
    if (qs + m.index + m[0].length <= start) cutFrom = m.index + m[0].length;
    else if (qs + m.index >= end && cutTo === quote.length) cutTo = m.index;
  }
  quote = quote.slice(cutFrom, cutTo);
  const lead = quote.length - quote.trimStart().length;
  if (lead && qs + cutFrom + lead <= start) quote = quote.trimStart();
  if (qs + cutTo - (quote.length - quote.trimEnd().length) >= end) quote = quote.trimEnd();
  return {
    number: h.number, type: h.type, title: h.title, issuer: h.issuer, issuedOn: h.issuedOn, year: h.year,
    relation: h.relation, start, end, quote,
  };
}

const RANK: Record<string, number> = { central: 0, provincial: 1, district: 2, commune: 3 };
/**
 * A link the text seems to state between two other documents is kept only if it could be true:
 * nothing implements a document issued after it, and a central document does not carry out a
 * local one. Misread lists ("... 571/CĐ-TTg và Văn bản số 1970/VPCP-KGVX") fail these checks.
 */
function plausible(from: RefHit, to: RefHit, relation: string): boolean {
  // A document cannot carry out, rest on or change one issued after it: by date, else by the year of the symbol.
  if (from.issuedOn && to.issuedOn && from.issuedOn < to.issuedOn) return false;
  const fy = from.year ?? from.parts?.year ?? null;
  const ty = to.year ?? to.parts?.year ?? null;
  if (relation !== 'cites' && fy !== null && ty !== null && fy < ty) return false;
  if (relation === 'implements' || relation === 'based_on') {
    const a = from.issuer?.level;
    const b = to.issuer?.level;
    if (a && b && RANK[a] < RANK[b]) return false;
  }
  // Only a law (or the National Assembly's resolution) changes a law: a decree or circular cannot.
  if ((relation === 'amends' || relation === 'replaces' || relation === 'repeals') && LAW_TYPES.has(to.type ?? '') && !LAW_TYPES.has(from.type ?? '') && from.type !== 'Nghị quyết') return false;
  return true;
}
const LAW_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);
/** Legal normative documents: only documents of their own kind (or above) change them. */
const NORMATIVE_TYPES = new Set([...LAW_TYPES, 'Nghị định', 'Thông tư', 'Thông tư liên tịch', 'Nghị quyết']);
/** Documents that carry out, report or explain: they never change a normative document. */
const ADMINISTRATIVE_TYPES = new Set(['Công văn', 'Báo cáo', 'Tờ trình', 'Thông báo', 'Kế hoạch', 'Hướng dẫn', 'Công điện', 'Điện', 'Chương trình']);

/**
 * Whether a document of type `docType` can make the change its reference says. A letter that
 * explains "what is new" ("Sửa đổi quy định ... theo Luật Quản lý thuế") or answers a firm changes
 * no law or circular, it tells about one; nor does a decree or circular change a law.
 */
function withinPower(docType: string | null, h: RefHit): boolean {
  if (h.relation !== 'amends' && h.relation !== 'replaces' && h.relation !== 'repeals') return true;
  const target = h.type ?? '';
  if (docType && ADMINISTRATIVE_TYPES.has(docType) && NORMATIVE_TYPES.has(target)) return false;
  if (LAW_TYPES.has(target) && docType && !LAW_TYPES.has(docType) && docType !== 'Nghị quyết') return false;
  return true;
}

/**
 * A document whose own subject takes up a cited document's subject ("V/v triển khai hướng dẫn y tế
 * phòng chống dịch COVID-19 đối với người nước ngoài ..." citing "4674/BYT-MT về việc hướng dẫn y tế
 * phòng chống dịch COVID-19 đối với người nước ngoài ...") implements it.
 */
function echoImplements(hits: RefHit[], title: string | null): void {
  // A title that names its documents already says how it relates to them.
  if (!title || /\d\s*[-/]\s*\p{Lu}/u.test(title)) return;
  const t = foldKey(title);
  const verb = /^(thuc hien|trien khai|quan triet|to chuc thuc hien|huong dan thuc hien|cu the hoa)\s+(.*)$/.exec(t);
  if (!verb) return;
  const bigrams = (s: string) => { const w = s.split(' '); const out: string[] = []; for (let i = 1; i < w.length; i++) out.push(`${w[i - 1]} ${w[i]}`); return out; };
  const own = new Set(bigrams(verb[2]));
  if (own.size < 4) return;
  const matched = new Set<string>();
  for (const h of hits) {
    if (!h.number || !h.title || h.relation !== 'cites' || h.parent !== null) continue;
    const theirs = bigrams(foldKey(h.title).replace(/^(ve viec|ve|v v)\s+/, ''));
    if (theirs.length < 6) continue;
    const shared = theirs.filter((b) => own.has(b)).length;
    if (shared / theirs.length >= 0.6) matched.add(foldKey(h.number));
  }
  for (const h of hits) if (h.number && matched.has(foldKey(h.number)) && h.relation === 'cites' && h.parent === null) h.relation = 'implements';
}

/** Mentions of the same number share what any of them says (the date may be given only once). */
function mergeMentions(hits: RefHit[]): void {
  const groups = new Map<string, RefHit[]>();
  for (const h of hits) {
    if (!h.number) continue;
    const k = foldKey(h.number);
    const g = groups.get(k);
    if (g) g.push(h);
    else groups.set(k, [h]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const dated = g.find((x) => x.issuedOn);
    const named = g.find((x) => x.issuerFromText);
    // The first titled mention: a document is cited in full first; later mentions often describe an article.
    const titled = g.find((x) => x.title);
    const typed = g.find((x) => x.typeFromText);
    for (const h of g) {
      if (!h.issuedOn && dated) { h.issuedOn = dated.issuedOn; h.year = dated.year; }
      if (!h.issuerFromText && named) h.issuer = named.issuer;
      if (!h.title && titled) h.title = titled.title;
      if (!h.typeFromText && typed) h.type = typed.type;
    }
  }
}
