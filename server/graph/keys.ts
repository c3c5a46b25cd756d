/**
 * Identity in the graph. A document's key is its number plus the scope that numbers it
 * (nationwide for central issuers, the province otherwise) plus the year, because office
 * numbering restarts every year and repeats across provinces: `1093/QĐ-UBND` of Quảng Ninh
 * and of Sơn La are two documents. Documents without a number are keyed by type, issuer and
 * date, or by a hash of their text when undated. Authorities are keyed by their folded name.
 * Pure functions; no database access.
 */
import { createHash } from 'node:crypto';
import type { Issuer } from '../schema';
import { foldKey } from '../parse/clean';
import { CENTRAL_CITIES, codeInfo } from '../parse/vocab';
import { decomposeSymbol } from '../parse/symbols';
import { placePhrase } from '../parse/issuers';

/** `numberKey('1093/QĐ-UBND')` → '1093/QD-UBND': upper-case, no diacritics, no spaces. */
export function numberKey(number: string): string {
  return number.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'D').replace(/\s+/g, '').toUpperCase();
}

/**
 * The numbering scope of a document: 'central' for national codes (TW, TTg, BYT...),
 * else the folded province, else the issuer ('@' + its key), else 'unknown'.
 * @example scopeOf('628/UBND-VX', {level: 'provincial', province: 'Lai Châu', ...}) → 'lai chau'
 */
export function scopeOf(number: string | null, issuer: Issuer | null, fallbackProvince: string | null = null): string {
  const code = number ? decomposeSymbol(number).issuerCode : null;
  const info = code ? codeInfo(code) : null;
  if (info?.scope === 'national') return 'central';
  if (!info && issuer?.level === 'central') return 'central';
  const province = issuer?.province ?? fallbackProvince;
  // UBND tỉnh and UBND huyện share the code UBND: below the province, the place scopes the number.
  const place = issuer && (issuer.level === 'district' || issuer.level === 'commune') ? placePhrase(issuer.name) : null;
  if (place) return `${province ? foldKey(province) : '?'}/${foldKey(place)}`;
  if (province) return foldKey(province);
  if (issuer?.level === 'central') return 'central';
  // Province unknown: the issuer itself numbers its documents, so it scopes them.
  return issuer ? `@${authorityKey(issuer.name)}` : 'unknown';
}

/** `docKey('172-TB/TW', 'central', 2020)` → '172-TB/TW|central|2020'. */
export function docKey(number: string, scope: string, year: number | null): string {
  return `${numberKey(number)}|${scope}|${year ?? '?'}`;
}

/**
 * Key of a document without a number: by type, issuer and date; by title for laws; by a
 * hash of the text when nothing else identifies it.
 * @example unnumberedKey({type: 'Điện', issuerKey: 'thuong truc ban bi thu', issuedOn: '2020-03-14'}) → '~dien|thuong truc ban bi thu|2020-03-14'
 */
export function unnumberedKey(p: { type: string | null; title: string | null; issuerKey: string | null; issuedOn: string | null; text?: string | null }): string {
  const type = foldKey(p.type ?? 'van ban');
  if (/^(luat|bo luat|phap lenh|hien phap)$/.test(type) && p.title) return `~${foldKey(p.title)}${p.issuedOn ? '|' + p.issuedOn : ''}`;
  if (p.issuedOn && p.issuerKey) return `~${type}|${p.issuerKey}|${p.issuedOn}`;
  const basis = p.text ? foldKey(p.text).slice(0, 20000) : `${p.title ?? ''}|${p.issuerKey ?? ''}|${p.issuedOn ?? ''}`;
  return `~${type}|${p.issuerKey ?? 'unknown'}|h${createHash('sha1').update(basis).digest('hex').slice(0, 16)}`;
}

/** `authorityKey('Ủy ban nhân dân tỉnh Lai Châu')` → 'uy ban nhan dan tinh lai chau'. */
export function authorityKey(name: string): string {
  return foldKey(name);
}

/**
 * The body an authority belongs to, by the usual structure: provincial party bodies belong to
 * the Tỉnh ủy, departments and districts to the province, ministries to the Government,
 * central Party bodies to the Central Committee.
 * @example parentOf({name: 'Sở Y tế tỉnh Lai Châu', level: 'provincial', branch: 'agency', province: 'Lai Châu', code: null})
 *   → {name: 'Ủy ban nhân dân tỉnh Lai Châu', ...}
 */
export function parentOf(a: Issuer): Issuer | null {
  const f = foldKey(a.name);
  const p = a.province;
  const placeWord = p && CENTRAL_CITIES.has(p) ? 'thành phố' : 'tỉnh';
  const partyTop = p ? `${CENTRAL_CITIES.has(p) ? 'Thành ủy' : 'Tỉnh ủy'} ${p}` : null;
  const stateTop = p ? `Ủy ban nhân dân ${placeWord} ${p}` : null;
  if (a.level === 'central') {
    if (a.branch === 'party' && !/^ban chap hanh trung uong/.test(f)) return { name: 'Ban Chấp hành Trung ương', code: 'TW', level: 'central', province: null, branch: 'party' };
    if (/^(thu tuong|van phong chinh phu|bo )/.test(f)) return { name: 'Chính phủ', code: 'CP', level: 'central', province: null, branch: 'state' };
    return null;
  }
  if (!p) return null;
  if (a.branch === 'party') {
    if (partyTop && foldKey(partyTop) !== f) return { name: partyTop, code: 'TU', level: 'provincial', province: p, branch: 'party' };
    return null;
  }
  if (stateTop && foldKey(stateTop) !== f) return { name: stateTop, code: 'UBND', level: 'provincial', province: p, branch: 'state' };
  return null;
}
