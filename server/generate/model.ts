/**
 * Shared shapes of the synthetic-corpus generator: document types and symbol formatting,
 * calendar helpers, the compact summary other documents cite, and the full plan of one
 * generated document. Kept free of randomness so every module can import it.
 */
import type { Authority, Level, Branch } from './authorities';

export type Relation = 'implements' | 'based_on' | 'attaches' | 'amends' | 'replaces' | 'repeals' | 'cites';
export const RELATIONS: Relation[] = ['implements', 'based_on', 'attaches', 'amends', 'replaces', 'repeals', 'cites'];

/** Document type abbreviations used in symbols, with their names. */
export const DOC_TYPES: Record<string, { name: string; upper: string }> = {
  CV: { name: 'Công văn', upper: 'CÔNG VĂN' },
  KH: { name: 'Kế hoạch', upper: 'KẾ HOẠCH' },
  CTr: { name: 'Chương trình', upper: 'CHƯƠNG TRÌNH' },
  QĐ: { name: 'Quyết định', upper: 'QUYẾT ĐỊNH' },
  CT: { name: 'Chỉ thị', upper: 'CHỈ THỊ' },
  KL: { name: 'Kết luận', upper: 'KẾT LUẬN' },
  TB: { name: 'Thông báo', upper: 'THÔNG BÁO' },
  NQ: { name: 'Nghị quyết', upper: 'NGHỊ QUYẾT' },
  NĐ: { name: 'Nghị định', upper: 'NGHỊ ĐỊNH' },
  CĐ: { name: 'Công điện', upper: 'CÔNG ĐIỆN' },
  HD: { name: 'Hướng dẫn', upper: 'HƯỚNG DẪN' },
  TT: { name: 'Thông tư', upper: 'THÔNG TƯ' },
  BC: { name: 'Báo cáo', upper: 'BÁO CÁO' },
  TTr: { name: 'Tờ trình', upper: 'TỜ TRÌNH' },
  L: { name: 'Luật', upper: 'LUẬT' },
};

/**
 * Formats a document symbol the way the issuer writes it.
 *
 * @example
 * formatSymbol(53, 'CV', 'TU', 'party', 2020, false, '')     // '53-CV/TU'
 * formatSymbol(628, 'CV', 'UBND', 'state', 2020, false, 'VX') // '628/UBND-VX'
 * formatSymbol(15, 'NĐ', 'CP', 'state', 2020, true, '')       // '15/2020/NĐ-CP'
 */
export function formatSymbol(
  n: number,
  abbr: string,
  code: string,
  branch: Branch,
  year: number,
  normative: boolean,
  unit: string,
): string {
  const num = n < 10 ? `0${n}` : String(n);
  if (branch === 'party') return `${num}-${abbr}/${code}`;
  if (normative) return `${num}/${year}/${abbr}-${code}`;
  if (abbr === 'CV') return unit ? `${num}/${code}-${unit}` : `${num}/${code}`;
  return `${num}/${abbr}-${code}`;
}

// ---- Calendar (days since 1970-01-01, UTC) ----

/**
 * Days since the epoch for a civil date.
 *
 * @example
 * dayOf(2020, 3, 29) - dayOf(2020, 3, 28) // 1
 */
export function dayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Civil date of a day number.
 *
 * @example
 * civil(dayOf(2021, 4, 14)) // {y: 2021, m: 4, d: 14}
 */
export function civil(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: m <= 2 ? y + 1 : y, m, d };
}

/** ISO date (YYYY-MM-DD) of a day number. @example isoOf(dayOf(2020, 3, 5)) // '2020-03-05' */
export function isoOf(day: number): string {
  const { y, m, d } = civil(day);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Day of week, 0 = Sunday. @example weekday(dayOf(2020, 3, 29)) // 0 */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** A document as other documents see it: enough to cite it. */
export interface Summary {
  key: string;
  /** Symbol as written (canonical): '628/UBND-VX'; null when the document has no number. */
  number: string | null;
  abbr: string;
  /** Word used to cite it: 'Công văn', 'Thông báo kết luận', 'Luật'. */
  citeWord: string;
  issuer: Authority | null;
  /** Issuing body as named in citations: 'Ban Thường vụ Tỉnh ủy Lai Châu', 'Bộ Chính trị'. */
  body: string;
  /** The same body named relative to a writer of the same unit: 'Ban Thường vụ Tỉnh ủy', 'UBND tỉnh'. */
  bodyRel: string;
  day: number;
  /** Trích yếu as printed (without 'V/v'). */
  title: string;
  /** Short subject phrase (for 'về ...'). */
  subject: string;
  /** Documents mentioned inside the title. */
  titleRefs: Lite[];
  topic: number;
  /** Point seeds (see text.ts) that implementing documents may reuse. */
  points: number[];
  normative: boolean;
  /** -1 for documents that are not generated as files. */
  seq: number;
}

/** Minimal identity of a cited document. */
export interface Lite {
  key: string;
  number: string | null;
  /** Citation text that must appear when there is no number. */
  mention: string;
  external: boolean;
}

export type SizeClass = 'short' | 'medium' | 'large' | 'long';

/** Everything needed to render one generated document. */
export interface DocMeta extends Summary {
  issuer: Authority;
  id: string;
  file: string;
  level: Level;
  /** Unit suffix for công văn symbols. */
  unit: string;
  /** The document this one implements in the propagation tree (its parent), if any. */
  parent: Summary | null;
  /** Everything the document implements, in the order the text cites them (includes the parent). */
  implementsRefs: Summary[];
  /** Keys among implementsRefs that are also attached ('sao gửi kèm theo'). */
  attachKeys: string[];
  basedOn: Summary[];
  cites: Summary[];
  amends: Summary | null;
  replaces: Summary | null;
  repeals: Summary | null;
  /** Mentions made by the title itself, with their relation. */
  titleMentions: { lite: Lite; relation: Relation }[];
  sizeClass: SizeClass;
  /** Seed of the text renderer for this document. */
  textSeed: number;
  chainRoot: string | null;
  /** Full copy of a parent document appended after this one in the same file. */
  appended: DocMeta | null;
  signer: { name: string; capacity: string; block: string[] };
  /** Points inherited from the parent (seeds), rendered near-verbatim or paraphrased. */
  inherited: number[];
  /** Number of own points/articles. */
  pointCount: number;
}

/**
 * Converts a summary into the minimal identity used by edges.
 *
 * @example
 * liteOf(summary) // {key: '53-CV/TU|Điện Biên|2020', number: '53-CV/TU', mention: '53-CV/TU', external: false}
 */
export function liteOf(s: Summary): Lite {
  return { key: s.key, number: s.number, mention: s.number ?? s.title, external: s.seq < 0 };
}
