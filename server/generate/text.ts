/**
 * Phrasing of the synthetic corpus: turns a planned document (DocMeta) into the text of a
 * Vietnamese directive (header, title, Kính gửi, body with citations and numbered points,
 * Nơi nhận, signature) and records every citation it writes, so the ground-truth edges are
 * exactly the mentions present in the text. Symbols are wrapped in marker characters
 * (SYM_OPEN/SYM_CLOSE) and citation phrases in PROT_OPEN/PROT_CLOSE so noise.ts can distort
 * symbols and spare citations; `stripMarkers` removes them.
 */
import { RELATION_STRENGTH } from '../schema';
import { Rng } from './rng';
import type { Authority } from './authorities';
import { TOPICS, type Topic, type Distractor } from './topics';
import { DOC_TYPES, civil, liteOf, type DocMeta, type Lite, type Relation, type Summary } from './model';

export const SYM_OPEN = '\u0001';
export const SYM_CLOSE = '\u0002';
export const PROT_OPEN = '\u0003';
export const PROT_CLOSE = '\u0004';

/** A citation the text makes. */
export interface EdgeRecord {
  to: Lite;
  relation: Relation;
}

export interface Rendered {
  /** Text with markers (see noise.ts). */
  text: string;
  edges: EdgeRecord[];
}

/**
 * Removes the marker characters.
 *
 * @example
 * stripMarkers('Số: \u0001628/UBND-VX\u0002') // 'Số: 628/UBND-VX'
 */
export function stripMarkers(s: string): string {
  return s.replace(/[\u0001-\u0004]/g, '');
}

const sym = (s: string) => SYM_OPEN + s + SYM_CLOSE;
const prot = (s: string) => PROT_OPEN + s + PROT_CLOSE;
const cap = (s: string) => (s ? s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) : s);
const low = (s: string) => (s ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s);
const upper = (s: string) => s.toLocaleUpperCase('vi');

// ---------------------------------------------------------------- dates

type DateStyle = 'slash' | 'slash0' | 'dash' | 'long';

/**
 * Formats a day number as Vietnamese documents write dates.
 *
 * @example
 * fmtDate(dayOf(2020, 12, 2), 'slash0') // '02/12/2020'
 * fmtDate(dayOf(2021, 4, 14), 'dash')   // '14-4-2021'
 * fmtDate(dayOf(2020, 12, 2), 'long')   // '02 tháng 12 năm 2020'
 */
export function fmtDate(day: number, style: DateStyle): string {
  const { y, m, d } = civil(day);
  switch (style) {
    case 'slash':
      return `${d}/${m}/${y}`;
    case 'slash0':
      return `${d < 10 ? '0' : ''}${d}/${m < 10 ? '0' : ''}${m}/${y}`;
    case 'dash':
      return `${d}-${m}-${y}`;
    default:
      return `${d < 10 ? '0' : ''}${d} tháng ${m <= 2 ? '0' : ''}${m} năm ${y}`;
  }
}

/** The place-date line: 'Lai Châu, ngày 29 tháng 3 năm 2020'. */
function placeDate(a: Authority, day: number): string {
  return `${a.place}, ngày ${fmtDate(day, 'long')}`;
}

// ---------------------------------------------------------------- the writer

/** Words of the writer's own unit ('tỉnh', 'huyện', 'xã', 'cả nước'). */
function unitWord(a: Authority): string {
  if (a.level === 'central') return 'cả nước';
  if (a.level === 'provincial') return a.province!.kind;
  if (a.level === 'district') return a.district!.kind === 'quận' ? 'quận' : a.district!.kind;
  return a.commune!.kind;
}

function unitFull(a: Authority): string {
  if (a.level === 'central') return 'cả nước';
  if (a.level === 'provincial') return a.province!.full;
  if (a.level === 'district') return a.district!.full;
  return a.commune!.full;
}

const SYNONYMS: [string, string][] = [
  ['tăng cường', 'đẩy mạnh'],
  ['kịp thời', 'nhanh chóng'],
  ['nghiêm túc', 'nghiêm'],
  ['bảo đảm', 'đảm bảo'],
  ['chủ động', 'tích cực'],
  ['Nhân dân', 'người dân'],
  ['triệt để', 'dứt điểm'],
  ['chặt chẽ', 'nghiêm ngặt'],
  ['rà soát', 'kiểm tra, rà soát'],
  ['xử lý nghiêm', 'kiên quyết xử lý'],
  ['hiệu quả', 'có hiệu quả'],
  ['tổ chức', 'triển khai'],
];

const LEADS = ['', '', 'tiếp tục ', 'khẩn trương ', 'chủ động ', 'tập trung ', 'chỉ đạo ', 'có trách nhiệm ', 'quyết liệt ', 'thường xuyên '];
const EXTENSIONS = [
  'báo cáo kết quả thực hiện về {report} trước ngày {deadline}',
  'định kỳ hằng tháng tổng hợp, báo cáo {report}',
  'kịp thời báo cáo {report} những khó khăn, vướng mắc phát sinh',
  'chịu trách nhiệm trước {head} về kết quả thực hiện',
  'gắn với trách nhiệm của người đứng đầu cơ quan, đơn vị',
  'bảo đảm đúng quy định, tránh hình thức, lãng phí',
  'hoàn thành trong {month}',
];

/** Who a point can be addressed to, for a writer. */
function actorsFor(a: Authority, topic: Topic): string[] {
  const p = a.province;
  const uy = p ? (p.kind === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy') : '';
  const u = p ? p.kind : '';
  switch (a.kind) {
    case 'tw':
    case 'vptw':
    case 'btgtw':
    case 'btctw':
      return [
        'Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể',
        'Các tỉnh ủy, thành ủy, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương',
        'Ban cán sự đảng Chính phủ',
        'Đảng đoàn Quốc hội',
        'Ban Tuyên giáo Trung ương',
        'Ủy ban Kiểm tra Trung ương',
      ];
    case 'cp':
    case 'ttg':
    case 'vpcp':
    case 'qh':
      return [
        'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
        'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
        'Bộ Công an',
        'Bộ Tài chính',
        'Bộ Thông tin và Truyền thông',
        sectorMinistry(topic),
      ];
    case 'ministry':
      return [
        `${sectorDept(topic, a)} các tỉnh, thành phố trực thuộc Trung ương`,
        'Các đơn vị trực thuộc Bộ',
        'Các cục, vụ chức năng',
        'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      ];
    case 'tu':
    case 'btgtu':
      return [
        'Các cấp ủy, tổ chức đảng',
        `Ban cán sự đảng UBND ${u}`,
        'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc',
        `Ban Tuyên giáo ${uy}`,
        `Ban Dân vận ${uy}, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội ${u}`,
        `Ủy ban Kiểm tra ${uy}`,
        `Đảng đoàn HĐND ${u}`,
      ];
    case 'hdnd':
    case 'ubnd-tinh':
      return [
        `Các sở, ban, ngành ${u}`,
        'UBND các huyện, thị xã, thành phố',
        `Công an ${u}`,
        `Bộ Chỉ huy Quân sự ${u}`,
        ...topic.sectors.map((s) => p!.departments.find((d) => d.sector === s)?.relative ?? '').filter(Boolean),
        `Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình ${u}`,
      ];
    case 'so':
      return ['Các phòng chuyên môn thuộc Sở', 'Các đơn vị trực thuộc Sở', `${officeWord(a)} các huyện, thị xã, thành phố`];
    case 'district-party':
      return ['Các chi bộ, đảng bộ cơ sở', 'Đảng ủy các xã, thị trấn', `Ban Tuyên giáo ${a.relative}`, 'Mặt trận Tổ quốc và các đoàn thể huyện'];
    case 'ubnd-huyen':
      return [`Các phòng, ban, đơn vị thuộc ${unitWord(a)}`, 'UBND các xã, thị trấn', `Công an ${unitWord(a)}`, ...a.district!.offices.slice(0, 3).map((o) => o.relative)];
    case 'phong':
      return ['Các đơn vị trực thuộc', 'Bộ phận chuyên môn của Phòng', 'UBND các xã, thị trấn'];
    case 'commune-party':
      return ['Các chi bộ trực thuộc', 'Mặt trận Tổ quốc và các đoàn thể xã', 'Các đồng chí đảng ủy viên'];
    default:
      return [`Các ban, ngành, đoàn thể ${unitWord(a)}`, 'Trưởng các thôn, bản, tổ dân phố', `Công an ${unitWord(a)}`, `Trạm Y tế ${unitWord(a)}`];
  }
}

function sectorMinistry(topic: Topic): string {
  const map: Record<string, string> = {
    health: 'Bộ Y tế', education: 'Bộ Giáo dục và Đào tạo', finance: 'Bộ Tài chính', labour: 'Bộ Lao động - Thương binh và Xã hội',
    agriculture: 'Bộ Nông nghiệp và Phát triển nông thôn', environment: 'Bộ Tài nguyên và Môi trường', home: 'Bộ Nội vụ',
    information: 'Bộ Thông tin và Truyền thông', culture: 'Bộ Văn hóa, Thể thao và Du lịch', transport: 'Bộ Giao thông vận tải',
    security: 'Bộ Công an', justice: 'Bộ Tư pháp', construction: 'Bộ Xây dựng', planning: 'Bộ Kế hoạch và Đầu tư', industry: 'Bộ Công Thương',
  };
  return map[topic.sectors[0]] ?? 'Bộ Nội vụ';
}

function sectorDept(topic: Topic, a: Authority): string {
  const s = a.sector ?? topic.sectors[0];
  const map: Record<string, string> = {
    health: 'Sở Y tế', education: 'Sở Giáo dục và Đào tạo', finance: 'Sở Tài chính', labour: 'Sở Lao động - Thương binh và Xã hội',
    agriculture: 'Sở Nông nghiệp và Phát triển nông thôn', environment: 'Sở Tài nguyên và Môi trường', home: 'Sở Nội vụ',
    information: 'Sở Thông tin và Truyền thông', culture: 'Sở Văn hóa, Thể thao và Du lịch', transport: 'Sở Giao thông vận tải',
    construction: 'Sở Xây dựng', planning: 'Sở Kế hoạch và Đầu tư', justice: 'Sở Tư pháp', industry: 'Sở Công Thương',
  };
  return map[s] ?? 'Công an';
}

function officeWord(a: Authority): string {
  const map: Record<string, string> = {
    health: 'Phòng Y tế', education: 'Phòng Giáo dục và Đào tạo', finance: 'Phòng Tài chính - Kế hoạch', labour: 'Phòng Lao động - Thương binh và Xã hội',
    agriculture: 'Phòng Nông nghiệp và Phát triển nông thôn', environment: 'Phòng Tài nguyên và Môi trường', culture: 'Phòng Văn hóa và Thông tin',
  };
  return map[a.sector ?? ''] ?? 'Phòng chuyên môn';
}

/** Who receives reports from the writer's addressees ('UBND tỉnh (qua Sở Y tế)'). */
function reportTo(a: Authority, topic: Topic): string {
  switch (a.level) {
    case 'central':
      return a.branch === 'party' ? 'Ban Bí thư (qua Văn phòng Trung ương Đảng)' : `Thủ tướng Chính phủ (qua ${sectorMinistry(topic)})`;
    case 'provincial':
      if (a.branch === 'party') return `Ban Thường vụ ${a.province!.tu.relative} (qua Văn phòng ${a.province!.tu.relative})`;
      return `${a.kind === 'so' ? a.relative : 'UBND ' + a.province!.kind} (qua ${a.kind === 'so' ? 'Văn phòng Sở' : sectorDept(topic, a)})`;
    case 'district':
      return a.branch === 'party' ? `Ban Thường vụ ${a.relative}` : `UBND ${unitWord(a)} (qua Văn phòng HĐND và UBND ${unitWord(a)})`;
    default:
      return a.branch === 'party' ? `Thường trực ${a.relative}` : `UBND ${unitWord(a)}`;
  }
}

/** The writer's own subject phrase in 'X yêu cầu:' ('UBND tỉnh', 'Ban Thường vụ Tỉnh ủy'). */
function speaker(m: DocMeta): string {
  if (m.issuer.kind === 'vpcp' && m.abbr === 'TB') return 'Thủ tướng Chính phủ';
  if ((m.abbr === 'CT' || m.abbr === 'CĐ') && m.issuer.kind.startsWith('ubnd')) return `Chủ tịch ${m.bodyRel}`;
  return m.bodyRel;
}

// ---------------------------------------------------------------- points

interface PointCtx {
  actors: string[];
  report: string;
  head: string;
  deadline: string;
  month: string;
}

function pointCtx(m: { issuer: Authority; day: number }, topic: Topic): PointCtx {
  const { y, m: mo } = civil(m.day + 20);
  const dl = m.day + 25;
  return {
    actors: actorsFor(m.issuer, topic),
    report: reportTo(m.issuer, topic),
    head: m.issuer.level === 'central' ? 'cấp trên' : m.issuer.kind.includes('party') || m.issuer.kind === 'tu' ? 'cấp ủy' : `Chủ tịch UBND ${unitWord(m.issuer)}`,
    deadline: fmtDate(dl, 'slash0'),
    month: `tháng ${mo} năm ${y}`,
  };
}

function fill(t: string, slots: Record<string, string>): string {
  return t.replace(/\{(\w+)\}/g, (_, k: string) => slots[k] ?? k);
}

/**
 * Renders one numbered point from its seed. The same seed with the same context gives
 * the same sentence, which is how implementing documents repeat their parent's points.
 *
 * @example
 * renderPoint(12345, TOPICS[0], ctx, 0) // 'Các sở, ban, ngành tỉnh khẩn trương rà soát ...'
 */
function renderPoint(spec: number, topic: Topic, ctx: PointCtx, paraphraseSeed = 0): string {
  const r = new Rng(spec);
  const withActor = r.chance(0.75);
  const actor = ctx.actors[r.int(0, 1000) % ctx.actors.length];
  const lead = r.pick(LEADS);
  const n = r.chance(0.5) ? 1 : r.chance(0.7) ? 2 : 3;
  const tasks = r.sample(topic.tasks, n);
  let body = tasks.join(r.chance(0.5) ? '; ' : '; đồng thời ');
  if (r.chance(0.45)) body += '; ' + fill(r.pick(EXTENSIONS), ctx as unknown as Record<string, string>);
  let s = withActor ? `${actor} ${lead}${body}` : cap(lead + body);
  if (paraphraseSeed) {
    const pr = new Rng(paraphraseSeed ^ spec);
    for (const [a, b] of SYNONYMS) {
      if (s.includes(a) && pr.chance(0.5)) s = s.split(a).join(b);
      else if (s.includes(b) && pr.chance(0.3)) s = s.split(b).join(a);
    }
  }
  return cap(s) + '.';
}

// ---------------------------------------------------------------- the renderer

const GENERIC_CONTEXT = [
  'Thời gian qua, các cấp, các ngành đã triển khai nhiều giải pháp và đạt được những kết quả bước đầu quan trọng.',
  'Tuy nhiên, việc tổ chức thực hiện ở một số nơi còn chậm, chưa đồng bộ; sự phối hợp giữa các cơ quan có lúc chưa chặt chẽ.',
  'Một số cơ quan, đơn vị chưa quan tâm đúng mức, còn tư tưởng chủ quan, trông chờ, ỷ lại.',
  'Công tác kiểm tra, giám sát, đôn đốc việc thực hiện ở cơ sở chưa thường xuyên.',
  'Bên cạnh những kết quả đạt được, vẫn còn những tồn tại, hạn chế cần sớm được khắc phục.',
];
const REQUIREMENTS = [
  'Việc triển khai phải bảo đảm nghiêm túc, thiết thực, hiệu quả, phù hợp với tình hình thực tế của địa phương, đơn vị.',
  'Phân công cụ thể nhiệm vụ cho từng cơ quan, đơn vị, gắn với trách nhiệm của người đứng đầu.',
  'Thường xuyên kiểm tra, đôn đốc, kịp thời tháo gỡ khó khăn, vướng mắc trong quá trình thực hiện.',
  'Phát huy sức mạnh tổng hợp của cả hệ thống chính trị và sự đồng thuận của Nhân dân.',
  'Định kỳ sơ kết, đánh giá kết quả, rút kinh nghiệm và đề xuất giải pháp phù hợp.',
];
const STREETS = ['Trần Phú', 'Lê Lợi', 'Nguyễn Huệ', 'Hùng Vương', 'Quang Trung', 'Lý Thường Kiệt', 'Điện Biên Phủ', 'Hai Bà Trưng', 'Võ Thị Sáu', 'Nguyễn Trãi'];

class Writer {
  readonly r: Rng;
  readonly topic: Topic;
  readonly dateStyle: DateStyle;
  readonly edges = new Map<string, EdgeRecord>();
  readonly out: string[] = [];
  readonly ctx: PointCtx;

  constructor(readonly m: DocMeta) {
    this.r = new Rng(m.textSeed);
    this.topic = TOPICS[m.topic];
    this.dateStyle = this.r.weighted<DateStyle>(['slash', 'slash0', 'dash', 'long'], [0.35, 0.3, 0.15, 0.2]);
    this.ctx = pointCtx(m, this.topic);
  }

  record(lite: Lite, relation: Relation): void {
    if (lite.key === this.m.key) return;
    const k = `${lite.key}\u0000${relation}`;
    if (!this.edges.has(k)) this.edges.set(k, { to: lite, relation });
  }

  para(s: string): void {
    this.out.push(s, '');
  }

  date(day: number): string {
    const style = this.r.chance(0.8) ? this.dateStyle : this.r.pick<DateStyle>(['slash', 'slash0', 'dash', 'long']);
    return fmtDate(day, style);
  }

  /** How the writer names the issuer of `s`. */
  issuerName(s: Summary): string {
    const a = s.issuer;
    const me = this.m.issuer;
    if (!a) return s.body;
    if (a.level === 'central' || a.province !== me.province) return s.body;
    const expand = (x: string) => (x.startsWith('UBND ') && this.r.chance(0.25) ? 'Ủy ban nhân dân ' + x.slice(5) : x);
    if (a.level === 'provincial') return expand(this.r.chance(0.65) ? s.bodyRel : s.body);
    if (a.level === 'district') return expand(me.district === a.district && this.r.chance(0.6) ? s.bodyRel : s.body);
    return expand(me.commune === a.commune && this.r.chance(0.6) ? s.bodyRel : s.body);
  }

  /**
   * A citation of `s`, recorded with `relation`.
   * about: 'subject' | 'title' | 'none'; issuer: include the issuer; date: include the date.
   */
  cite(s: Summary, relation: Relation, o: { about?: 'subject' | 'title' | 'none'; issuer?: boolean; date?: boolean; word?: boolean } = {}): string {
    const about = o.about ?? 'subject';
    const withIssuer = o.issuer ?? true;
    const withDate = o.date ?? true;
    this.record(liteOf(s), relation);
    if (s.abbr === 'L') {
      // Laws are cited by name and date.
      return prot(`${s.title} ngày ${fmtDate(s.day, this.r.chance(0.8) ? 'long' : 'slash0')}`);
    }
    let word = s.citeWord;
    if (word === 'Công văn' && this.r.chance(0.2)) word = 'Văn bản';
    else if (word === 'Công điện' && s.issuer?.level === 'central' && this.r.chance(0.3)) word = 'Công điện hỏa tốc';
    let t: string;
    if (s.number) {
      t = o.word === false ? `số ${sym(s.number)}` : `${word} số ${sym(s.number)}`;
    } else {
      t = `${word} ${s.title}`;
    }
    if (withDate && s.number) t += (this.r.chance(0.12) ? ', ngày ' : ' ngày ') + this.date(s.day);
    if (withIssuer) t += ` của ${this.issuerName(s)}`;
    if (s.number && about !== 'none') {
      if (s.seq < 0 && s.abbr === 'NĐ') t += ` ${s.title}`;
      else if (about === 'title' && s.title) {
        t += ` ${this.r.chance(0.4) ? 'về việc' : 'về'} ${low(s.title.replace(/^(về việc|về|V\/v) /i, ''))}`;
        for (const tr of s.titleRefs) this.record(tr, 'cites');
      } else t += ` ${this.r.chance(0.3) ? 'về việc' : 'về'} ${s.subject}`;
    }
    return prot(t);
  }

  /** Cites a list of documents, grouping runs of the same type and issuer ('các Chỉ thị số 15/CT-TTg ..., số 16/CT-TTg ...'). */
  citeList(list: Summary[], relation: Relation, attachKeys: string[] = []): string {
    const parts: string[] = [];
    let i = 0;
    while (i < list.length) {
      const s = list[i];
      let j = i + 1;
      while (j < list.length && list[j].citeWord === s.citeWord && list[j].body === s.body && list[j].number && s.number && s.abbr !== 'L') j++;
      if (j - i > 1 && this.r.chance(0.8)) {
        const items = list.slice(i, j).map((x) => {
          this.record(liteOf(x), relation);
          if (attachKeys.includes(x.key)) this.record(liteOf(x), 'attaches');
          return `số ${sym(x.number!)} ngày ${this.date(x.day)}`;
        });
        parts.push(prot(`các ${s.citeWord} ${items.join(', ')} của ${this.issuerName(s)}`) + (this.r.chance(0.5) ? ` về ${s.subject}` : ''));
      } else {
        for (let k = i; k < j; k++) {
          const x = list[k];
          let c = this.cite(x, relation, { about: this.r.chance(0.35) ? 'title' : this.r.chance(0.5) ? 'subject' : 'none' });
          if (attachKeys.includes(x.key)) {
            this.record(liteOf(x), 'attaches');
            c += this.r.chance(0.5) ? ' (sao gửi kèm theo)' : ' (gửi kèm theo)';
          }
          parts.push(c);
        }
      }
      i = j;
    }
    if (parts.length === 1) return parts[0];
    const sep = this.r.chance(0.5) ? ', ' : '; ';
    return parts.slice(0, -1).join(sep) + (this.r.chance(0.5) ? ' và ' : sep) + parts[parts.length - 1];
  }

  slots(): Record<string, string> {
    const r = this.r;
    const a = this.m.issuer;
    const { y } = civil(this.m.day);
    return {
      dv: `trên địa bàn ${r.chance(0.5) ? unitFull(a) : unitWord(a)}`,
      dvshort: a.level !== 'central' && r.chance(0.5) ? unitFull(a) : unitWord(a),
      dvfull: unitFull(a),
      n1: String(r.int(2, 180)),
      n2: String(r.int(3, 2400)),
      pct: `${r.int(20, 95)},${r.int(0, 9)}`,
      date: fmtDate(this.m.day - r.int(1, 6), 'slash'),
      time: `${r.int(6, 17)}h00`,
      patient: this.distractor('patient'),
      road: this.distractor('road'),
      alley: this.distractor('alley'),
      year: String(y),
    };
  }

  distractor(kind: Distractor): string {
    const r = this.r;
    const a = this.m.issuer;
    switch (kind) {
      case 'patient': {
        const n = r.int(17, 2999);
        return r.chance(0.5) ? `Bệnh nhân số ${n}` : `BN số ${n}, BN${r.int(17, 2999)}`;
      }
      case 'road':
        return r.chance(0.6) ? `Quốc lộ ${r.pick(['1A', '2', '3', '4D', '6', '12', '14', '32', '279', '70'])}` : `Tỉnh lộ ${r.int(101, 599)}, đoạn km ${r.int(3, 180)}`;
      case 'alley':
        return `ngõ ${r.int(5, 480)}, đường ${r.pick(STREETS)}`;
      case 'room':
        return `phòng số ${r.int(1, 40)}`;
      case 'team':
        return `Tổ công tác số ${r.int(1, 12)}`;
      default: {
        const pre = a.province ? a.province.phone : '024';
        return `${pre}.${r.int(3, 3)}${r.int(100, 999)}.${r.int(100, 999)}`;
      }
    }
  }

  contextParagraphs(n: number): void {
    const slots = this.slots();
    const pool = this.r.sample(this.topic.context, this.topic.context.length).concat(this.r.sample(GENERIC_CONTEXT, 3));
    let at = 0;
    for (let i = 0; i < n && at < pool.length; i++) {
      const k = this.r.int(1, 3);
      this.para(
        pool
          .slice(at, at + k)
          .map((s) => fill(s, slots))
          .join(' '),
      );
      at += k;
    }
  }

  /** Sentences mentioning cited (not implemented) documents. */
  citeSentences(): void {
    for (const s of this.m.cites) {
      const r = this.r;
      const style = r.int(0, 5);
      const fact = r.pick(GENERIC_CONTEXT.slice(1)).replace(/\.$/, '');
      if (style === 0) this.para(`Theo báo cáo của ${this.issuerName(s)} tại ${this.cite(s, 'cites', { issuer: false, about: 'none' })}, ${low(fact)}.`);
      else if (style === 1) this.para(`Tiếp theo ${this.cite(s, 'cites', { about: 'title' })}, ${this.m.bodyRel} đề nghị các cơ quan, đơn vị tiếp tục quan tâm chỉ đạo.`);
      else if (style === 2) this.para(`Như đã nêu tại ${this.cite(s, 'cites')}, ${low(fact)}.`);
      else if (style === 3) this.para(`${cap(fact)} (${this.cite(s, 'cites', { issuer: false, about: 'none' })}).`);
      else if (style === 4) this.para(`Liên quan đến nội dung này, ${this.cite(s, 'cites', { about: 'title' })} đã có ý kiến cụ thể.`);
      // Enclosed for reference, without being carried out.
      else this.para(`Gửi kèm theo bản sao ${this.cite(s, 'attaches', { about: 'none' })} để các cơ quan, đơn vị tham khảo.`);
    }
  }

  /** Inline 'Căn cứ ...' sentences for non-normative texts. */
  basisSentence(): string {
    if (!this.m.basedOn.length) return '';
    const parts = this.m.basedOn.map((s) => this.cite(s, 'based_on', { about: 'subject' }));
    const lead = this.m.basedOn.every((s) => s.seq >= 0) && this.r.chance(0.4) ? 'Trên cơ sở' : 'Căn cứ';
    return `${lead} ${parts.join('; ')}; `;
  }

  points(n: number, start = 1, style: 'num' | 'dash' | 'sub' = 'num', prefix = ''): void {
    const inh = this.m.inherited;
    const parent = this.m.parent ?? undefined;
    const parentCtx = parent && parent.issuer ? pointCtx({ issuer: parent.issuer, day: parent.day }, TOPICS[parent.topic] ?? this.topic) : null;
    const ptopic = parent && parent.topic >= 0 ? TOPICS[parent.topic] : this.topic;
    let k = 0;
    for (let i = 0; i < n; i++) {
      let text: string;
      if (k < inh.length && parentCtx && (i === 0 || this.r.chance(0.5))) {
        const spec = inh[k++];
        // near-verbatim (the parent's own wording) or paraphrased for the writer
        text = this.r.chance(0.45) ? renderPoint(spec, ptopic, parentCtx) : renderPoint(spec, ptopic, this.ctx, this.m.textSeed | 1);
      } else {
        text = renderPoint(this.m.points[i % Math.max(1, this.m.points.length)] ^ (i * 2654435761), this.topic, this.ctx);
      }
      if (i === 0 && parent && this.r.chance(0.3)) {
        text = `Quán triệt, triển khai thực hiện nghiêm ${this.cite(parent, 'implements', { date: false, issuer: this.r.chance(0.5), about: 'none' })} đến cán bộ, đảng viên và Nhân dân. ${text}`;
      }
      const label = style === 'num' ? `${prefix}${start + i}. ` : style === 'sub' ? `${String.fromCharCode(97 + (i % 26))}) ` : '- ';
      this.para(label + text);
    }
  }

  closingRefs(typeName: string): void {
    const m = this.m;
    if (m.replaces) {
      this.para(`${typeName} này thay thế ${this.cite(m.replaces, 'replaces', { about: this.r.chance(0.5) ? 'title' : 'none' })}.`);
    }
    if (m.repeals) {
      this.para(`Bãi bỏ ${this.cite(m.repeals, 'repeals', { about: 'title' })}.`);
    }
    if (m.amends && m.abbr !== 'QĐ') {
      this.para(`Các nội dung khác tại ${this.cite(m.amends, 'amends', { about: 'none' })} không thuộc phạm vi sửa đổi, bổ sung tại ${m.citeWord} này vẫn giữ nguyên hiệu lực thi hành.`);
    }
  }

  contact(): void {
    const r = this.r;
    const dist = this.topic.distractors;
    if (dist.includes('phone') && r.chance(0.5)) {
      this.para(`Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ ${r.pick(['Văn phòng', 'bộ phận thường trực', 'phòng Tổng hợp'])} (điện thoại: ${this.distractor('phone')}) để được hướng dẫn.`);
    }
    if (dist.includes('room') && r.chance(0.25)) {
      this.para(`Địa điểm tiếp nhận: ${this.distractor('room')}, tầng ${r.int(1, 5)}, trụ sở ${this.m.bodyRel}.`);
    }
    if (dist.includes('team') && r.chance(0.2)) {
      this.para(`${this.distractor('team')} có trách nhiệm kiểm tra, đôn đốc việc thực hiện tại cơ sở.`);
    }
  }
}

// ---------------------------------------------------------------- header and footer

function headerBlock(w: Writer, vv: string | null): void {
  const m = w.m;
  const a = m.issuer;
  const r = w.r;
  const party = a.branch === 'party';
  const issuerLines = a.header.slice();
  const numberLine = m.number ? (party ? `Số ${sym(m.number)}` : `Số: ${sym(m.number)}`) : party ? 'Số -' : 'Số:      /';
  const motto = party ? ['ĐẢNG CỘNG SẢN VIỆT NAM'] : ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  const pd = placeDate(a, m.day);
  const sep = party ? '*' : r.chance(0.5) ? '-------' : '';
  const layout = r.int(0, 2);
  const left = [...issuerLines, ...(sep ? [sep] : []), numberLine];
  if (vv) left.push(...wrap(`V/v ${vv}`, 48, r));
  if (layout === 0) {
    w.out.push('', ...left, '', ...motto, ...(party ? [] : r.chance(0.5) ? ['---------------'] : []), '', pd, '');
  } else if (layout === 1) {
    const right = [...motto, '', pd];
    const rows = Math.max(left.length, right.length);
    w.out.push('');
    for (let i = 0; i < rows; i++) {
      const l = left[i] ?? '';
      const rr = right[i] ?? '';
      w.out.push(rr ? `${l}${' '.repeat(Math.max(2, 44 - l.length))}${rr}` : l);
    }
    w.out.push('');
  } else {
    w.out.push('', `**${issuerLines.join('\n')}**`, '', `**${motto.join('\n')}**`, '', numberLine, '', pd, '');
    if (vv) w.out.push(...wrap(`V/v ${vv}`, 60, r), '');
  }
}

function wrap(s: string, width: number, r: Rng): string[] {
  if (s.length <= width || r.chance(0.4)) return [s];
  const words = s.split(' ');
  const lines: string[] = [];
  let cur = '';
  let depth = 0; // inside a marked span: never break there
  for (const wd of words) {
    if (cur && depth === 0 && cur.length + wd.length + 1 > width) {
      lines.push(cur);
      cur = wd;
    } else cur = cur ? `${cur} ${wd}` : wd;
    for (let i = 0; i < wd.length; i++) {
      const c = wd.charCodeAt(i);
      if (c === 1 || c === 3) depth++;
      else if (c === 2 || c === 4) depth--;
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

function titleBlock(w: Writer): void {
  const m = w.m;
  const a = m.issuer;
  const t = DOC_TYPES[m.abbr].upper;
  const printed = titleText(w);
  if (a.kind === 'tw' && (m.abbr === 'TB' || m.abbr === 'KL' || m.abbr === 'CT')) {
    const body = upper(m.bodyRel);
    w.out.push(t, m.abbr === 'TB' ? `KẾT LUẬN CỦA ${body}` : `CỦA ${body}`, printed, '-----', '');
    return;
  }
  if (a.kind === 'tw' && m.abbr === 'NQ') {
    const { y } = civil(m.day);
    const khoa = y >= 2021 ? 'XIII' : y >= 2016 ? 'XII' : 'XI';
    w.out.push(t, `HỘI NGHỊ LẦN THỨ ${w.r.int(2, 9)} BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA ${khoa}`, printed, '-----', '');
    return;
  }
  if ((a.kind === 'tu' || a.kind === 'district-party') && m.abbr === 'CĐ') {
    w.out.push(t, `CỦA ${upper(m.bodyRel)}`, printed, '');
    return;
  }
  if (m.abbr === 'CTr' && w.r.chance(0.6)) {
    w.out.push('CHƯƠNG TRÌNH HÀNH ĐỘNG', printed, '');
    return;
  }
  w.out.push(t, ...wrap(printed, 70, w.r), w.r.chance(0.4) ? '-----' : '', '');
}

/** The printed trích yếu, with its recorded mentions. */
function titleText(w: Writer): string {
  const m = w.m;
  for (const tm of m.titleMentions) w.record(tm.lite, tm.relation);
  // Mentions in titles are written as plain text; protect the whole title.
  return prot(m.title);
}

function kinhGui(w: Writer): void {
  const m = w.m;
  const a = m.issuer;
  const r = w.r;
  const u = unitWord(a);
  let list: string[];
  switch (a.kind) {
    case 'tw':
    case 'vptw':
    case 'btgtw':
    case 'btctw':
      list = ['Các tỉnh ủy, thành ủy', 'Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương'];
      break;
    case 'cp':
    case 'ttg':
    case 'vpcp':
    case 'qh':
      list = ['Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'];
      break;
    case 'ministry':
      list = ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', `${sectorDept(w.topic, a)} các tỉnh, thành phố trực thuộc Trung ương`];
      break;
    case 'tu':
    case 'btgtu':
      list = [
        'Các đảng đoàn, ban cán sự đảng',
        `Các cơ quan tham mưu, giúp việc ${a.province!.tu.relative}`,
        `Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc ${a.province!.tu.relative}`,
      ];
      break;
    case 'ubnd-tinh':
    case 'hdnd':
      list = [`Các sở, ban, ngành, đoàn thể ${u}`, 'UBND các huyện, thị xã, thành phố'];
      break;
    case 'so':
      list = ['Các đơn vị trực thuộc Sở', `${officeWord(a)} các huyện, thị xã, thành phố`];
      break;
    case 'district-party':
      list = ['Các chi bộ, đảng bộ trực thuộc', `Các cơ quan tham mưu, giúp việc ${a.relative}`];
      break;
    case 'ubnd-huyen':
      list = [`Các phòng, ban, đơn vị thuộc ${u}`, 'UBND các xã, thị trấn'];
      break;
    case 'phong':
      list = ['Các đơn vị trực thuộc', 'UBND các xã, thị trấn'];
      break;
    default:
      list = [`Các ban, ngành, đoàn thể ${u}`, 'Trưởng các thôn, bản, tổ dân phố'];
  }
  if (r.chance(0.15)) {
    w.out.push(`Kính gửi: ${list[0]}.`, '');
    return;
  }
  const end = a.branch === 'party' ? ',' : ';';
  w.out.push('Kính gửi:', '', ...list.map((x, i) => `- ${x}${i === list.length - 1 ? '.' : end}`), '');
}

function noiNhan(w: Writer): void {
  const m = w.m;
  const a = m.issuer;
  const parent = m.parent;
  const items: string[] = [];
  if (m.abbr === 'CV' || m.abbr === 'CĐ') items.push('Như trên');
  if (parent) items.push(`${parent.body} (để báo cáo)`);
  if (a.level === 'provincial' && a.branch !== 'party') items.push(`TT ${a.province!.tu.relative}, HĐND ${unitWord(a)} (b/c)`);
  if (a.level === 'provincial' && a.branch === 'party') items.push(`Các đồng chí Ủy viên Ban Thường vụ ${a.relative}`);
  // Lower levels report upward by name, which is where a reader learns the province.
  if (a.level === 'district') items.push(a.branch === 'party' ? `Thường trực ${a.province!.tu.relative}` : `UBND ${a.province!.full} (b/c)`);
  if (a.level === 'commune' && a.district) items.push(`UBND ${a.district.full}, ${a.province!.full} (b/c)`);
  if (a.level === 'central') items.push(a.branch === 'party' ? 'Các đồng chí Ủy viên Ban Chấp hành Trung ương' : 'Các Phó Thủ tướng Chính phủ');
  const office = a.kind === 'tw' || a.kind === 'vptw' ? 'Trung ương Đảng' : a.kind === 'commune-party' ? 'Đảng ủy' : a.relative;
  items.push(a.branch === 'party' ? `Lưu Văn phòng ${office}` : `Lưu: VT${m.unit ? ', ' + m.unit : ''}`);
  const end = a.branch === 'party' ? ',' : ';';
  w.out.push('Nơi nhận:', '', ...items.map((x, i) => `- ${x}${i === items.length - 1 ? '.' : end}`), '');
}

function signature(w: Writer): void {
  const s = w.m.signer;
  w.out.push(...s.block, '', w.r.chance(0.15) ? '(Đã ký)' : '', '', s.name, '');
}

// ---------------------------------------------------------------- bodies

function triggerLead(w: Writer): string {
  return w.r.pick(['Thực hiện', 'Thực hiện', 'Triển khai', 'Triển khai thực hiện', 'Quán triệt và triển khai', 'Để triển khai thực hiện có hiệu quả']);
}

function implementsClause(w: Writer): string {
  const m = w.m;
  if (!m.implementsRefs.length) return '';
  return `${triggerLead(w)} ${w.citeList(m.implementsRefs, 'implements', m.attachKeys)}`;
}

function pointsFor(m: DocMeta): number {
  return m.pointCount;
}

function bodyLetter(w: Writer): void {
  const m = w.m;
  const r = w.r;
  const sp = speaker(m);
  w.contextParagraphs(r.int(1, 2));
  w.citeSentences();
  const basis = w.basisSentence();
  const impl = implementsClause(w);
  const goal = r.pick(w.topic.goals);
  let trig: string;
  if (impl) trig = `${basis}${basis ? low(impl) : impl}; để ${goal}, ${sp} ${r.pick(['yêu cầu', 'đề nghị', 'chỉ đạo'])}:`;
  else trig = `${basis}${basis ? 'để' : 'Để'} ${goal}, ${sp} ${r.pick(['yêu cầu', 'đề nghị', 'chỉ đạo'])} ${r.pick(['các cơ quan, đơn vị', 'các cấp, các ngành', 'các địa phương'])} thực hiện tốt một số nội dung sau:`;
  w.para(cap(trig));
  if (m.amends) w.para(`Sửa đổi, bổ sung một số nội dung tại ${w.cite(m.amends, 'amends', { about: 'title' })} như sau:`);
  w.points(pointsFor(m));
  w.closingRefs(m.citeWord);
  w.contact();
  if (m.abbr === 'CT') {
    w.para(`${m.issuer.branch === 'party' ? 'Chỉ thị này phổ biến đến chi bộ' : 'Chỉ thị này được phổ biến đến cán bộ, công chức, viên chức và Nhân dân'}; ${sp} yêu cầu ${r.pick(['các cấp, các ngành', 'các cơ quan, đơn vị, địa phương'])} nghiêm túc thực hiện./.`);
    return;
  }
  w.para(`${sp} yêu cầu ${r.pick(['thủ trưởng các cơ quan, đơn vị', 'các cơ quan, đơn vị, địa phương', 'các đồng chí'])} ${r.pick(['nghiêm túc triển khai thực hiện', 'khẩn trương triển khai, thực hiện', 'quan tâm chỉ đạo thực hiện'])}./.`);
}

function bodyPlan(w: Writer): void {
  const m = w.m;
  const r = w.r;
  const sp = speaker(m);
  const basis = w.basisSentence();
  const impl = implementsClause(w);
  w.citeSentences();
  const dv = `trên địa bàn ${unitWord(m.issuer)}`;
  const what = m.abbr === 'HD' ? 'hướng dẫn thực hiện' : m.abbr === 'CTr' ? 'xây dựng Chương trình hành động' : 'ban hành Kế hoạch triển khai thực hiện';
  if (impl) w.para(cap(`${basis}${basis ? low(impl) : impl}, ${sp} ${what} ${dv} như sau:`));
  else w.para(cap(`${basis}${basis ? 'nhằm' : 'Nhằm'} ${r.pick(w.topic.goals)}, ${sp} ${what} như sau:`));
  if (m.amends) w.para(`Kế hoạch này sửa đổi, bổ sung ${w.cite(m.amends, 'amends', { about: 'title' })}.`);
  w.para(m.abbr === 'CTr' ? 'I. MỤC TIÊU' : 'I. MỤC ĐÍCH, YÊU CẦU');
  w.para('1. Mục đích');
  for (const g of r.sample(w.topic.goals, 2)) w.para(`- ${cap(g)}.`);
  w.para('2. Yêu cầu');
  for (const q of r.sample(REQUIREMENTS, r.int(2, 3))) w.para(`- ${q}`);
  const n = pointsFor(m);
  w.para(r.pick(['II. NHIỆM VỤ, GIẢI PHÁP', 'II. NỘI DUNG TRỌNG TÂM', 'II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU']));
  sections(w, Math.max(1, Math.ceil(n * 0.7)));
  w.para('III. TỔ CHỨC THỰC HIỆN');
  const actors = r.sample(w.ctx.actors, Math.min(w.ctx.actors.length, 4));
  const rest = Math.max(1, n - Math.ceil(n * 0.7));
  actors.forEach((act, i) => {
    w.para(`${i + 1}. ${act}`);
    const k = Math.max(1, Math.round(rest / actors.length));
    for (let j = 0; j < k; j++) w.para(`- ${cap(renderPoint(m.points[(i * 7 + j) % m.points.length] ^ 0x5bd1e995, w.topic, { ...w.ctx, actors: [''] }).trim())}`);
  });
  if (r.chance(0.6)) w.para(`${actors.length + 1}. Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn hợp pháp khác.`);
  w.closingRefs(m.citeWord);
  w.contact();
  w.para(`Trên đây là ${m.citeWord} ${m.abbr === 'HD' ? 'thực hiện' : 'triển khai'} ${m.subject} của ${sp}; ${r.pick(['đề nghị', 'yêu cầu'])} các cơ quan, đơn vị nghiêm túc tổ chức thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời báo cáo ${w.ctx.report} để xem xét, giải quyết./.`);
}

/** Numbered points, grouped in subsections when there are many (long documents). */
function sections(w: Writer, n: number): void {
  if (n <= 12) {
    w.points(n);
    return;
  }
  const per = w.r.int(5, 9);
  let done = 0;
  let sec = 1;
  while (done < n) {
    const k = Math.min(per, n - done);
    w.para(`${sec}. ${cap(w.r.pick(w.topic.subjects))}${w.r.chance(0.5) ? ' ' + w.r.pick(['ở cơ sở', 'trong tình hình mới', 'giai đoạn tới', 'trọng tâm']) : ''}`);
    w.points(k, 1, 'num', `${sec}.`);
    done += k;
    sec++;
  }
}

function authorityLine(m: DocMeta): string {
  const a = m.issuer;
  switch (a.kind) {
    case 'ubnd-tinh':
    case 'ubnd-huyen':
    case 'ubnd-xa':
      return m.normative ? `ỦY BAN NHÂN DÂN ${upper(unitFull(a))}` : `CHỦ TỊCH ỦY BAN NHÂN DÂN ${upper(unitFull(a))}`;
    case 'ministry':
      return `BỘ TRƯỞNG ${upper(a.name)}`;
    case 'ttg':
      return 'THỦ TƯỚNG CHÍNH PHỦ';
    case 'cp':
      return 'CHÍNH PHỦ';
    case 'hdnd':
      return `HỘI ĐỒNG NHÂN DÂN ${upper(unitFull(a))}`;
    case 'so':
      return `GIÁM ĐỐC ${upper(a.relative)}`;
    case 'phong':
      return `TRƯỞNG ${upper(a.relative)}`;
    default:
      return upper(m.bodyRel);
  }
}

function bodyDecision(w: Writer): void {
  const m = w.m;
  const r = w.r;
  const a = m.issuer;
  const lines: string[] = [];
  for (const s of m.basedOn) lines.push(`Căn cứ ${w.cite(s, 'based_on', { about: 'subject' })};`);
  for (const s of m.implementsRefs) {
    let c = w.cite(s, 'implements', { about: r.chance(0.5) ? 'title' : 'subject' });
    if (m.attachKeys.includes(s.key)) {
      w.record(liteOf(s), 'attaches');
      c += ' (sao gửi kèm theo)';
    }
    lines.push(`${r.pick(['Thực hiện', 'Triển khai'])} ${c};`);
  }
  for (const s of m.cites) lines.push(`Xét đề nghị của ${w.issuerName(s)} tại ${w.cite(s, 'cites', { issuer: false, about: 'none' })};`);
  w.para(authorityLine(m));
  for (const l of lines) w.para(l);
  const verb = m.abbr === 'NQ' ? 'QUYẾT NGHỊ:' : m.abbr === 'CT' ? 'CHỈ THỊ:' : 'QUYẾT ĐỊNH:';
  w.para(verb);
  let art = 1;
  if (m.amends) {
    w.para(`Điều ${art++}. Sửa đổi, bổ sung một số điều của ${w.cite(m.amends, 'amends', { about: 'title' })} như sau:`);
    w.points(Math.max(2, Math.min(pointsFor(m), 8)));
  } else if (r.chance(0.5) && !m.normative) {
    w.para(`Điều ${art++}. Ban hành kèm theo Quyết định này Kế hoạch ${low(m.subject)} ${r.chance(0.5) ? 'trên địa bàn ' + unitFull(a) : 'năm ' + civil(m.day).y}.`);
  } else {
    w.para(`Điều ${art++}. ${cap(m.title.replace(/^(Về việc|Về) /, ''))}${m.title.endsWith('.') ? '' : '.'}`);
    w.points(Math.max(2, Math.min(pointsFor(m), 40)), 1, 'num');
  }
  if (m.repeals) w.para(`Điều ${art++}. Bãi bỏ ${w.cite(m.repeals, 'repeals', { about: 'title' })}.`);
  const effect = m.normative ? `có hiệu lực kể từ ngày ${fmtDate(m.day + r.int(10, 30), 'long')}` : 'có hiệu lực kể từ ngày ký';
  let eff = `Điều ${art++}. ${DOC_TYPES[m.abbr].name} này ${effect}`;
  if (m.replaces) eff += ` và thay thế ${w.cite(m.replaces, 'replaces', { about: 'none' })}`;
  w.para(eff + '.');
  w.para(
    `Điều ${art}. ${a.level === 'central' ? 'Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương' : `Chánh Văn phòng ${m.bodyRel}, thủ trưởng các cơ quan, đơn vị có liên quan`} chịu trách nhiệm thi hành ${DOC_TYPES[m.abbr].name} này./.`,
  );
}

function bodyNormative(w: Writer): void {
  // Nghị định, Thông tư: chapters and articles.
  const m = w.m;
  const r = w.r;
  for (const s of m.basedOn) w.para(`Căn cứ ${w.cite(s, 'based_on', { about: 'subject' })};`);
  for (const s of m.implementsRefs) w.para(`Thực hiện ${w.cite(s, 'implements', { about: 'subject' })};`);
  w.para(m.abbr === 'NĐ' ? `Theo đề nghị của ${sectorMinistry(w.topic).replace('Bộ', 'Bộ trưởng Bộ')};` : `Theo đề nghị của Vụ trưởng Vụ Pháp chế;`);
  w.para(m.abbr === 'NĐ' ? `Chính phủ ban hành Nghị định ${low(m.title)}.` : `${m.issuer.name.replace('Bộ', 'Bộ trưởng Bộ')} ban hành Thông tư ${low(m.title)}.`);
  w.para('Chương I');
  w.para('QUY ĐỊNH CHUNG');
  w.para(`Điều 1. Phạm vi điều chỉnh`);
  w.para(`${DOC_TYPES[m.abbr].name} này quy định về ${m.subject}.`);
  w.para('Điều 2. Đối tượng áp dụng');
  w.para(`${DOC_TYPES[m.abbr].name} này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan đến ${m.subject}.`);
  w.para('Chương II');
  w.para('QUY ĐỊNH CỤ THỂ');
  const n = pointsFor(m);
  let art = 3;
  for (let i = 0; i < n; i += 3) {
    w.para(`Điều ${art++}. ${cap(r.pick(w.topic.subjects))}`);
    w.points(Math.min(3, n - i));
  }
  w.para('Chương III');
  w.para('ĐIỀU KHOẢN THI HÀNH');
  let eff = `Điều ${art++}. Hiệu lực thi hành\n\n${DOC_TYPES[m.abbr].name} này có hiệu lực kể từ ngày ${fmtDate(m.day + r.int(30, 60), 'long')}`;
  if (m.replaces) eff += ` và thay thế ${w.cite(m.replaces, 'replaces', { about: 'title' })}`;
  w.para(eff + '.');
  if (m.repeals) w.para(`Bãi bỏ ${w.cite(m.repeals, 'repeals', { about: 'none' })}.`);
  if (m.amends) w.para(`Sửa đổi, bổ sung khoản 2 Điều 3 của ${w.cite(m.amends, 'amends', { about: 'none' })}.`);
  w.para(`Điều ${art}. Trách nhiệm thi hành`);
  w.para('Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành./.');
}

function bodyConclusion(w: Writer): void {
  // Thông báo kết luận, Kết luận, Nghị quyết (Party).
  const m = w.m;
  const r = w.r;
  const sp = speaker(m);
  const meeting = fmtDate(m.day - r.int(1, 5), 'slash');
  const impl = implementsClause(w);
  if (impl) w.para(`${impl}, ${sp} đã họp ngày ${meeting} để xem xét, chỉ đạo.`);
  for (const s of m.cites) {
    w.para(`Tại phiên họp ngày ${meeting}, sau khi nghe báo cáo (${w.cite(s, 'cites', { issuer: r.chance(0.5), about: 'none' })}) và ý kiến của các cơ quan liên quan, ${sp} đã thảo luận và kết luận như sau:`);
  }
  if (!m.cites.length) w.para(`Tại cuộc họp ngày ${meeting}, sau khi nghe báo cáo tình hình và ý kiến tham gia của các đại biểu, ${sp} kết luận như sau:`);
  w.contextParagraphs(r.int(1, 3));
  const b = w.basisSentence();
  if (b) w.para(cap(b.replace(/; $/, '.')));
  if (m.amends) w.para(`Sửa đổi, bổ sung một số nội dung của ${w.cite(m.amends, 'amends', { about: 'title' })}.`);
  w.para(`${sp} yêu cầu:`);
  sections(w, pointsFor(m));
  w.closingRefs(m.citeWord);
  w.para(`${DOC_TYPES[m.abbr].name} này ${r.pick(['phổ biến đến chi bộ', 'được quán triệt đến cán bộ, đảng viên', 'gửi các cơ quan, đơn vị để thực hiện'])}.`);
}

function bodyResolution(w: Writer): void {
  // Party resolutions: situation, viewpoints and goals, tasks, organisation.
  const m = w.m;
  const r = w.r;
  const sp = speaker(m);
  const impl = implementsClause(w);
  if (impl) w.para(cap(`${impl}, ${sp} ${r.pick(['ban hành Nghị quyết', 'thống nhất quyết nghị'])} như sau:`));
  w.para('I. TÌNH HÌNH VÀ NGUYÊN NHÂN');
  w.contextParagraphs(r.int(2, 3));
  w.citeSentences();
  const b = w.basisSentence();
  if (b) w.para(cap(b.replace(/; $/, '.')));
  w.para('II. QUAN ĐIỂM, MỤC TIÊU');
  w.para('1. Quan điểm');
  for (const q of r.sample(REQUIREMENTS, 2)) w.para(`- ${q}`);
  w.para('2. Mục tiêu');
  for (const g of w.topic.goals) w.para(`- ${cap(g)}.`);
  if (m.amends) w.para(`Nghị quyết này sửa đổi, bổ sung ${w.cite(m.amends, 'amends', { about: 'title' })}.`);
  w.para('III. NHIỆM VỤ, GIẢI PHÁP');
  sections(w, pointsFor(m));
  w.para('IV. TỔ CHỨC THỰC HIỆN');
  r.sample(w.ctx.actors, 3).forEach((act, i) => w.para(`${i + 1}. ${act} ${r.pick(['xây dựng chương trình, kế hoạch thực hiện Nghị quyết', 'tổ chức quán triệt, cụ thể hóa Nghị quyết', 'theo dõi, kiểm tra, giám sát việc thực hiện Nghị quyết'])}.`));
  w.closingRefs(m.citeWord);
  w.para(`Nghị quyết này ${r.pick(['phổ biến đến chi bộ', 'được quán triệt đến cán bộ, đảng viên'])}.`);
}

function bodyReport(w: Writer): void {
  const m = w.m;
  const r = w.r;
  const impl = implementsClause(w);
  w.citeSentences();
  w.para(cap(`${impl ? impl + ', ' : ''}${m.bodyRel} báo cáo kết quả thực hiện như sau:`));
  w.para('I. KẾT QUẢ THỰC HIỆN');
  w.contextParagraphs(1);
  const slots = w.slots();
  w.para(`Đã tổ chức ${slots.n1} cuộc kiểm tra, tuyên truyền được trên ${slots.n2} lượt người; tỷ lệ hoàn thành đạt ${slots.pct}% kế hoạch.`);
  w.points(Math.max(2, Math.ceil(pointsFor(m) / 2)), 1, 'dash');
  w.para('II. TỒN TẠI, HẠN CHẾ');
  w.para(r.pick(GENERIC_CONTEXT.slice(1)));
  w.para('III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI');
  w.points(Math.max(2, Math.floor(pointsFor(m) / 2)));
  w.closingRefs(m.citeWord);
  w.para(`Trên đây là báo cáo của ${m.bodyRel}./.`);
}

function bodyTelegram(w: Writer): void {
  const m = w.m;
  const r = w.r;
  const a = m.issuer;
  if (a.branch !== 'party') {
    w.para(`${upper(speaker(m))} điện:`);
    const to = actorsFor(a, w.topic).slice(0, 3);
    to.forEach((x, i) => w.para(`- ${x}${i === to.length - 1 ? '.' : ';'}`));
  } else kinhGui(w);
  w.contextParagraphs(1);
  w.citeSentences();
  const impl = implementsClause(w);
  w.para(cap(`${w.basisSentence()}${impl ? impl + '; ' : ''}${r.pick(['để chủ động ứng phó', 'để kịp thời ngăn chặn'])}, ${speaker(m)} yêu cầu:`));
  w.points(pointsFor(m));
  w.closingRefs('Công điện');
  w.contact();
  w.para(`${r.pick(['Văn phòng', 'Cơ quan thường trực'])} theo dõi, đôn đốc việc thực hiện Công điện này./.`);
}

/**
 * Renders a planned document to text (with markers) and the citations it makes.
 *
 * @example
 * const { text, edges } = renderDocument(meta);
 * stripMarkers(text).includes(meta.number!) // true
 */
export function renderDocument(m: DocMeta): Rendered {
  const w = new Writer(m);
  const isLetter = m.abbr === 'CV';
  if (m.number === null && m.abbr === 'TB') {
    // An unnumbered meeting notice: no header block, just the title.
    w.out.push('', `**THÔNG BÁO**${prot(m.title)}`, '', '-----', '');
  } else {
    headerBlock(w, isLetter ? titleText(w) : null);
    if (!isLetter) titleBlock(w);
  }
  if (isLetter) kinhGui(w);
  switch (m.abbr) {
    case 'CV':
      bodyLetter(w);
      break;
    case 'KH':
    case 'HD':
    case 'CTr':
      bodyPlan(w);
      break;
    case 'QĐ':
      bodyDecision(w);
      break;
    case 'NQ':
      if (m.issuer.branch === 'party') bodyResolution(w);
      else bodyDecision(w);
      break;
    case 'NĐ':
    case 'TT':
      bodyNormative(w);
      break;
    case 'CT':
      bodyLetter(w);
      break;
    case 'TB':
    case 'KL':
      bodyConclusion(w);
      break;
    case 'BC':
      bodyReport(w);
      break;
    case 'CĐ':
      bodyTelegram(w);
      break;
    default:
      bodyLetter(w);
  }
  // Every planned reference must be written somewhere; add a closing mention for any missed one.
  ensureMentioned(w);
  noiNhan(w);
  signature(w);
  let text = w.out.join('\n');
  if (m.appended) {
    const inner = renderDocument(m.appended);
    text += '\n\n' + inner.text;
  }
  return { text, edges: strongestPerTarget([...w.edges.values()]) };
}

/**
 * One truth edge per cited document, with the strongest relation the text states: "Thực hiện
 * Công văn X (sao gửi kèm theo)" both implements and encloses X, and the graph keeps implements.
 */
function strongestPerTarget(edges: EdgeRecord[]): EdgeRecord[] {
  const best = new Map<string, EdgeRecord>();
  for (const e of edges) {
    const cur = best.get(e.to.key);
    if (!cur || RELATION_STRENGTH.indexOf(e.relation) < RELATION_STRENGTH.indexOf(cur.relation)) best.set(e.to.key, e);
  }
  return [...best.values()];
}

function ensureMentioned(w: Writer): void {
  const m = w.m;
  const has = (s: Summary, rel: Relation) => w.edges.has(`${s.key}\u0000${rel}`);
  const miss: string[] = [];
  for (const s of m.implementsRefs) if (!has(s, 'implements')) miss.push(`Thực hiện ${w.cite(s, 'implements', { about: 'none' })}.`);
  for (const k of m.attachKeys) {
    const s = m.implementsRefs.find((x) => x.key === k);
    if (s && !has(s, 'attaches')) miss.push(`${m.bodyRel} sao gửi kèm theo ${w.cite(s, 'attaches', { about: 'none' })} để các cơ quan, đơn vị nghiên cứu, thực hiện.`);
  }
  for (const s of m.basedOn) if (!has(s, 'based_on')) miss.push(`Căn cứ ${w.cite(s, 'based_on', { about: 'subject' })}.`);
  for (const s of m.cites) if (!has(s, 'cites')) miss.push(`Theo ${w.cite(s, 'cites', { about: 'none' })}.`);
  if (m.amends && !has(m.amends, 'amends')) miss.push(`Văn bản này sửa đổi, bổ sung ${w.cite(m.amends, 'amends', { about: 'none' })}.`);
  if (m.replaces && !has(m.replaces, 'replaces')) miss.push(`Văn bản này thay thế ${w.cite(m.replaces, 'replaces', { about: 'none' })}.`);
  if (m.repeals && !has(m.repeals, 'repeals')) miss.push(`Bãi bỏ ${w.cite(m.repeals, 'repeals', { about: 'none' })}.`);
  for (const s of miss) w.para(s);
}

// ---------------------------------------------------------------- titles (used by the planner)

export interface TitleResult {
  title: string;
  mentions: { lite: Lite; relation: Relation }[];
}

function shortRef(s: Summary, writer: Authority, r: Rng, withDate: boolean): string {
  const rel = s.issuer && s.issuer.province && s.issuer.province === writer.province && s.issuer.level !== 'central' && r.chance(0.6);
  const name = rel ? s.bodyRel : s.body;
  if (!s.number) return `${s.citeWord} ${s.title}`;
  return `${s.citeWord} số ${s.number}${withDate ? ' ngày ' + fmtDate(s.day, r.chance(0.5) ? 'slash' : 'dash') : ''} của ${name}`;
}

/**
 * Composes the trích yếu of a document and the mentions it contains.
 *
 * @example
 * makeTitle('CV', subject, '', issuer, 'UBND tỉnh', parent, null, rng, 2020).title
 * // 'thực hiện Công văn số 1276-CV/TU của Tỉnh ủy về ...'
 */
export function makeTitle(
  abbr: string,
  subject: string,
  normTitle: string,
  writer: Authority,
  bodyRel: string,
  p: Summary | null,
  amends: Summary | null,
  r: Rng,
  year: number,
): TitleResult {
  const mentions: TitleResult['mentions'] = [];
  const lead = r.pick(['tăng cường ', 'triển khai ', 'tiếp tục đẩy mạnh ', 'chấn chỉnh, nâng cao hiệu quả ', 'thực hiện ', 'đôn đốc ', '']);
  const unit = unitFull(writer);
  if (amends) {
    mentions.push({ lite: liteOf(amends), relation: 'amends' });
    const t = `${r.chance(0.5) ? 'Về việc sửa đổi, bổ sung' : 'Sửa đổi, bổ sung'} một số nội dung của ${shortRef(amends, writer, r, true)}`;
    return { title: abbr === 'CV' ? low(t.replace('Về việc ', '')) : t, mentions };
  }
  if (normTitle) return { title: writer.level === 'central' ? normTitle.replace(/ (trên địa bàn )?\{dvfull\}/, '') : fill(normTitle, { dvfull: unit }), mentions };
  if (p && r.chance(abbr === 'CV' ? 0.55 : abbr === 'KH' || abbr === 'CTr' || abbr === 'QĐ' || abbr === 'BC' ? 0.7 : 0.3)) {
    mentions.push({ lite: liteOf(p), relation: 'implements' });
    const usesAbout = abbr !== 'QĐ' && abbr !== 'BC' && abbr !== 'NQ';
    const chain = usesAbout && p.titleRefs.length && p.titleRefs[0].number && r.chance(0.5) ? p.titleRefs[0] : null;
    let about = subject;
    const cm = chain ? chainMention(p, chain) : null;
    if (chain && cm) {
      // 'V/v thực hiện Công văn số 1276-CV/TU của Tỉnh ủy về quán triệt triển khai Thông báo kết luận số 172-TB/TW ...'
      about = `${r.pick(['quán triệt triển khai', 'quán triệt, triển khai thực hiện', 'triển khai thực hiện'])} ${cm}`;
      mentions.push({ lite: chain, relation: 'cites' });
    }
    const ref = shortRef(p, writer, r, abbr !== 'CV' && r.chance(0.6));
    switch (abbr) {
      case 'CV':
        return { title: `${r.pick(['thực hiện', 'triển khai', 'triển khai thực hiện'])} ${ref} về ${about}`, mentions };
      case 'QĐ':
        return { title: `Ban hành Kế hoạch triển khai thực hiện ${ref}`, mentions };
      case 'BC':
        return { title: `Kết quả thực hiện ${ref}`, mentions };
      case 'NQ':
        return { title: `Ban hành Chương trình hành động thực hiện ${ref}`, mentions };
      default:
        return { title: `${r.pick(['Triển khai thực hiện', 'Thực hiện', 'Tổ chức thực hiện'])} ${ref} về ${about}`, mentions };
    }
  }
  const y = String(year);
  switch (abbr) {
    case 'CV':
      return { title: `${lead}${subject}`, mentions };
    case 'KH':
    case 'CTr':
      return { title: `${cap(r.pick(['triển khai ', 'thực hiện ', 'tổ chức ', '']) + subject)}${r.pick([` năm ${y}`, ` trên địa bàn ${unit}`, '', ` giai đoạn ${y}-${year + 4}`])}`, mentions };
    case 'CT':
    case 'CĐ':
      return { title: `${r.pick(['Về việc ', 'Về '])}${lead}${subject}`, mentions };
    case 'QĐ':
      return { title: r.chance(0.5) ? `Về việc kiện toàn Ban Chỉ đạo ${subject} ${unit}` : `Ban hành Kế hoạch ${subject} năm ${y}`, mentions };
    case 'BC':
      return { title: `${r.pick(['Kết quả', 'Sơ kết', 'Tổng kết'])} ${subject} năm ${y}`, mentions };
    case 'HD':
      return { title: `${r.pick(['tuyên truyền', 'thực hiện', 'triển khai'])} ${subject}`, mentions };
    case 'TB':
      if (writer.level === 'central') return { title: `về ${subject}`, mentions };
      return { title: `kết luận của ${writer.branch === 'party' ? '' : 'lãnh đạo '}${bodyRel} tại cuộc họp về ${subject}`, mentions };
    default:
      return { title: `về ${lead}${subject}`, mentions };
  }
}

const TYPE_WORDS = ['Thông báo kết luận', 'Công điện hỏa tốc', 'Văn bản', ...Object.values(DOC_TYPES).map((t) => t.name)];

/** The parent's own title names the grandparent; reuse that wording ('Thông báo kết luận số 172-TB/TW của Bộ Chính trị'). */
function chainMention(p: Summary, chain: Lite): string | null {
  const at = p.title.indexOf(` số ${chain.number}`);
  if (at < 0) return null;
  const word = TYPE_WORDS.find((w) => p.title.slice(0, at).endsWith(w));
  if (!word) return null;
  const rest = p.title.slice(at);
  const end = rest.indexOf(' về ');
  return p.title.slice(at - word.length, at) + (end > 0 ? rest.slice(0, end) : rest);
}

/**
 * Seeds for a document's own points (at least three).
 *
 * @example
 * pointSeeds(new Rng(1), 5).length // 5
 */
export function pointSeeds(r: Rng, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(3, n); i++) out.push(r.nextU32());
  return out;
}

