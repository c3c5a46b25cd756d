/**
 * Dates as Vietnamese documents write them: `ngày 02/12/2020`, `ngày 14-4-2021`,
 * `ngày 02 tháng 12 năm 2020`, receipt stamps `22.3.20`, and OCR'd `ngày 2 4 tháng 12`.
 * All functions work on folded text (see clean.fold) so diacritics and case do not matter.
 */

/** Build an ISO date, or null when the parts are not a real calendar date. `iso(2020, 3, 29)` → '2020-03-29'. */
export function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y >= 45 ? 1900 : 2000;
  if (y < 1945 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Digits that OCR may have spaced apart: "2 4" for 24.
const D2 = String.raw`(\d(?: ?\d)?)`;

/** `ngay 02 thang 12 nam 2020` and `ngay 02/12/2020`, `ngay 14-4-2021`, at the start of the string. */
const DATE_AFTER_NGAY = new RegExp(
  String.raw`^ngay\s{0,3}` +
    '(?:' +
    String.raw`${D2}\s{0,3}thang\s{0,3}${D2}\s{0,3}(?:,\s{0,2})?nam\s{0,3}(\d{4})` +
    '|' +
    String.raw`(\d{1,2})\s{0,2}([/.-])\s{0,2}(\d{1,2})\s{0,2}\5\s{0,2}(\d{4}|\d{2}(?!\d))` +
    ')',
);

export interface DateHit { iso: string | null; length: number; year: number | null }

/**
 * Read a date that starts at the beginning of `folded` (which must start with "ngay").
 * @example readNgayDate('ngay 02 thang 12 nam 2020, cua') → {iso: '2020-12-02', length: 24, year: 2020}
 */
export function readNgayDate(folded: string): DateHit | null {
  const m = DATE_AFTER_NGAY.exec(folded);
  if (!m) return null;
  if (m[1] !== undefined) {
    const y = Number(m[3]);
    return { iso: iso(y, Number(m[2].replace(' ', '')), Number(m[1].replace(' ', ''))), length: m[0].length, year: y };
  }
  const yRaw = m[7];
  const y = yRaw.length === 2 ? 2000 + Number(yRaw) : Number(yRaw);
  return { iso: iso(y, Number(m[6]), Number(m[4])), length: m[0].length, year: y };
}

/**
 * Find a place-and-date pattern (`Lai Châu, ngày 29 tháng 3 năm 2020`) in a folded line.
 * Returns the offset of the comma after the place (the caller reads the place words before it)
 * and the date; `unreadable` when the date is blank or garbled but clearly there.
 * @example readPlaceDate('ha noi, ngay 21 thang 3 nam 2020') → {comma: 6, iso: '2020-03-21', year: 2020, unreadable: false}
 */
export function readPlaceDate(foldedLine: string): { comma: number; iso: string | null; year: number | null; unreadable: boolean } | null {
  const re = /[a-z0-9]\s{0,2}(,)\s{0,3}(ng\S{0,12}?)(?=[\s\d.…]|thang)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(foldedLine))) {
    const comma = m.index + m[0].indexOf(',');
    const after = foldedLine.slice(comma + 1).trimStart();
    const d = readNgayDate(after.replace(/^ng\S*?(?=\s|\d)/, 'ngay'));
    if (d) return { comma, iso: d.iso, year: d.year, unreadable: d.iso === null };
    const head = after.slice(0, 60);
    if (/thang|nam\s{0,3}\d{4}/.test(head)) {
      const y = /nam\s{0,3}(\d{4})/.exec(head);
      return { comma, iso: null, year: y ? Number(y[1]) : null, unreadable: true };
    }
  }
  return null;
}

/**
 * A receipt-stamp date: `22.3.20`, `22/3/2020`, `Ngày 22. tháng 3. năm 2020`.
 * @example readStampDate('den ngay: 22.3.20') → '2020-03-22'
 */
export function readStampDate(folded: string): string | null {
  const long = /ngay\W{0,3}(\d{1,2})\W{0,3}thang\W{0,3}(\d{1,2})\W{0,3}nam\W{0,3}(\d{2,4})/.exec(folded);
  if (long) return iso(Number(long[3]), Number(long[2]), Number(long[1]));
  const short = /(?<!\d)(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4}|\d{2})(?!\d)/.exec(folded);
  if (short) return iso(Number(short[3]), Number(short[2]), Number(short[1]));
  return null;
}
