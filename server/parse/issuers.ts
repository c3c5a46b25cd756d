/**
 * Issuers and recipients: recognising an authority's name, its level (central, provincial,
 * district, commune), its branch (party, state, agency) and its province, and writing the
 * name canonically. Relative names ("của UBND tỉnh", "Tỉnh uỷ") take the citing document's province.
 */
import type { Branch, Issuer, Level } from '../schema';
import { fold, foldKey, normalizeTones, squash } from './clean';
import { CENTRAL_CITIES, ISSUER_NAMES, PROVINCES, PROVINCE_ALIASES, codeInfo } from './vocab';

const PROVINCE_BY_KEY = new Map<string, string>();
for (const p of PROVINCES) PROVINCE_BY_KEY.set(foldKey(p), p);
for (const [k, v] of Object.entries(PROVINCE_ALIASES)) PROVINCE_BY_KEY.set(foldKey(k), v);
// Longest keys first so "ba ria vung tau" wins over shorter overlaps.
const PROVINCE_KEYS = [...PROVINCE_BY_KEY.keys()].sort((a, b) => b.length - a.length);

/**
 * The province named in a (folded, squashed) string, or null.
 * @example provinceIn('uy ban nhan dan tinh lai chau') === 'Lai Châu'
 */
export function provinceIn(foldedName: string): string | null {
  const padded = ` ${foldedName} `;
  for (const k of PROVINCE_KEYS) {
    const i = padded.indexOf(` ${k} `);
    if (i >= 0) {
      // "thành phố Huế" names a province; "huyện Long An" does not exist, but "xã Long An" might.
      const before = padded.slice(Math.max(0, i - 12), i);
      if (/(huyen|quan|xa|phuong|thi tran|thon|ban|to)\s*$/.test(before) && !/tinh\s*$/.test(before)) continue;
      return PROVINCE_BY_KEY.get(k)!;
    }
  }
  return null;
}

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bUBND\b/g, 'Ủy ban nhân dân'],
  [/\bHĐND\b/g, 'Hội đồng nhân dân'],
  [/\bHDND\b/g, 'Hội đồng nhân dân'],
  [/\bBTV\b/g, 'Ban Thường vụ'],
  [/\bBCH\b/g, 'Ban Chấp hành'],
  [/\bMTTQ\b/g, 'Mặt trận Tổ quốc'],
  [/\bBHXH\b/g, 'Bảo hiểm xã hội'],
  [/\bVP\b/g, 'Văn phòng'],
  [/\bTP\.?\s*(?=\p{Lu})/gu, 'thành phố '],
  [/\bTW\b/g, 'Trung ương'],
];

const HEADS = new Set(['bộ', 'sở', 'ban', 'cục', 'phòng', 'văn phòng', 'tổng cục', 'chi cục', 'ủy ban', 'tổng liên đoàn']);
/** After these words comes a place name, every word of which is capitalised. */
const PLACE_WORDS = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'thành phố']);
const NO_CAP = new Set(['nhân', 'cán', 'tỉnh', 'thành', 'huyện', 'quận', 'thị', 'xã', 'phường', 'và', 'các']);
const PROPER = ['Trung ương', 'Đảng', 'Chính phủ', 'Quốc hội', 'Việt Nam', 'Nhà nước', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Tổ quốc', 'Thủ tướng'];
const PROPER_RE = [...PROPER, ...PROVINCES].map((p) => [new RegExp(`(^|\\s)${escapeRe(p.toLowerCase())}(?=$|\\s|,)`, 'g'), p] as const);

/** Sentence-case an ALL-CAPS header line, keeping proper nouns. `smartCase('TỈNH ỦY ĐIỆN BIÊN')` → 'Tỉnh ủy Điện Biên'. */
/** First words of a body's name, capitalised after the dash between joint issuers. */
const JOINT_HEADS = new Set(['bo', 'uy', 'ban', 'tong', 'cuc', 'so', 'van', 'ngan', 'kiem', 'toa', 'vien', 'thanh', 'hoi', 'lien', 'trung', 'quoc', 'chinh']);

export function smartCase(s: string): string {
  const words = squash(s).toLowerCase().split(' ');
  let inPlace = false;
  const out = words.map((w, i) => {
    if (i === 0) return cap(w);
    if (inPlace) return cap(w);
    // Joint issuers: "BỘ THƯƠNG MẠI - BỘ TÀI CHÍNH" is "Bộ Thương mại - Bộ Tài chính".
    if ((words[i - 1] === '-' || words[i - 1] === '–') && JOINT_HEADS.has(fold(w))) return cap(w);
    if (PLACE_WORDS.has(w) && !(w === 'thành' || w === 'thị') && !(w === 'xã' && words[i + 1] === 'hội')) { inPlace = !(words[i + 1] === 'ủy'); return w; }
    if ((w === 'phố' && words[i - 1] === 'thành') || ((w === 'xã' || w === 'trấn') && words[i - 1] === 'thị')) { inPlace = true; return w; }
    if (w === 'ủy' && /^(tỉnh|huyện|quận|thị|thành)$/.test(words[i - 1])) { inPlace = true; return w; }
    const head = HEADS.has(words[i - 1]) || (i >= 2 && HEADS.has(`${words[i - 2]} ${words[i - 1]}`));
    return head && !NO_CAP.has(w) ? cap(w) : w;
  });
  let joined = out.join(' ');
  for (const [re, p] of PROPER_RE) joined = joined.replace(re, (_m, sp: string) => sp + p);
  return joined.replace(/^(.)/, (c) => c.toUpperCase());
}

function cap(w: string): string {
  return w ? w[0].toUpperCase() + w.slice(1) : w;
}
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The place part of a local body's name: `placePhrase('Ủy ban nhân dân huyện Xuân Nguyên')` → 'huyện Xuân Nguyên'.
 */
export function placePhrase(name: string): string | null {
  // "Thành ủy Phan Thiết" belongs to "thành phố Phan Thiết", "Huyện ủy Văn Hội" to "huyện Văn Hội".
  const party = /\b(Huyện ủy|Quận ủy|Thị ủy|Thành ủy)\s+(\p{Lu}[\p{L}\d]*(?:\s+[\p{Lu}\d][\p{L}\d]*)*)/u.exec(name);
  if (party) return `${({ 'Huyện ủy': 'huyện', 'Quận ủy': 'quận', 'Thị ủy': 'thị xã', 'Thành ủy': 'thành phố' } as Record<string, string>)[party[1]]} ${party[2]}`;
  const m = /\b(huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s+(\p{Lu}[\p{L}\d]*(?:\s+[\p{Lu}\d][\p{L}\d]*)*)/u.exec(name);
  return m ? `${m[1]} ${m[2]}` : null;
}

/** Is this text written in capitals (ignoring digits and punctuation)? */
export function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

interface Kind { re: RegExp; level: Level | null; branch: Branch; code: string | null; relative?: boolean }

// Matched against the folded, expanded name. Order matters: specific before general.
const KINDS: Kind[] = [
  { re: /^(thuong truc )?(ban bi thu|bo chinh tri|ban chap hanh trung uong|trung uong dang|tong bi thu)/, level: 'central', branch: 'party', code: 'TW' },
  { re: /^van phong trung uong/, level: 'central', branch: 'party', code: 'VPTW' },
  { re: /^ban tuyen giao trung uong/, level: 'central', branch: 'party', code: 'BTGTW' },
  { re: /^ban to chuc trung uong/, level: 'central', branch: 'party', code: 'BTCTW' },
  { re: /^ban dan van trung uong/, level: 'central', branch: 'party', code: 'BDVTW' },
  { re: /^ban can su dang chinh phu/, level: 'central', branch: 'party', code: 'BCSĐCP' },
  { re: /^(dang doan quoc hoi|quan uy trung uong|dang uy cong an trung uong)/, level: 'central', branch: 'party', code: null },
  { re: /^(ban|uy ban kiem tra|dang uy khoi|hoi dong|tieu ban) [a-z ]{0,40}trung uong/, level: 'central', branch: 'party', code: null },
  { re: /^(ban thuong vu |thuong truc |ban chap hanh dang bo |ban chap hanh )?(tinh uy|thanh uy)\b/, level: 'provincial', branch: 'party', code: 'TU', relative: true },
  { re: /^(ban thuong vu |thuong truc )?(dang bo tinh|dang bo thanh pho)/, level: 'provincial', branch: 'party', code: 'TU', relative: true },
  { re: /^(ban [a-z ]{2,20}|van phong|uy ban kiem tra) (tinh uy|thanh uy)/, level: 'provincial', branch: 'party', code: null, relative: true },
  { re: /^(ban thuong vu |thuong truc |ban chap hanh )?(huyen uy|quan uy|thi uy)/, level: 'district', branch: 'party', code: 'HU', relative: true },
  { re: /^(ban thuong vu |thuong truc )?dang uy (xa|phuong|thi tran)/, level: 'commune', branch: 'party', code: 'ĐU', relative: true },
  { re: /^(ban can su dang|dang uy|dang doan)/, level: null, branch: 'party', code: null, relative: true },
  { re: /^thu tuong/, level: 'central', branch: 'state', code: 'TTg' },
  { re: /^van phong chinh phu/, level: 'central', branch: 'agency', code: 'VPCP' },
  { re: /^chinh phu\b/, level: 'central', branch: 'state', code: 'CP' },
  // The Council of Ministers (1981–1992), the Government Council before it, the Council of State.
  { re: /^hoi dong bo truong\b/, level: 'central', branch: 'state', code: 'HĐBT' },
  { re: /^hoi dong chinh phu\b/, level: 'central', branch: 'state', code: 'HĐCP' },
  { re: /^hoi dong nha nuoc\b/, level: 'central', branch: 'state', code: 'HĐNN' },
  { re: /^(uy ban thuong vu quoc hoi)/, level: 'central', branch: 'state', code: 'UBTVQH' },
  { re: /^quoc hoi/, level: 'central', branch: 'state', code: 'QH' },
  // The National Assembly's own offices and committees: "Tổng Thư ký Quốc hội", "Văn phòng Quốc hội", "Ủy ban Kinh tế của Quốc hội".
  { re: /^(tong thu ky quoc hoi|van phong quoc hoi|hoi dong dan toc|uy ban (kinh te|tai chinh,? ngan sach|phap luat|tu phap|xa hoi|quoc phong va an ninh|van hoa,? giao duc|khoa hoc,? cong nghe va moi truong|doi ngoai)( cua quoc hoi)?$)/, level: 'central', branch: 'state', code: null },
  { re: /^chu tich nuoc/, level: 'central', branch: 'state', code: 'CTN' },
  { re: /^ban chi dao (quoc gia|trung uong)/, level: 'central', branch: 'state', code: null },
  { re: /^bo (?!chinh tri|doi|chi huy|phan|may)[a-z]/, level: 'central', branch: 'agency', code: null },
  { re: /^(tong cuc|ngan hang nha nuoc|kiem toan nha nuoc|thanh tra chinh phu|uy ban dan toc|bao hiem xa hoi viet nam|tong lien doan)/, level: 'central', branch: 'agency', code: null },
  { re: /^(toa an nhan dan toi cao|vien kiem sat nhan dan toi cao)/, level: 'central', branch: 'state', code: null },
  { re: /^(uy ban nhan dan|hoi dong nhan dan)/, level: 'provincial', branch: 'state', code: 'UBND', relative: true },
  { re: /^ban chi dao/, level: 'provincial', branch: 'state', code: null, relative: true },
  { re: /^van phong (uy ban nhan dan|hoi dong nhan dan|doan dai bieu)/, level: 'provincial', branch: 'agency', code: null, relative: true },
  { re: /^so [a-z]/, level: 'provincial', branch: 'agency', code: null, relative: true },
  { re: /^chi cuc/, level: 'district', branch: 'agency', code: null, relative: true },
  { re: /^phong (?!hop|chong|ngua)[a-z]/, level: 'district', branch: 'agency', code: null, relative: true },
  { re: /^cuc thue/, level: 'provincial', branch: 'agency', code: 'CT', relative: true },
  { re: /^cuc (hai quan)/, level: 'provincial', branch: 'agency', code: 'CHQ', relative: true },
  // "Cục ... tỉnh/thành phố X" (also "Cục Thule tỉnh Bắc Ninh" as OCR spells it) is a provincial department.
  { re: /^cuc [a-z ]{2,40} (tinh|thanh pho|tp) [a-z]/, level: 'provincial', branch: 'agency', code: null },
  { re: /^cuc [a-z]/, level: 'central', branch: 'agency', code: null },
  { re: /^(cong an|bo chi huy quan su|bo chi huy bo doi bien phong|bao hiem xa hoi|kho bac nha nuoc) (tinh|thanh pho)/, level: 'provincial', branch: 'agency', code: null, relative: true },
  { re: /^(mat tran to quoc|uy ban mat tran to quoc)/, level: 'provincial', branch: 'agency', code: null, relative: true },
  // The Youth Union and the other mass organisations, at each level: "BCH Đoàn huyện Thọ Xuân", "Tỉnh Đoàn Thanh Hóa".
  { re: /^(ban chap hanh |ban thuong vu )?(trung uong doan|doan thanh nien cong san)\b/, level: 'central', branch: 'agency', code: null },
  { re: /^(ban chap hanh |ban thuong vu )?(tinh doan|thanh doan)\b/, level: 'provincial', branch: 'agency', code: null, relative: true },
  { re: /^(ban chap hanh |ban thuong vu )?(huyen doan|doan (huyen|quan|thi xa|thanh pho))\b/, level: 'district', branch: 'agency', code: null, relative: true },
  { re: /^(ban chap hanh |ban thuong vu )?doan (xa|phuong|thi tran)\b/, level: 'commune', branch: 'agency', code: null, relative: true },
  { re: /^(hoi lien hiep phu nu|hoi nong dan|hoi cuu chien binh|lien doan lao dong) (viet nam|tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\b/, level: 'provincial', branch: 'agency', code: null, relative: true },
  // A body that works for the Prime Minister or the Government: "Tổ công tác ... của Thủ tướng Chính phủ".
  { re: /^(to|ban|hoi dong|uy ban|nhom|doan|tieu ban)\b[a-z ]{0,80}\b(cua|thuoc) (thu tuong chinh phu|chinh phu)$/, level: 'central', branch: 'state', code: null },
];

/** Expand the usual abbreviations: `expand('UBND tỉnh')` → 'Ủy ban nhân dân tỉnh'. */
export function expandAbbreviations(s: string): string {
  let out = s;
  for (const [re, rep] of ABBREVIATIONS) out = out.replace(re, rep);
  return out;
}

/** Where a name sits below the province: huyện, quận, thị xã, xã, phường, thị trấn, or a non-provincial thành phố. */
function subProvincialLevel(f: string): Level | null {
  if (/\b(uy ban nhan dan|hoi dong nhan dan|dang uy|cong an) (xa|phuong|thi tran)\s+[a-z0-9]/.test(f)) return 'commune';
  if (/\b(huyen|(?<!(?:hai|co|lien) )quan|thi xa)\s+[a-z0-9]/.test(f)) return 'district';
  // A "thành phố" inside a province (its capital may share the province's name) is district level.
  const tp = /\bthanh pho\s+([a-z ]+)/.exec(f);
  if (tp) { const p = provinceIn(tp[1].trim()); if (!p || !CENTRAL_CITIES.has(p)) return 'district'; }
  return null;
}

/**
 * Recognise an authority from its name. `contextProvince` is the citing document's province,
 * used when the name is relative ("UBND tỉnh", "Tỉnh uỷ").
 * @example classifyAuthority('của Ban Thường vụ Tỉnh uỷ', 'Lai Châu')
 *   → {name: 'Ban Thường vụ Tỉnh ủy Lai Châu', code: 'TU', level: 'provincial', province: 'Lai Châu', branch: 'party'}
 */
export function classifyAuthority(raw: string, contextProvince: string | null = null): Issuer | null {
  const key = `${raw}\u0000${contextProvince ?? ''}`;
  const hit = AUTHORITY_CACHE.get(key);
  if (hit !== undefined) return hit ? { ...hit } : null;
  const r = classifyUncached(raw, contextProvince);
  if (AUTHORITY_CACHE.size > 20000) AUTHORITY_CACHE.clear();
  AUTHORITY_CACHE.set(key, r);
  return r ? { ...r } : null;
}
const AUTHORITY_CACHE = new Map<string, Issuer | null>();

/** Pairs of words OCR often runs together in issuers' names ("THỦ TƯỚNG CHÍNHPHỦ"), folded, with where the space goes. */
const GLUED: Array<[RegExp, number]> = [[/chinhphu/g, 5], [/nhandan/g, 4], [/quochoi/g, 4], [/uyban/g, 2], [/trunguong/g, 5]];

/**
 * Put back the space OCR dropped between two words of an institution's name.
 * @example unglue('THỦ TƯỚNG CHÍNHPHỦ') → 'THỦ TƯỚNG CHÍNH PHỦ'
 */
export function unglue(s: string): string {
  const f = fold(s);
  const cuts: number[] = [];
  for (const [re, at] of GLUED) for (const m of f.matchAll(re)) cuts.push(m.index + at);
  if (!cuts.length) return s;
  cuts.sort((a, b) => b - a);
  let out = s;
  for (const c of cuts) out = out.slice(0, c) + ' ' + out.slice(c);
  return out;
}

function classifyUncached(raw: string, contextProvince: string | null): Issuer | null {
  let s = squash(unglue(normalizeTones(raw)).replace(/^(của|do)\s+/i, '')).replace(/[\s,;.:]+$/, '');
  if (!s || s.length > 160) return null;
  if (isAllCaps(s)) s = smartCase(expandAbbreviations(s));
  else s = expandAbbreviations(s);
  s = restoreDiacritics(s.replace(/\bỦy\b/g, 'Ủy').replace(/\bTỉnh uỷ\b/g, 'Tỉnh ủy'));
  const f = foldKey(s);
  const kind = KINDS.find((k) => k.re.test(f));
  if (!kind) return null;
  const named = provinceIn(f);
  let level = kind.level;
  const sub = subProvincialLevel(f);
  if (kind.relative && sub) level = sub;
  let province: string | null = null;
  let name = s;
  if (level !== 'central') {
    province = named ?? (kind.relative ? contextProvince : null);
    if (!named && province && kind.relative && !sub) name = withProvince(s, f, province);
  }
  if (level === null && province) level = 'provincial';
  // "Thành ủy" is provincial only for the five centrally-run cities; "Thành ủy Phan Thiết" or
  // "Thành ủy Sơn La" (the provincial capital) is the party committee of a city inside a province.
  const tu = /^(?:(?:ban thuong vu|thuong truc|ban chap hanh(?: dang bo)?) )?(tinh uy|thanh uy)(?: (.+))?$/.exec(f);
  if (tu) {
    const place = tu[2] ? provinceIn(tu[2]) : null;
    if (tu[1] === 'thanh uy' && tu[2] && (!place || !CENTRAL_CITIES.has(place))) {
      level = 'district';
      province = place ?? contextProvince;
      name = s;
    } else if (province && !tu[2]) {
      name = name.replace(/(Tỉnh ủy|Thành ủy)/i, CENTRAL_CITIES.has(province) ? 'Thành ủy' : 'Tỉnh ủy');
    }
  }
  let code = kind.code;
  if (!code && kind.branch === 'agency') code = codeForMinistry(f);
  return { name, code, level, province, branch: kind.branch };
}

// Known names and words, to give back the diacritics an OCR'd header lost ("CUC THUE TP HA NOI", "Tong cục Thue",
// "Chính phu"). Matching is on the folded text, so a name with some marks lost or wrong is still recognised.
const PROPER_NAMES = new Set<string>([...PROVINCES, 'Chính phủ', 'Quốc hội', 'Việt Nam', 'Nhà nước', 'Trung ương']);
const KNOWN_PHRASES: { re: RegExp; map: Map<string, string> } = (() => {
  const phrases = new Set<string>([...PROVINCES, ...ISSUER_NAMES, 'Tổng cục Thuế', 'Cục Thuế', 'Chi cục Thuế', 'Tổng cục Hải quan',
    'Cục Hải quan', 'Chi cục Hải quan', 'Cục Thuế xuất nhập khẩu', 'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Sở Y tế', 'Sở Tài chính',
    'Bộ Tài chính', 'Bộ Y tế', 'Chính phủ', 'Quốc hội', 'Văn phòng', 'Tỉnh ủy', 'Thành ủy', 'Bảo hiểm xã hội', 'Việt Nam',
    'Kho bạc Nhà nước', 'Vụ Pháp chế', 'Tổng Liên đoàn Lao động']);
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const map = new Map(sorted.map((p) => [foldKey(p), p]));
  const alt = sorted.map((p) => foldKey(p).split(' ').map(escapeRe).join('(?:\\s*-\\s*|\\s+)'));
  return { re: new RegExp(`(?<![\\p{L}\\d])(?:${alt.join('|')})(?![\\p{L}\\d])`, 'gu'), map };
})();
/** Place words before a place name: "TP HA NOI", "tinh Bac Ninh". "quan" only as a district ("quận Ba Đình"), never in "hải quan", "cơ quan". */
const PLACE_WORD_RE = /(?<![\p{L}\d])(quan|tinh|huyen|thanh pho|thi xa)(?=\s+(?:\p{L}|\d))/gu;
const NOT_DISTRICT_BEFORE = /(?:^|\s)(hai|co|lien|tuong|chu|huu|su|khach|quan)\s+$/;
const PLACE_WORD_SPELLING: Record<string, string> = { quan: 'quận', tinh: 'tỉnh', huyen: 'huyện', 'thanh pho': 'thành phố', 'thi xa': 'thị xã' };
function restoreDiacritics(s: string): string {
  if (!/[\p{L}]{2}/u.test(s)) return s;
  const f = fold(s);
  let out = '';
  let last = 0;
  for (const m of f.matchAll(KNOWN_PHRASES.re)) {
    const canon = KNOWN_PHRASES.map.get(foldKey(m[0]));
    if (!canon) continue;
    const at = m.index!;
    const orig = s.slice(at, at + m[0].length);
    // Mid-name, a generic word keeps the case it was written in ("các Sở Y tế" / "Chi cục Thuế").
    let rep = canon;
    if (at > 0 && !PROPER_NAMES.has(canon) && /^\p{Ll}/u.test(orig)) rep = canon[0].toLowerCase() + canon.slice(1);
    out += s.slice(last, at) + rep;
    last = at + m[0].length;
  }
  out += s.slice(last);
  // Place words written without marks, before a capitalised name: only the bare ASCII spelling is replaced.
  const g = fold(out);
  let res = '';
  last = 0;
  for (const m of g.matchAll(PLACE_WORD_RE)) {
    const at = m.index!;
    const word = out.slice(at, at + m[0].length);
    // "tính Bình Dương": OCR read the province's tỉnh as tính.
    if ((!/^[a-zA-Z ]+$/.test(word) && !(m[1] === 'tinh' && word === 'tính')) || word !== word.toLowerCase()) continue;
    if (!/^\s+(\p{Lu}|\d)/u.test(out.slice(at + m[0].length))) continue;
    if (m[1] === 'quan' && NOT_DISTRICT_BEFORE.test(g.slice(Math.max(0, at - 12), at))) continue;
    res += out.slice(last, at) + PLACE_WORD_SPELLING[m[1]];
    last = at + m[0].length;
  }
  out = res + out.slice(last);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Append the province to a relative name: 'Ủy ban nhân dân tỉnh' → 'Ủy ban nhân dân tỉnh Lai Châu'. */
function withProvince(s: string, f: string, province: string): string {
  const placeWord = CENTRAL_CITIES.has(province) ? 'thành phố' : 'tỉnh';
  if (/\b(tinh|thanh pho)$/.test(f)) return `${s} ${province}`;
  if (/(tinh uy|thanh uy)$/.test(f)) return `${s} ${province}`;
  return `${s} ${placeWord} ${province}`;
}

const MINISTRY_CODES = new Map<string, string>();
for (const code of ['BYT', 'BTC', 'BCA', 'BQP', 'BGDĐT', 'BLĐTBXH', 'BKHĐT', 'BTNMT', 'BNNPTNT', 'BGTVT', 'BXD', 'BCT', 'BTTTT', 'BVHTTDL', 'BNV', 'BTP', 'BNG', 'BKHCN', 'TCT', 'TCHQ', 'NHNN', 'KTNN', 'TTCP', 'UBDT']) {
  const info = codeInfo(code);
  if (info?.name) MINISTRY_CODES.set(foldKey(info.name), code);
}
function codeForMinistry(f: string): string | null {
  for (const [name, code] of MINISTRY_CODES) if (f === name || f.startsWith(name + ' ')) return code;
  return null;
}

/**
 * The issuer implied by a symbol's issuer code when the text names none.
 * @example issuerFromCode('TTg', null) → {name: 'Thủ tướng Chính phủ', code: 'TTg', level: 'central', ...}
 * @example issuerFromCode('TU', 'Lai Châu') → {name: 'Tỉnh ủy Lai Châu', code: 'TU', level: 'provincial', province: 'Lai Châu', ...}
 */
export function issuerFromCode(code: string, contextProvince: string | null): Issuer | null {
  const info = codeInfo(code);
  if (!info) return null;
  if (info.scope === 'national') {
    return { name: info.name ?? code, code, level: info.level, province: null, branch: info.branch };
  }
  const province = contextProvince;
  let name = info.name ?? code;
  if (province) {
    if (/^(Tỉnh ủy)$/.test(name)) name = `${CENTRAL_CITIES.has(province) ? 'Thành ủy' : 'Tỉnh ủy'} ${province}`;
    else if (info.level === 'provincial') name = `${name} ${CENTRAL_CITIES.has(province) ? 'thành phố' : 'tỉnh'} ${province}`;
  }
  return { name, code, level: info.level, province, branch: info.branch };
}

// ---------- province inference from running text ----------

const PROVINCE_MENTION = new RegExp(
  `(?<![\\p{L}])(${[...PROVINCES].sort((a, b) => b.length - a.length).flatMap((p) => [escapeRe(p), escapeRe(p.toUpperCase())]).join('|')})(?![\\p{L}])`,
  'gu',
);
const UPPER_TO_PROVINCE = new Map<string, string>();
for (const p of PROVINCES) { UPPER_TO_PROVINCE.set(p, p); UPPER_TO_PROVINCE.set(p.toUpperCase(), p); }

/**
 * Guess the province a document belongs to from the places it names. Mentions introduced by
 * "tại", "ở", "từ" (events elsewhere) count little; "Báo X", "tỉnh X", "Đảng bộ tỉnh X" count double.
 * @example inferProvince('... Báo Thái Bình ... tại Thành phố Hồ Chí Minh ...') === 'Thái Bình'
 */
export function inferProvince(text: string): string | null {
  const scores = new Map<string, number>();
  const re = new RegExp(PROVINCE_MENTION.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const p = UPPER_TO_PROVINCE.get(m[1]);
    if (!p) continue;
    const before = fold(text.slice(Math.max(0, m.index - 40), m.index)).replace(/\s+/g, ' ');
    let w = 1;
    // "xã An Giang", "huyện Long An": a locality that shares a province's name.
    if (/\b(xa|phuong|thi tran|huyen|quan|thi xa|thon|ban|to dan pho)\s?$/.test(before)) continue;
    if (/\b(tai|o|tu|den|sang|vung|cac tinh|ve|va|voi)( thanh pho| tinh| tp\.?)? ?$/.test(before)) w = 0.3;
    else if (/\b(bao|dai phat thanh va truyen hinh|dang bo tinh|dang bo|nhan dan|tinh uy|thanh uy|ubnd tinh|uy ban nhan dan tinh|tinh|thanh pho)\s?$/.test(before)) w = 2;
    scores.set(p, (scores.get(p) ?? 0) + w);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [p, s] of scores) if (s > bestScore) { best = p; bestScore = s; }
  return bestScore >= 1 ? best : null;
}

/** Edit distance of two short words (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Give an issuer name OCR misspelt the spelling its symbol's code names: the leading words that
 * are near the code's name ("Cục Thule tỉnh Bắc Ninh" under a CT symbol) become that name.
 * @example respellFromCode('Cuc thu thành phố Hà Nội', 'CT') === 'Cục Thuế thành phố Hà Nội'
 */
export function respellFromCode(name: string, code: string | null): string {
  const known = code ? codeInfo(code)?.name : null;
  if (!known) return name;
  const kw = known.split(/\s+/);
  const nw = name.split(/\s+/);
  if (nw.length < kw.length) return name;
  let changed = false;
  for (let i = 0; i < kw.length; i++) {
    const a = fold(nw[i]);
    const b = fold(kw[i]);
    if (a === b) continue;
    if (i === 0 || b.length < 3 || distance(a, b) > (b.length >= 5 ? 2 : 1)) return name;
    changed = true;
  }
  return changed ? [...kw, ...nw.slice(kw.length)].join(' ') : name;
}
