/**
 * Document symbols ("số, ký hiệu"): finding them in text, writing them canonically, and
 * reading what they encode (type code, issuer code, year).
 *
 * State format (Nghị định 30/2020/NĐ-CP): `628/UBND-VX`, `1093/QĐ-UBND`, `15/2020/NĐ-CP`, `25/2008/QH12`.
 * Party format (Hướng dẫn 36-HD/VPTW): `53-CV/TU`, `172-TB/TW`, `1354-BC/BCSĐCP`.
 * Every symbol has a slash followed by an upper-case code, which is what separates it from
 * "Bệnh nhân số 133", "Quốc lộ 6", dates and phone numbers.
 */
import { codeInfo, isTypeCode, typeFromCode } from './vocab';

// A code part: starts upper-case, then letters/digits (TTg, CTr, QyĐ, BCSĐCP, QH12). Not followed by a
// letter, unless text lost its spaces and the word after it is glued on: "1033/PTM-SMEngày 15/4/2009",
// "17/HQĐNa-GSQLđề ngày". An ampersand may join two parts: "36/2009/TT-BGD&ĐT", "QĐ-BGD &ĐT".
const CODE = String.raw`(?:TƯ(?![\p{L}\d])|[A-ZĐ][A-Za-zĐđ0-9]{0,11}?(?:[ \t]?&[ \t]?[A-ZĐ][A-Za-zĐđ0-9]{0,6}?)?(?:(?![\p{L}\d])|(?<=[A-ZĐ\d])(?=(?:[nN]gày|đề|của|về)(?![\p{L}\d]))))`;
// Separator: a slash or hyphen with up to two spaces before it and spaces or one line break after it.
// (A hyphen OCR doubled, "08/2013/TT- -BTC", is made single by clean().)
const SEP = (c: string) => String.raw`[ \t]{0,2}${c}[ \t]{0,2}(?:\r?\n[ \t]*)?`;
// A running number; OCR sometimes spaces its digits ("1 0 9 4 3/BYT-MT"), or splits it once
// ("số 21 9/2013/TT-BTC"): that form only right after "số" and before a year, never after a row number.
const NUM = String.raw`(?:\d(?: \d){2,5}|(?<=[sS][ốôỐÔ]:?[ \t])\d{1,3} \d{1,3}(?=[ \t]{0,2}\/[ \t]{0,2}(?:19|20)\d\d)|\d{1,6}[a-z]?)`;
// A year; OCR may split it with one space ("201 7").
const YEAR = String.raw`(?:19[4-9]\d|20\d\d|20\d \d(?!\d))`;

/** Issuer codes of the hyphen-only numbers of before 1992 (Hội đồng Bộ trưởng, Hội đồng Chính phủ, Chính phủ, Thủ tướng, Hội đồng Nhà nước). */
export const OLD_CODES = String.raw`(?:HĐBT|HDBT|HĐCP|HDCP|CP|TTg|HĐNN|HDNN)`;

/** Type codes of Party documents (Hướng dẫn 36-HD/VPTW), to read "số 84 QĐ/TWĐTN" without its hyphen. */
const PARTY_TYPE_CODES = String.raw`(?:NQ|QĐ|QD|CT|KL|QC|QĐi|HD|TB|TT|BC|KH|CTr|TTr|ĐA|CV|CĐ|BB)`;

/**
 * A symbol in running text. Group 1: party form, group 2: state form.
 * Tested by test/parse/symbols.test.ts ("stray spaces", "broken across lines", "not a symbol").
 */
export const SYMBOL_SOURCE =
  String.raw`(?:(?<![\p{L}\d/.-])|(?<=[sS][ốôỐÔ]))(?:` +
  // party: 53-CV/TU, 1354-BC/BCSĐCP, 119- KH/TU; after "số", also with the hyphen lost: "số 84 QĐ/TWĐTN"
  String.raw`(${NUM}(?:${SEP('-')}|(?<=[sS][ốôỐÔ][ \t]?[:.]?[ \t]{0,2}\d{1,5})[ \t]{1,2}(?=${PARTY_TYPE_CODES}\/))${CODE}${SEP('/')}${CODE}(?:${SEP('-')}${CODE})?)` +
  '|' +
  // state: 628/UBND-VX, 15/2020/NĐ-CP, 25/2008/QH12, 07/2007/TTLT-BTM-BTC
  String.raw`(${NUM}(?:${SEP('/')}${YEAR})?${SEP('/')}${CODE}(?:${SEP('-')}${CODE}){0,3})` +
  '|' +
  // before 1992, central bodies numbered with a hyphen and no slash: "Quyết định số 101-HĐBT",
  // "Nghị định số 64-CP"; only right after "số" and only these issuers' codes
  String.raw`((?<=[sS][ốôỐÔ][ \t]?[:.]?[ \t]{0,2})\d{1,4}[ \t]?-[ \t]?${OLD_CODES}(?![\p{L}\d/-]))` +
  ')';

/** A fresh global regex over normalised text (regexes with /g keep state, so never share one). */
export function symbolRegex(): RegExp {
  return new RegExp(SYMBOL_SOURCE, 'gu');
}

/**
 * Codes that official symbols always write with Đ, as OCR or typing without diacritics loses
 * it: "QD-UBND" is the same code as "QĐ-UBND". Only whole code segments are restored.
 */
const D_CODES = new Map(['QĐ', 'NĐ', 'CĐ', 'HĐND', 'HĐBT', 'HĐCP', 'HĐNN', 'BLĐTBXH', 'LĐLĐ', 'TLĐ', 'ĐU', 'ĐTN', 'ĐBQH', 'QĐTW', 'NQLĐ'].map((c) => [c.replace(/Đ/g, 'D'), c]));

/**
 * Canonical form: NFC, ASCII hyphen, no spaces, the issuer's capitals kept; the Đ of the codes
 * in D_CODES restored.
 * @example canonicalSymbol('2154 /BYT - DP') === '2154/BYT-DP'
 * @example canonicalSymbol('15/2020/ND-CP') === '15/2020/NĐ-CP'
 */
export function canonicalSymbol(raw: string): string {
  return raw
    .normalize('NFC')
    // A Party symbol that lost its hyphen: "84 QĐ/TWĐTN" is 84-QĐ/TWĐTN.
    .replace(/^(\d+[a-z]?)[ \t]+(?=\p{Lu})/u, '$1-')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '')
    // "BGD&ĐT", as older symbols write the ministry, is today's BGDĐT: one document, one number.
    .replace(/&/g, '')
    .replace(/-{2,}/g, '-')
    // A Party resolution's NQ read as NO: "50-NO/TW" → "50-NQ/TW".
    .replace(/^(\d+[a-z]?-)NO(?=\/)/, '$1NQ')
    .replace(/Ð/g, 'Đ')
    // OCR reads the 1 of a National Assembly term as I or l: "QHI3" → "QH13".
    .replace(/(QH)[Il](\d)(?![\p{L}\d])/gu, '$11$2')
    // ... and the Q of a law's "QH12" as O: "04/2007/OH12" → "04/2007/QH12".
    .replace(/(?<=\/(?:19|20)\d\d\/)OH(?=\d{1,2}$)/u, 'QH')
    // "TU" (Tỉnh ủy) as OCR reads it: "445-KL/TƯ".
    .replace(/(?<=\/)TƯ(?=$|-)/u, 'TU')
    .replace(/(?<=[-/])[A-Z]+(?=$|[-/])/g, (code) => D_CODES.get(code) ?? code);
}

export interface SymbolParts {
  /** The running number, e.g. '628'. */
  num: string;
  year: number | null;
  typeCode: string | null;
  /** The issuer's code, e.g. 'UBND', 'TU', 'TTg', 'QH12'. */
  issuerCode: string | null;
  /** Unit codes after the issuer (VX in 628/UBND-VX). */
  units: string[];
  party: boolean;
}

/**
 * Read a canonical symbol.
 * @example decomposeSymbol('1093/QĐ-UBND') → {num: '1093', typeCode: 'QĐ', issuerCode: 'UBND', ...}
 * @example decomposeSymbol('53-CV/TU') → {num: '53', typeCode: 'CV', issuerCode: 'TU', party: true}
 */
export function decomposeSymbol(sym: string): SymbolParts {
  // The hyphen-only form of before 1992: "101-HĐBT" is number 101 of the Hội đồng Bộ trưởng.
  const old = /^(\d+)-([A-ZĐ][A-Za-zĐđ]*)$/u.exec(sym);
  if (old) return { num: old[1], year: null, typeCode: null, issuerCode: old[2], units: [], party: false };
  const party = /^\d+[a-z]?-[^/]+\//.exec(sym);
  if (party) {
    const [left, ...rest] = sym.split('/');
    const [num, typeCode] = left.split('-');
    const right = rest.join('/').split('-');
    return { num, year: null, typeCode: typeCode || null, issuerCode: right[0] || null, units: right.slice(1), party: true };
  }
  const parts = sym.split('/');
  const num = parts[0];
  let year: number | null = null;
  let i = 1;
  if (parts.length > 2 && /^\d{4}$/.test(parts[1])) { year = Number(parts[1]); i = 2; }
  const codes = parts.slice(i).join('-').split('-').filter(Boolean);
  let typeCode: string | null = null;
  let issuerCode: string | null = codes[0] ?? null;
  let units = codes.slice(1);
  if (codes.length >= 2 && isTypeCode(codes[0])) {
    // "CT-TTHT" is a công văn of Cục Thuế, "CT-TTg" a Chỉ thị of the Prime Minister.
    const asIssuer = codeInfo(codes[0]);
    const nextKnown = codeInfo(codes[1]);
    if (!(asIssuer && !nextKnown)) { typeCode = codes[0]; issuerCode = codes[1]; units = codes.slice(2); }
  }
  return { num, year, typeCode, issuerCode, units, party: false };
}

/** The document type a symbol implies: a type code, else Công văn (a state công văn has no type code). */
export function typeOfSymbol(p: SymbolParts): string | null {
  if (p.typeCode) return typeFromCode(p.typeCode);
  if (p.issuerCode && /^(UB)?(TV)?QH\d*$/i.test(p.issuerCode)) return 'Luật';
  if (!p.party) return 'Công văn';
  return null;
}
