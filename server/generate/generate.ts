/**
 * The synthetic-corpus generator: a day-by-day simulation of how directives propagate from
 * central Party and State bodies through ministries, provinces, districts and communes,
 * streamed to disk as text files plus ground truth (documents.jsonl, edges.csv,
 * external.jsonl, summary.json). Memory stays bounded: only the pending propagation trees,
 * small ring buffers of recent documents per issuer and per-year numbering counters are
 * kept; documents are written as soon as they are generated.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Rng, hashString } from './rng';
import { buildWorld, departmentFor, officeFor, type Authority, type AuthorityKind, type World } from './authorities';
import { TOPICS, topicsFor, type Topic } from './topics';
import { external, externalRecord } from './externals';
import { DOC_TYPES, civil, dayOf, formatSymbol, isoOf, liteOf, weekday, type DocMeta, type SizeClass, type Summary } from './model';
import { makeTitle, pointSeeds, renderDocument, type EdgeRecord } from './text';
import { signatureFor } from './names';
import { applyNoise, type StampInfo } from './noise';

export interface GenerateOptions {
  /** Number of documents to generate. */
  docs: number;
  /** Output directory. */
  out: string;
  /** Seed (any string or number); the same seed gives byte-identical output. */
  seed?: string | number;
  /** Probability that a document gets OCR-like noise (0..1). */
  noise?: number;
  /** Called every few hundred documents with the count written so far. */
  onProgress?: (written: number) => void;
}

export interface CorpusSummary {
  note: string;
  seed: string;
  noise: number;
  docs: number;
  firstDate: string;
  lastDate: string;
  years: number[];
  edges: number;
  externals: number;
  byLevel: Record<string, number>;
  byType: Record<string, number>;
  byBranch: Record<string, number>;
  byRelation: Record<string, number>;
  bytes: number;
}

// ------------------------------------------------------------------ tree of pending work

interface RootInfo {
  topic: number;
  coverage: number;
  key: string;
  urgent: boolean;
}

interface TaskNode {
  due: number;
  order: number;
  issuer: Authority;
  parent: TaskNode | null;
  doc: DocMeta | null;
  root: RootInfo;
  depth: number;
}

class Heap {
  private a: TaskNode[] = [];
  get size(): number {
    return this.a.length;
  }
  peek(): TaskNode | undefined {
    return this.a[0];
  }
  private less(x: TaskNode, y: TaskNode): boolean {
    return x.due < y.due || (x.due === y.due && x.order < y.order);
  }
  push(n: TaskNode): void {
    const a = this.a;
    a.push(n);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): TaskNode | undefined {
    const a = this.a;
    if (!a.length) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

// ------------------------------------------------------------------ numbering volumes

/** Approximate real-world documents per year of a type for a kind of issuer (drives symbol numbers). */
const VOLUME: Partial<Record<AuthorityKind, Record<string, number>>> = {
  tw: { NQ: 12, CT: 10, KL: 60, TB: 180, QĐ: 250, HD: 20 },
  vptw: { TB: 90, CV: 5000 },
  btgtw: { CV: 11000, HD: 40, KH: 30 },
  btctw: { HD: 25, CV: 3000 },
  cp: { NQ: 180, 'NĐ*': 180 },
  ttg: { CT: 35, CĐ: 1800, QĐ: 2200, 'QĐ*': 40 },
  vpcp: { CV: 10000, TB: 400 },
  ministry: { CV: 6000, QĐ: 4000, 'TT*': 50, CT: 8, KH: 120, HD: 60, CĐ: 12 },
  tu: { CV: 2200, KH: 260, CTr: 50, TB: 700, HD: 45, CT: 15, NQ: 30, CĐ: 12, BC: 600, QĐ: 1500 },
  btgtu: { CV: 900, HD: 60, KH: 60 },
  hdnd: { NQ: 60, 'NQ*': 30 },
  'ubnd-tinh': { CV: 6500, QĐ: 3200, 'QĐ*': 45, KH: 320, CT: 25, CĐ: 20, TB: 500, BC: 450, HD: 30 },
  so: { CV: 2600, KH: 150, QĐ: 500, HD: 60, BC: 300, TB: 150 },
  'district-party': { CV: 900, KH: 150, CTr: 30, TB: 300, BC: 200, NQ: 20, CĐ: 5 },
  'ubnd-huyen': { CV: 2500, QĐ: 3000, KH: 220, TB: 300, BC: 300, CĐ: 8, CT: 10 },
  phong: { CV: 450, KH: 40, HD: 25, BC: 90, QĐ: 60 },
  'commune-party': { KH: 45, CV: 120, NQ: 25, BC: 40 },
  'ubnd-xa': { KH: 70, CV: 320, QĐ: 300, TB: 90, BC: 100 },
};

// ------------------------------------------------------------------ type choice

type W = [string, number][];
const ROOT_TYPES: Partial<Record<AuthorityKind, W>> = {
  tw: [['KL', 3], ['CT', 2], ['TB', 4], ['NQ', 1], ['QĐ', 0.4]],
  vptw: [['TB', 2], ['CV', 1]],
  btgtw: [['CV', 2], ['HD', 1], ['KH', 0.4]],
  btctw: [['HD', 1], ['CV', 1]],
  cp: [['NQ', 3], ['NĐ', 2]],
  ttg: [['CT', 2], ['CĐ', 3], ['QĐ', 3]],
  vpcp: [['CV', 3], ['TB', 1]],
  ministry: [['CV', 6], ['QĐ', 2], ['TT', 1], ['CT', 0.3], ['HD', 1], ['KH', 0.5], ['CĐ', 0.2]],
  tu: [['CV', 4], ['KH', 2], ['CT', 0.4], ['TB', 2], ['NQ', 0.3], ['CĐ', 0.2], ['CTr', 0.3], ['HD', 0.3], ['BC', 0.6]],
  btgtu: [['HD', 2], ['CV', 2], ['KH', 1]],
  hdnd: [['NQ', 1]],
  'ubnd-tinh': [['CV', 6], ['QĐ', 3], ['KH', 2.5], ['CT', 0.5], ['CĐ', 0.3], ['TB', 0.8], ['BC', 0.8], ['HD', 0.3]],
  so: [['CV', 6], ['KH', 2], ['QĐ', 1], ['HD', 1], ['BC', 1], ['TB', 0.5]],
  'district-party': [['CV', 3], ['KH', 2], ['TB', 1], ['BC', 0.7], ['CTr', 0.3], ['NQ', 0.2]],
  'ubnd-huyen': [['CV', 5], ['QĐ', 2], ['KH', 2], ['TB', 0.8], ['BC', 1], ['CĐ', 0.1]],
  phong: [['CV', 4], ['KH', 1.5], ['HD', 1], ['BC', 1]],
  'commune-party': [['KH', 2], ['CV', 1.5], ['NQ', 0.5], ['BC', 0.5]],
  'ubnd-xa': [['KH', 2], ['CV', 2], ['QĐ', 1], ['TB', 1], ['BC', 1]],
};
const CHILD_TYPES: Partial<Record<AuthorityKind, W>> = {
  tu: [['CV', 4], ['KH', 3], ['CTr', 0.6], ['HD', 0.3], ['TB', 0.3]],
  btgtu: [['HD', 2], ['CV', 2], ['KH', 1]],
  'ubnd-tinh': [['CV', 5], ['KH', 3], ['QĐ', 1], ['CT', 0.4]],
  so: [['CV', 5], ['KH', 2], ['HD', 1]],
  'district-party': [['CV', 3], ['KH', 3], ['CTr', 0.4], ['BC', 0.4]],
  'ubnd-huyen': [['CV', 4], ['KH', 3], ['QĐ', 0.5], ['BC', 0.5]],
  phong: [['CV', 3], ['KH', 1], ['HD', 1], ['BC', 0.4]],
  'commune-party': [['KH', 3], ['CV', 2]],
  'ubnd-xa': [['KH', 3], ['CV', 2], ['BC', 0.5]],
  btgtw: [['HD', 3], ['CV', 2]],
  cp: [['NQ', 1]],
  ministry: [['CV', 3], ['QĐ', 1], ['KH', 1], ['HD', 0.5]],
  hdnd: [['NQ', 1]],
};

function pickW(r: Rng, w: W): string {
  return r.weighted(
    w.map((x) => x[0]),
    w.map((x) => x[1]),
  );
}

// ------------------------------------------------------------------ the simulation

const RING = 6;

/** A compact, reference-free copy of a document for ring buffers and citations. */
function toSummary(m: DocMeta): Summary {
  return {
    key: m.key,
    number: m.number,
    abbr: m.abbr,
    citeWord: m.citeWord,
    issuer: m.issuer,
    body: m.body,
    bodyRel: m.bodyRel,
    day: m.day,
    title: m.title,
    subject: m.subject,
    titleRefs: m.titleRefs,
    topic: m.topic,
    points: m.points.length > 12 ? m.points.slice(0, 12) : m.points,
    normative: m.normative,
    seq: m.seq,
  };
}

/** Document ids and file paths. */
function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export class Simulation {
  readonly world: World;
  private readonly r: Rng;
  private readonly heap = new Heap();
  private order = 0;
  private seq = 0;
  private readonly numbering = new Map<string, { year: number; last: number }>();
  private readonly rings: (Summary[] | undefined)[];
  private readonly topicCentral: Summary[][];
  private readonly unnumbered = new Set<string>();
  private unnumberedYear = 0;
  private emaTree: number;
  readonly startDay: number;
  readonly endDay: number;
  readonly rate: number;
  readonly reach: number;
  readonly seedStr: string;

  constructor(
    readonly total: number,
    seed: string | number,
  ) {
    this.world = buildWorld();
    this.seedStr = String(seed);
    this.r = new Rng(hashString('sim', this.seedStr));
    const years = Math.max(2, Math.min(20, Math.ceil(total / 60000)));
    const startYear = Math.min(2020, 2025 - years);
    this.startDay = dayOf(startYear, 1, 2);
    this.endDay = dayOf(startYear + years - 1, 12, 31);
    this.rate = total / (this.endDay - this.startDay + 1);
    this.reach = Math.max(0.05, Math.min(1, total / 100000));
    this.rings = new Array(this.world.all.length);
    this.topicCentral = TOPICS.map(() => []);
    this.emaTree = Math.max(5, 400 * this.reach);
  }

  // ---------------------------------------------------------------- helpers

  private ring(a: Authority): Summary[] {
    let x = this.rings[a.idx];
    if (!x) this.rings[a.idx] = x = [];
    return x;
  }

  private remember(m: DocMeta): void {
    const s = toSummary(m);
    const ring = this.ring(m.issuer);
    ring.push(s);
    if (ring.length > RING) ring.shift();
    if (m.issuer.level === 'central' && m.abbr !== 'BC') {
      const tc = this.topicCentral[m.topic];
      tc.push(s);
      if (tc.length > 8) tc.shift();
    }
  }

  private nextNumber(a: Authority, abbr: string, normative: boolean, day: number): number {
    const { y } = civil(day);
    const series = normative ? abbr + '*' : abbr;
    const k = `${a.scope}|${a.code}|${series}`;
    const vol = VOLUME[a.kind]?.[series] ?? 50;
    const frac = (day - dayOf(y, 1, 1) + 1) / 366;
    const base = Math.floor(vol * frac * this.r.range(0.85, 1.15)) + 1;
    const cur = this.numbering.get(k);
    const n = cur && cur.year === y ? Math.max(cur.last + 1, base) : base;
    this.numbering.set(k, { year: y, last: n });
    return n;
  }

  private delay(median: number, urgent: boolean): number {
    const r = this.r;
    if (urgent) return r.delayDays(1.5, 10);
    if (r.chance(0.05)) return r.int(15, 120);
    return r.delayDays(median, 60);
  }

  /** Moves a due date off Sundays (and mostly off Saturdays). */
  private workday(day: number): number {
    const wd = weekday(day);
    if (wd === 0 && this.r.chance(0.9)) return day + 1;
    if (wd === 6 && this.r.chance(0.7)) return day + 2;
    return day;
  }

  private pickTopic(a: Authority, day: number): number {
    const r = this.r;
    const { y, m } = civil(day);
    const pool = topicsFor(y, m);
    const weights = pool.map((t) => {
      let w = t.weight;
      if (a.sector) w *= t.sectors.includes(a.sector) ? 6 : 0.15;
      if (t.partyMostly) w *= a.branch === 'party' ? 2.5 : 0.2;
      return w;
    });
    return TOPICS.indexOf(r.weighted(pool, weights));
  }

  private bodyNames(a: Authority, abbr: string): { body: string; bodyRel: string } {
    const r = this.r;
    switch (a.kind) {
      case 'tw': {
        const v =
          abbr === 'NQ'
            ? r.chance(0.6) ? 'Ban Chấp hành Trung ương' : 'Bộ Chính trị'
            : abbr === 'CT'
              ? r.chance(0.6) ? 'Ban Bí thư' : 'Bộ Chính trị'
              : abbr === 'TB'
                ? r.weighted(['Bộ Chính trị', 'Ban Bí thư', 'Thường trực Ban Bí thư'], [6, 3, 1])
                : r.chance(0.6) ? 'Bộ Chính trị' : 'Ban Bí thư';
        return { body: v, bodyRel: v };
      }
      case 'tu':
      case 'district-party': {
        const v = r.weighted(['Ban Thường vụ ', 'Thường trực ', ''], abbr === 'CV' ? [5, 3, 2] : abbr === 'TB' ? [6, 4, 0] : [6, 0.5, 4]);
        return { body: v + a.name, bodyRel: v + a.relative };
      }
      case 'commune-party':
        return r.chance(0.3) ? { body: 'Ban Thường vụ ' + a.name, bodyRel: 'Ban Thường vụ ' + a.relative } : { body: a.name, bodyRel: a.relative };
      case 'so':
      case 'phong':
      case 'btgtu':
        return { body: a.name, bodyRel: a.relative };
      default:
        return { body: a.short, bodyRel: a.relative };
    }
  }

  private normativeFor(a: Authority, abbr: string): boolean {
    const r = this.r;
    if (abbr === 'NĐ' || abbr === 'TT') return true;
    if (abbr === 'NQ' && a.kind === 'hdnd') return r.chance(0.6);
    if (abbr === 'QĐ' && a.kind === 'ttg') return r.chance(0.12);
    if (abbr === 'QĐ' && a.kind === 'ubnd-tinh') return r.chance(0.08);
    return false;
  }

  private sizeOf(abbr: string, a: Authority): { cls: SizeClass; points: number } {
    const r = this.r;
    let cls: SizeClass = r.weighted<SizeClass>(['short', 'medium', 'large', 'long'], [0.36, 0.5, 0.12, 0.02]);
    if ((abbr === 'NQ' && a.kind === 'tw') || abbr === 'NĐ' || abbr === 'TT') cls = r.chance(0.4) ? 'long' : 'large';
    if (a.level === 'commune' && cls === 'long') cls = 'medium';
    const points = cls === 'short' ? r.int(2, 4) : cls === 'medium' ? r.int(4, 8) : cls === 'large' ? r.int(9, 16) : r.int(45, 130);
    return { cls, points };
  }

  /** Summaries a normative-style document can be based on. */
  private basisFor(a: Authority, abbr: string, topic: Topic, day: number): Summary[] {
    const r = this.r;
    const out: Summary[] = [];
    const add = (s: Summary | undefined) => {
      if (s && s.day < day && !out.some((x) => x.key === s.key)) out.push(s);
    };
    const heavy = abbr === 'QĐ' || abbr === 'NĐ' || abbr === 'TT' || (abbr === 'NQ' && a.branch !== 'party');
    if (heavy) {
      if (a.level === 'central') add(external(abbr === 'TT' ? 'luat-bhvb' : 'luat-tccp', day));
      else add(external('luat-tcqdp', day));
      if (r.chance(0.6)) add(external('luat-sdtc', day));
      for (const id of r.sample(topic.basis, r.int(0, 2))) add(external(id, day));
      if (r.chance(0.5)) {
        // a generated normative document: a decree, a circular or the council's resolution
        const pools = [this.world.cp, this.world.ministryBySector.get(topic.sectors[0])].filter(Boolean) as Authority[];
        if (a.province) pools.push(a.province.hdnd);
        for (const pa of pools) {
          const cand = this.ring(pa).filter((s) => s.normative && s.day < day - 3);
          if (cand.length && r.chance(0.6)) add(r.pick(cand));
        }
      }
    } else if (a.branch !== 'party' && r.chance(0.12)) {
      for (const id of r.sample(topic.basis, 1)) add(external(id, day));
    }
    return out;
  }

  /** A one-off document cited but never generated (Tờ trình, Báo cáo of a party committee). */
  private phantom(a: Authority, day: number, topic: Topic): Summary | null {
    const r = this.r;
    const { y } = civil(day);
    let src: Authority | undefined;
    if (a.kind === 'ubnd-tinh' || a.kind === 'hdnd') src = a.kind === 'hdnd' ? a.province!.ubnd : departmentFor(a.province!, topic.sectors[0]) ?? a.province!.departments[0];
    else if (a.kind === 'ubnd-huyen') src = officeFor(a.district!, topic.sectors[0]) ?? a.district!.offices[0];
    else if (a.kind === 'ttg' || a.kind === 'cp') src = this.world.ministryBySector.get(topic.sectors[0]) ?? this.world.ministries[0];
    const yearStart = dayOf(y, 1, 1);
    if (src) {
      const pd = Math.max(yearStart, day - r.int(2, 12));
      const n = this.nextNumber(src, 'TTr', false, pd);
      const number = formatSymbol(n, 'TTr', src.code, src.branch, y, false, '');
      const body = src.kind === 'ubnd-tinh' ? src.short : src.name;
      return {
        key: `${number}|${src.scope}|${civil(pd).y}`, number, abbr: 'TTr', citeWord: 'Tờ trình', issuer: src, body, bodyRel: src.relative,
        day: pd, title: `đề nghị ban hành văn bản về ${r.pick(topic.subjects)}`, subject: r.pick(topic.subjects), titleRefs: [], topic: -1,
        points: [], normative: false, seq: -1,
      };
    }
    if (a.kind === 'tw' || a.kind === 'tu') {
      const scope = a.kind === 'tw' ? 'central' : a.scope;
      const code = a.kind === 'tw' ? 'BCSĐCP' : 'BCSĐ';
      const pseudo = { ...a, scope, code, kind: 'tw' as AuthorityKind };
      const pd = Math.max(yearStart, day - r.int(1, 6));
      const n = this.nextNumber(pseudo, 'BC', false, pd);
      const number = formatSymbol(n, 'BC', code, 'party', y, false, '');
      const body = a.kind === 'tw' ? 'Ban cán sự đảng Chính phủ' : `Ban cán sự đảng UBND ${a.province!.full}`;
      return {
        key: `${number}|${scope}|${civil(pd).y}`, number, abbr: 'BC', citeWord: 'Báo cáo', issuer: null, body, bodyRel: a.kind === 'tw' ? body : `Ban cán sự đảng UBND ${a.province!.kind}`,
        day: pd, title: `tình hình ${r.pick(topic.subjects)}`, subject: r.pick(topic.subjects), titleRefs: [], topic: -1, points: [], normative: false, seq: -1,
      };
    }
    return null;
  }

  // ---------------------------------------------------------------- one document

  /** Plans a document issued by `a` on `day`, as part of a propagation tree (`node`) or on its own. */
  private materialize(a: Authority, day: number, node: TaskNode | null, fillerParent: Summary | null): DocMeta {
    const r = this.r;
    const { y } = civil(day);
    if (y !== this.unnumberedYear) {
      this.unnumbered.clear();
      this.unnumberedYear = y;
    }
    const parentMeta = node?.parent?.doc ?? null;
    const parent: Summary | null = parentMeta ? toSummary(parentMeta) : fillerParent;
    const topicIdx = parent && parent.topic >= 0 ? parent.topic : node ? node.root.topic : this.pickTopic(a, day);
    const topic = TOPICS[topicIdx];
    let abbr: string;
    if (parent) {
      const w = CHILD_TYPES[a.kind] ?? ROOT_TYPES[a.kind] ?? [['CV', 1]];
      abbr = pickW(r, w);
      if (parent.abbr === 'CĐ' && (a.kind === 'ubnd-tinh' || a.kind === 'ubnd-huyen') && r.chance(0.5)) abbr = 'CĐ';
      if (parent.abbr === 'NQ' && a.kind === 'tu' && r.chance(0.5)) abbr = r.chance(0.5) ? 'CTr' : 'KH';
      if (a.kind === 'cp') abbr = 'NQ';
    } else abbr = pickW(r, ROOT_TYPES[a.kind] ?? [['CV', 1]]);

    // amends / replaces / repeals earlier documents of the same issuer
    const ring = this.ring(a).filter((s) => s.day < day && s.number);
    let amends: Summary | null = null;
    let replaces: Summary | null = null;
    let repeals: Summary | null = null;
    if (ring.length && !parent) {
      const x = r.next();
      if (x < 0.05) {
        const c = ring.filter((s) => ['KH', 'QĐ', 'CT', 'NQ', 'NĐ', 'TT', 'HD', 'CV'].includes(s.abbr));
        if (c.length) {
          amends = r.pick(c);
          abbr = amends.abbr === 'CV' ? 'CV' : amends.abbr === 'KH' && r.chance(0.5) ? 'KH' : a.kind === 'ubnd-tinh' || a.kind === 'ubnd-huyen' || a.kind === 'ttg' || a.kind === 'ministry' ? 'QĐ' : amends.abbr;
          if (abbr === 'NĐ' && a.kind !== 'cp') abbr = amends.abbr;
        }
      } else if (x < 0.09) {
        replaces = r.pick(ring);
        abbr = replaces.abbr;
      } else if (x < 0.115) {
        const c = ring.filter((s) => ['QĐ', 'CT', 'KH', 'CV'].includes(s.abbr));
        if (c.length) {
          repeals = r.pick(c);
          abbr = a.kind.startsWith('ubnd') || a.kind === 'ttg' || a.kind === 'ministry' ? 'QĐ' : repeals.abbr === 'CV' ? 'CV' : repeals.abbr;
        }
      }
    }
    if (!DOC_TYPES[abbr] || ((abbr === 'NĐ') !== (a.kind === 'cp' && abbr === 'NĐ'))) abbr = 'CV';
    if (abbr === 'TT' && a.kind !== 'ministry') abbr = 'CV';
    let normative = this.normativeFor(a, abbr);
    if (amends && amends.normative && abbr === amends.abbr) normative = true;

    // number (a few meeting notices have none)
    const partyTB = abbr === 'TB' && (a.kind === 'tu' || a.kind === 'district-party');
    const subject = r.pick(topic.subjects);
    let number: string | null = null;
    let title = '';
    let titleMentions: DocMeta['titleMentions'] = [];
    let key = '';
    const unit = abbr === 'CV' && a.branch !== 'party' && a.units.length ? (a.kind === 'ubnd-tinh' ? topic.unit : r.pick(a.units)) : '';
    const { body, bodyRel } = this.bodyNames(a, abbr);
    if (partyTB && !parent && r.chance(0.12)) {
      const t = `kết luận của ${bodyRel} tại cuộc họp ${r.chance(0.5) ? 'trực tuyến ' : ''}về ${subject} (ngày ${civil(day).d}/${civil(day).m}/${y})`;
      const k = `Thông báo: ${t}@${isoOf(day)}|${a.scope}|${y}`;
      if (!this.unnumbered.has(k)) {
        this.unnumbered.add(k);
        title = t;
        key = k;
      }
    }
    if (!key) {
      const n = this.nextNumber(a, abbr, normative, day);
      number = formatSymbol(n, abbr, a.code, a.branch, y, normative, unit);
      key = `${number}|${a.scope}|${y}`;
    }

    // what it implements
    const implementsRefs: Summary[] = [];
    if (parent) implementsRefs.push(parent);
    if (parentMeta && parentMeta.implementsRefs.length && (a.kind === 'ubnd-tinh' || a.kind === 'ubnd-huyen' || a.kind === 'so') && r.chance(0.3)) {
      const gp = parentMeta.implementsRefs[0];
      if (gp.day < day && gp.seq >= 0) implementsRefs.unshift(gp);
    }
    if (parent && (a.level === 'provincial' || a.level === 'central') && r.chance(0.2)) {
      // another recent central directive on the same subject, often of the same type and issuer
      // ('các Chỉ thị số 15/CT-TTg ..., số 16/CT-TTg ... của Thủ tướng Chính phủ')
      const extra = this.topicCentral[topicIdx].filter((s) => s.day < day && s.day > day - 60 && !implementsRefs.some((x) => x.key === s.key));
      const same = extra.filter((s) => s.body === parent.body && s.abbr === parent.abbr);
      if (same.length && r.chance(0.7)) implementsRefs.push(r.pick(same));
      else if (extra.length) implementsRefs.push(r.pick(extra));
    } else if (parent && parent.issuer && r.chance(0.1)) {
      // an earlier document of the parent's issuer and type ('các Kế hoạch số ..., số ... của UBND tỉnh')
      const sib = this.ring(parent.issuer).filter((s) => s.abbr === parent.abbr && s.day < parent.day && s.day > day - 120 && s.number && s.key !== parent.key);
      if (sib.length) implementsRefs.push(r.pick(sib));
    }
    const attachKeys: string[] = [];
    let appended: DocMeta | null = null;
    if (parentMeta && parentMeta.number && r.chance(0.12)) {
      attachKeys.push(parentMeta.key);
      if (r.chance(0.3) && parentMeta.sizeClass !== 'long') appended = { ...parentMeta, appended: null };
    }

    // title
    if (!title) {
      const norm = normative && !amends ? r.pick(topic.normTitles) : '';
      const tr = makeTitle(abbr, subject, norm, a, bodyRel, parent, amends, r, y);
      title = tr.title;
      titleMentions = tr.mentions;
    }
    if (abbr === 'TB' && (a.kind === 'tw' || a.kind === 'vptw') && !title.startsWith('về')) title = `về ${subject}`;
    if (abbr === 'TB' && a.kind === 'vpcp' && !titleMentions.length) title = `Kết luận của Thủ tướng Chính phủ tại cuộc họp về ${subject}`;

    // other references
    const basedOn = this.basisFor(a, abbr, topic, day);
    const cites: Summary[] = [];
    const taken = new Set([key, ...implementsRefs.map((s) => s.key), ...basedOn.map((s) => s.key)]);
    if (amends) taken.add(amends.key);
    if (replaces) taken.add(replaces.key);
    if (repeals) taken.add(repeals.key);
    if (r.chance(0.22)) {
      const pools: Summary[] = [...ring];
      if (a.province) {
        pools.push(...this.ring(a.province.ubnd), ...this.ring(a.province.tu));
        if (a.sector) {
          const d = departmentFor(a.province, a.sector);
          if (d) pools.push(...this.ring(d));
        }
      }
      const all = pools.filter((s) => s.day < day && s.number && !taken.has(s.key));
      const same = all.filter((s) => s.topic === topicIdx);
      const c = same.length ? same : r.chance(0.3) ? all : [];
      if (c.length) {
        const s = r.pick(c);
        cites.push(s);
        taken.add(s.key);
      }
    }
    if ((abbr === 'QĐ' || (abbr === 'NQ' && a.branch === 'state') || (a.kind === 'tw' && (abbr === 'TB' || abbr === 'KL'))) && r.chance(0.5)) {
      const ph = this.phantom(a, day, topic);
      if (ph) cites.push(ph);
    }

    const seq = this.seq++;
    const size = this.sizeOf(abbr, a);
    const points = pointSeeds(r, size.points);
    const inherited = parent && parent.points.length ? r.sample(parent.points, r.int(1, Math.min(4, parent.points.length))) : [];
    const sig = signatureFor(a, abbr, y, r, bodyRel);
    const id = `${String(seq).padStart(7, '0')}_${slug(number ?? 'TB')}`;
    const file = `docs/${String(Math.floor(seq / 1000)).padStart(4, '0')}/${id}.txt`;
    let citeWord = DOC_TYPES[abbr].name;
    if (abbr === 'TB' && (a.kind === 'tw' || (a.branch === 'party' && title.startsWith('kết luận')))) citeWord = 'Thông báo kết luận';
    return {
      key, number, abbr, citeWord, issuer: a, body, bodyRel, day, title, subject, parent,
      titleRefs: titleMentions.map((x) => x.lite), topic: topicIdx, points, normative, seq, id, file, level: a.level, unit,
      implementsRefs, attachKeys, basedOn, cites, amends, replaces, repeals, titleMentions, sizeClass: size.cls,
      textSeed: hashString('text', this.seedStr, seq), chainRoot: node && node.root.key && node.parent ? node.root.key : null,
      appended, signer: sig, inherited, pointCount: size.points,
    };
  }

  // ---------------------------------------------------------------- propagation trees

  private push(n: TaskNode): void {
    this.heap.push(n);
  }

  private child(parent: TaskNode, issuer: Authority, median: number): TaskNode {
    const due = this.workday(parent.due + this.delay(median, parent.root.urgent && parent.depth < 2));
    const n: TaskNode = { due, order: this.order++, issuer, parent, doc: null, root: parent.root, depth: parent.depth + 1 };
    this.push(n);
    return n;
  }

  /** Expands the whole propagation tree under `node`; returns the number of descendants. */
  private expand(node: TaskNode): number {
    if (node.depth >= 5) return 0;
    const r = this.r;
    const a = node.issuer;
    const topic = TOPICS[node.root.topic];
    const cov = node.root.coverage;
    const partyMostly = !!topic.partyMostly;
    let count = 0;
    const go = (issuer: Authority | undefined, median: number) => {
      if (!issuer) return;
      const c = this.child(node, issuer, median);
      count += 1 + this.expand(c);
    };
    const provs = this.world.provinces;
    switch (a.kind) {
      case 'tw':
      case 'vptw':
      case 'btctw':
        for (const p of provs) {
          const pc = cov * r.range(0.85, 1.15);
          if (r.chance(pc)) go(p.tu, 5);
          else if (r.chance(0.08 * this.reach)) go(r.pick(p.districts).party, 8);
        }
        if (a.kind === 'tw' && r.chance(0.25)) go(this.world.btgtw, 4);
        if (a.kind === 'tw' && !partyMostly && r.chance(0.3)) go(this.world.cp, 10);
        if (!partyMostly && r.chance(0.2)) go(this.world.ministryBySector.get(topic.sectors[0]), 6);
        break;
      case 'btgtw':
        for (const p of provs) if (r.chance(cov * (node.depth ? 0.3 : 0.8))) go(r.chance(0.5) ? p.btgtu : p.tu, 4);
        break;
      case 'cp':
      case 'ttg':
      case 'vpcp': {
        const f = a.kind === 'vpcp' ? 0.5 : node.depth ? 0.5 : 1;
        for (const p of provs) {
          if (r.chance(cov * f * r.range(0.85, 1.15))) go(p.ubnd, 4);
          if (!partyMostly && r.chance(cov * 0.12)) go(p.tu, 5);
        }
        go(r.chance(0.5) ? this.world.ministryBySector.get(topic.sectors[0]) : undefined, 3);
        if (r.chance(0.1)) go(r.pick(this.world.ministries), 5);
        break;
      }
      case 'ministry': {
        const f = node.depth ? 0.35 : 0.6;
        for (const p of provs) {
          if (r.chance(cov * f)) go(departmentFor(p, a.sector ?? topic.sectors[0]) ?? p.ubnd, 5);
          else if (r.chance(cov * 0.1)) go(p.ubnd, 5);
        }
        break;
      }
      case 'tu':
        if (r.chance(partyMostly ? 0.15 : 0.6)) go(a.province!.ubnd, 3);
        if (r.chance(0.12)) go(a.province!.btgtu, 3);
        for (const d of a.province!.districts) if (r.chance(partyMostly ? 0.6 : 0.42)) go(d.party, 4);
        break;
      case 'btgtu':
        for (const d of a.province!.districts) if (r.chance(0.12)) go(d.party, 4);
        break;
      case 'district-party':
        for (const c of a.district!.communes) if (r.chance(0.3)) go(c.party, 3);
        if (r.chance(0.15)) go(a.district!.ubnd, 3);
        break;
      case 'ubnd-tinh':
        for (const s of topic.sectors) if (r.chance(0.5)) go(departmentFor(a.province!, s), 3);
        for (const d of a.province!.districts) {
          if (r.chance(0.35)) go(d.ubnd, 4);
          for (const c of d.communes) if (r.chance(0.01)) go(c.ubnd, 6);
        }
        break;
      case 'so':
        for (const d of a.province!.districts) if (r.chance(0.2)) go(officeFor(d, a.sector!), 4);
        break;
      case 'ubnd-huyen':
        for (const c of a.district!.communes) if (r.chance(0.3)) go(c.ubnd, 3);
        if (r.chance(0.15)) go(officeFor(a.district!, topic.sectors[0]), 3);
        break;
      default:
        break;
    }
    return count;
  }

  private startTree(meta: DocMeta, day: number, central: boolean): number {
    const r = this.r;
    const strength: Record<string, number> = { NQ: 0.95, CT: 0.9, KL: 0.85, TB: 0.7, CĐ: 0.9, QĐ: 0.55, HD: 0.6, CV: 0.45, KH: 0.6, NĐ: 0.3, TT: 0.35 };
    const coverage = central ? r.range(0.6, 0.95) * (strength[meta.abbr] ?? 0.4) * this.reach : 1;
    const root: RootInfo = { topic: meta.topic, coverage, key: meta.key, urgent: meta.abbr === 'CĐ' };
    const node: TaskNode = { due: day, order: this.order++, issuer: meta.issuer, parent: null, doc: meta, root, depth: 0 };
    return this.expand(node);
  }

  // ---------------------------------------------------------------- filler issuers

  private fillerIssuer(): Authority {
    const r = this.r;
    const w = this.world;
    const level = r.weighted(['central', 'provincial', 'district', 'commune'], [0.08, 0.37, 0.35, 0.2]);
    const p = r.pick(w.provinces);
    const d = r.pick(p.districts);
    const c = r.pick(d.communes);
    switch (level) {
      case 'central':
        return r.weighted(
          [w.ttg, w.cp, w.vpcp, w.tw, w.btgtw, r.pick(w.ministries)],
          [1, 0.5, 2, 0.3, 0.5, 6],
        );
      case 'provincial':
        return r.weighted([p.ubnd, p.tu, r.pick(p.departments), p.hdnd, p.btgtu], [12, 5, 15, 1, 2]);
      case 'district':
        return r.weighted([d.ubnd, d.party, r.pick(d.offices)], [15, 8, 12]);
      default:
        return r.weighted([c.ubnd, c.party], [14, 6]);
    }
  }

  /** A recent document from above that a filler document may implement. */
  private fillerParent(a: Authority, day: number): Summary | null {
    const r = this.r;
    let pool: Summary[] = [];
    if (a.level === 'commune') pool = [...this.ring(a.district!.ubnd), ...this.ring(a.district!.party)];
    else if (a.level === 'district') pool = [...this.ring(a.province!.ubnd), ...this.ring(a.province!.tu)];
    else if (a.kind === 'so') pool = [...this.ring(a.province!.ubnd), ...(this.world.ministryBySector.get(a.sector!) ? this.ring(this.world.ministryBySector.get(a.sector!)!) : [])];
    else if (a.level === 'provincial') pool = this.topicCentral[this.pickTopic(a, day)];
    const c = pool.filter((s) => s.day < day && s.day > day - 120 && s.number && s.abbr !== 'BC');
    return c.length ? r.pick(c) : null;
  }

  // ---------------------------------------------------------------- the run

  /**
   * Yields the planned documents in issue order, exactly `total` of them.
   *
   * @example
   * for (const meta of new Simulation(1000, 'demo').run()) console.log(meta.key);
   */
  *run(): Generator<DocMeta> {
    const r = this.r;
    const central = this.world;
    let emitted = 0;
    const weekFactor = [0.08, 1.2, 1.2, 1.2, 1.2, 1.12, 0.3].map((f) => (f * 7) / 6.3);
    const share = 0.62;
    for (let day = this.startDay; emitted < this.total; day++) {
      const wd = weekday(day);
      const dayRate = this.rate * weekFactor[wd] * (day > this.endDay ? 1.5 : 1);
      const jobs: { node: TaskNode | null; issuer: Authority; root: boolean }[] = [];
      while (this.heap.size && this.heap.peek()!.due <= day) {
        const n = this.heap.pop()!;
        jobs.push({ node: n, issuer: n.issuer, root: false });
      }
      // feedback: keep the cumulative count close to the target line
      const deficit = Math.min(this.total, this.rate * (day - this.startDay + 1)) - emitted;
      const steer = Math.max(0.1, Math.min(2, 1 + deficit / (this.rate * 15)));
      // new central directives
      const rootRate = wd === 0 || wd === 6 ? 0 : (steer * share * dayRate) / Math.max(1, this.emaTree);
      const roots = r.poisson(rootRate);
      for (let i = 0; i < roots; i++) {
        const issuer = r.weighted(
          [central.tw, central.ttg, central.cp, central.vpcp, r.pick(central.ministries), central.btgtw, central.vptw, central.btctw],
          [3, 3, 1.2, 1.5, 4, 0.8, 0.6, 0.3],
        );
        jobs.push({ node: null, issuer, root: true });
      }
      const fill = Math.max(0, Math.round((dayRate + 0.25 * deficit * weekFactor[wd]) * r.range(0.8, 1.2)) - jobs.length);
      for (let i = 0; i < fill; i++) jobs.push({ node: null, issuer: this.fillerIssuer(), root: false });
      // deterministic shuffle so the issue order within a day is mixed
      for (let i = jobs.length - 1; i > 0; i--) {
        const j = r.int(0, i);
        [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
      }
      // parents first: a document never precedes its parent on the same day (parents are due earlier anyway)
      for (const job of jobs) {
        if (emitted >= this.total) return;
        const { y } = civil(day);
        let meta: DocMeta;
        if (job.node) {
          meta = this.materialize(job.issuer, day, job.node, null);
          job.node.doc = meta;
        } else {
          const fp = job.root ? null : r.chance(0.3) ? this.fillerParent(job.issuer, day) : null;
          meta = this.materialize(job.issuer, day, null, fp);
          if (job.root) {
            const size = this.startTree(meta, day, true);
            this.emaTree = this.emaTree * 0.9 + (size + 1) * 0.1;
          } else if (!fp && meta.abbr !== 'BC' && meta.level !== 'commune' && r.chance(meta.issuer.level === 'central' ? 0.5 : 0.2)) {
            this.startTree(meta, day, meta.issuer.level === 'central');
          }
        }
        this.remember(meta);
        emitted++;
        yield meta;
      }
    }
  }
}

// ------------------------------------------------------------------ writing

class Sink {
  private buf: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  write(s: string): void {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.buf.length) fs.writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

function csv(s: string | null): string {
  if (s === null) return '';
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function stampFor(m: DocMeta, r: Rng, world: World): StampInfo | null {
  const a = m.issuer;
  const up = (s: string) => s.toLocaleUpperCase('vi');
  let receiver: string;
  if (a.level === 'central') {
    const p = r.pick(world.provinces);
    receiver = r.chance(0.5) ? `VĂN PHÒNG ${up(p.tu.name)}` : `VĂN PHÒNG UBND ${up(p.full)}`;
  } else if (a.level === 'provincial') {
    const d = r.pick(a.province!.districts);
    receiver = r.chance(0.5) ? `VĂN PHÒNG ${up(d.party.name)}` : `UBND ${up(d.full)}`;
  } else if (a.level === 'district') {
    receiver = `UBND ${up(r.pick(a.district!.communes).full)}`;
  } else return null;
  return { receiver, day: m.day };
}

/**
 * Generates a corpus of `docs` documents into `out` (docs/ and truth/), streaming to disk.
 *
 * @example
 * await generateCorpus({ docs: 1000, out: '/tmp/corpus', seed: 'demo', noise: 0.1 });
 */
export async function generateCorpus(opts: GenerateOptions): Promise<CorpusSummary> {
  const seed = String(opts.seed ?? 1);
  const noise = opts.noise ?? 0;
  if (!Number.isInteger(opts.docs) || opts.docs < 1) throw new RangeError('docs must be a positive integer');
  if (!(noise >= 0 && noise <= 1)) throw new RangeError('noise must be between 0 and 1');
  const out = opts.out;
  fs.mkdirSync(path.join(out, 'docs'), { recursive: true });
  fs.mkdirSync(path.join(out, 'truth'), { recursive: true });
  const docsSink = new Sink(fs.openSync(path.join(out, 'truth', 'documents.jsonl'), 'w'));
  const edgesSink = new Sink(fs.openSync(path.join(out, 'truth', 'edges.csv'), 'w'));
  const extSink = new Sink(fs.openSync(path.join(out, 'truth', 'external.jsonl'), 'w'));
  edgesSink.write('from_key,to_key,relation,from_number,to_number\n');
  const sim = new Simulation(opts.docs, seed);
  const seenExternal = new Set<string>();
  const summary: CorpusSummary = {
    note: 'Synthetic corpus generated by server/generate (Directive Graph). Every document, number, name and citation here is invented; it imitates the shape of Vietnamese Party and State directives and must not be read as real.',
    seed, noise, docs: 0, firstDate: '', lastDate: '', years: [], edges: 0, externals: 0,
    byLevel: {}, byType: {}, byBranch: {}, byRelation: {}, bytes: 0,
  };
  const inc = (o: Record<string, number>, k: string) => (o[k] = (o[k] ?? 0) + 1);
  const years = new Set<number>();
  let lastShard = -1;
  for (const m of sim.run()) {
    const { text, edges } = renderDocument(m);
    const noiseRng = new Rng(hashString('stamp', seed, m.seq));
    const final = applyNoise(text, hashString('noise', seed, m.seq), noise, stampFor(m, noiseRng, sim.world));
    const shard = Math.floor(m.seq / 1000);
    if (shard !== lastShard) {
      fs.mkdirSync(path.join(out, 'docs', String(shard).padStart(4, '0')), { recursive: true });
      lastShard = shard;
    }
    const buf = Buffer.from(final, 'utf8');
    fs.writeFileSync(path.join(out, m.file), buf);
    summary.bytes += buf.length;
    const a = m.issuer;
    const rec = {
      file: m.file,
      key: m.key,
      number: m.number,
      type: DOC_TYPES[m.abbr].name,
      title: m.title,
      issuer: {
        name: a.branch === 'party' ? m.body : a.name,
        code: a.code,
        level: a.level,
        province: a.province?.name ?? null,
        branch: a.branch,
        district: a.district?.full ?? null,
        commune: a.commune?.full ?? null,
        authority: a.name,
      },
      issuedOn: isoOf(m.day),
      level: a.level,
      province: a.province?.name ?? null,
      ...(m.chainRoot ? { chainRoot: m.chainRoot } : {}),
      id: m.id,
      signer: { name: m.signer.name, capacity: m.signer.capacity },
      topic: TOPICS[m.topic].id,
      ...(m.appended ? { attachedCopies: [m.appended.key] } : {}),
    };
    docsSink.write(JSON.stringify(rec) + '\n');
    for (const e of sortEdges(edges)) {
      edgesSink.write(`${csv(m.key)},${csv(e.to.key)},${e.relation},${csv(m.number)},${csv(e.to.number)}\n`);
      inc(summary.byRelation, e.relation);
      summary.edges++;
      if (e.to.external && !seenExternal.has(e.to.key)) {
        const s = findExternal(m, e.to.key);
        if (s) {
          // catalogue entries recur and are deduplicated; phantoms are cited once
          if (s.seq < 0 && s.topic === -1 && s.issuer === null && s.abbr !== 'BC') seenExternal.add(e.to.key);
          extSink.write(JSON.stringify(externalRecord(s)) + '\n');
          summary.externals++;
        }
      }
    }
    inc(summary.byLevel, a.level);
    inc(summary.byType, DOC_TYPES[m.abbr].name);
    inc(summary.byBranch, a.branch);
    years.add(civil(m.day).y);
    if (!summary.firstDate) summary.firstDate = isoOf(m.day);
    summary.lastDate = isoOf(m.day);
    summary.docs++;
    if (summary.docs % 500 === 0) {
      opts.onProgress?.(summary.docs);
      await new Promise((res) => setImmediate(res));
    }
  }
  opts.onProgress?.(summary.docs);
  summary.years = [...years].sort();
  docsSink.close();
  edgesSink.close();
  extSink.close();
  fs.writeFileSync(path.join(out, 'truth', 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  return summary;
}

function sortEdges(edges: EdgeRecord[]): EdgeRecord[] {
  // 'cites' only when no stronger relation links the same pair
  const strong = new Set(edges.filter((e) => e.relation !== 'cites').map((e) => e.to.key));
  return edges.filter((e) => e.relation !== 'cites' || !strong.has(e.to.key));
}

function findExternal(m: DocMeta, key: string): Summary | undefined {
  const all = [...m.basedOn, ...m.cites, ...m.implementsRefs];
  return all.find((s) => s.key === key && s.seq < 0);
}
