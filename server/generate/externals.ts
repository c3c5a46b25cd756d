/**
 * Documents that generated directives cite but that are not generated as files: a small
 * catalogue of real laws (cited by name and date, as "Căn cứ Luật ... ngày ...") and
 * decrees (cited by number), plus helpers for one-off ("phantom") documents such as the
 * Tờ trình a Quyết định is issued on. Their keys follow the corpus key format.
 */
import { dayOf, type Summary } from './model';

interface CatalogueEntry {
  id: string;
  /** Full name for laws ('Luật ...'), description for decrees. */
  title: string;
  /** Official number; only printed for decrees. */
  number: string;
  date: [number, number, number];
  kind: 'law' | 'decree';
}

const CATALOGUE: CatalogueEntry[] = [
  { id: 'luat-tcqdp', kind: 'law', title: 'Luật Tổ chức chính quyền địa phương', number: '77/2015/QH13', date: [2015, 6, 19] },
  { id: 'luat-tccp', kind: 'law', title: 'Luật Tổ chức Chính phủ', number: '76/2015/QH13', date: [2015, 6, 19] },
  {
    id: 'luat-sdtc',
    kind: 'law',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
    number: '47/2019/QH14',
    date: [2019, 11, 22],
  },
  { id: 'luat-pcbtn', kind: 'law', title: 'Luật Phòng, chống bệnh truyền nhiễm', number: '03/2007/QH12', date: [2007, 11, 21] },
  { id: 'luat-kbcb', kind: 'law', title: 'Luật Khám bệnh, chữa bệnh', number: '40/2009/QH12', date: [2009, 11, 23] },
  { id: 'luat-bhyt', kind: 'law', title: 'Luật Bảo hiểm y tế', number: '25/2008/QH12', date: [2008, 11, 14] },
  { id: 'luat-pctt', kind: 'law', title: 'Luật Phòng, chống thiên tai', number: '33/2013/QH13', date: [2013, 6, 19] },
  { id: 'luat-lamnghiep', kind: 'law', title: 'Luật Lâm nghiệp', number: '16/2017/QH14', date: [2017, 11, 15] },
  { id: 'luat-giaoduc', kind: 'law', title: 'Luật Giáo dục', number: '43/2019/QH14', date: [2019, 6, 14] },
  { id: 'luat-nsnn', kind: 'law', title: 'Luật Ngân sách nhà nước', number: '83/2015/QH13', date: [2015, 6, 25] },
  { id: 'luat-dtc', kind: 'law', title: 'Luật Đầu tư công', number: '39/2019/QH14', date: [2019, 6, 13] },
  { id: 'luat-pctn', kind: 'law', title: 'Luật Phòng, chống tham nhũng', number: '36/2018/QH14', date: [2018, 11, 20] },
  { id: 'luat-gtdb', kind: 'law', title: 'Luật Giao thông đường bộ', number: '23/2008/QH12', date: [2008, 11, 13] },
  { id: 'luat-bvmt', kind: 'law', title: 'Luật Bảo vệ môi trường', number: '72/2020/QH14', date: [2020, 11, 17] },
  { id: 'luat-datdai', kind: 'law', title: 'Luật Đất đai', number: '45/2013/QH13', date: [2013, 11, 29] },
  { id: 'luat-thuy', kind: 'law', title: 'Luật Thú y', number: '79/2015/QH13', date: [2015, 6, 19] },
  { id: 'luat-pcmt', kind: 'law', title: 'Luật Phòng, chống ma túy', number: '73/2021/QH14', date: [2021, 3, 30] },
  { id: 'luat-bhvb', kind: 'law', title: 'Luật Ban hành văn bản quy phạm pháp luật', number: '80/2015/QH13', date: [2015, 6, 22] },
  {
    id: 'nd-101-2010',
    kind: 'decree',
    title: 'quy định chi tiết thi hành một số điều của Luật Phòng, chống bệnh truyền nhiễm về áp dụng biện pháp cách ly y tế, cưỡng chế cách ly y tế và chống dịch đặc thù trong thời gian có dịch',
    number: '101/2010/NĐ-CP',
    date: [2010, 9, 30],
  },
  { id: 'nd-117-2020', kind: 'decree', title: 'quy định xử phạt vi phạm hành chính trong lĩnh vực y tế', number: '117/2020/NĐ-CP', date: [2020, 9, 28] },
  {
    id: 'nd-66-2021',
    kind: 'decree',
    title: 'quy định chi tiết thi hành Luật Phòng, chống thiên tai và Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều',
    number: '66/2021/NĐ-CP',
    date: [2021, 7, 6],
  },
  {
    id: 'nd-81-2021',
    kind: 'decree',
    title: 'quy định về cơ chế thu, quản lý học phí đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân',
    number: '81/2021/NĐ-CP',
    date: [2021, 8, 27],
  },
  { id: 'nd-163-2016', kind: 'decree', title: 'quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước', number: '163/2016/NĐ-CP', date: [2016, 12, 21] },
  { id: 'nd-20-2021', kind: 'decree', title: 'quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội', number: '20/2021/NĐ-CP', date: [2021, 3, 15] },
  { id: 'nd-30-2020', kind: 'decree', title: 'về công tác văn thư', number: '30/2020/NĐ-CP', date: [2020, 3, 5] },
  {
    id: 'nd-61-2018',
    kind: 'decree',
    title: 'về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    number: '61/2018/NĐ-CP',
    date: [2018, 4, 23],
  },
  {
    id: 'nd-100-2019',
    kind: 'decree',
    title: 'quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt',
    number: '100/2019/NĐ-CP',
    date: [2019, 12, 30],
  },
  {
    id: 'nd-24-2014',
    kind: 'decree',
    title: 'quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương',
    number: '24/2014/NĐ-CP',
    date: [2014, 4, 4],
  },
  {
    id: 'nd-34-2016',
    kind: 'decree',
    title: 'quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật',
    number: '34/2016/NĐ-CP',
    date: [2016, 5, 14],
  },
  { id: 'nd-138-2016', kind: 'decree', title: 'ban hành Quy chế làm việc của Chính phủ', number: '138/2016/NĐ-CP', date: [2016, 10, 1] },
];

function keyFor(e: CatalogueEntry): string {
  const [y, m, d] = e.date;
  if (e.kind === 'decree') return `${e.number}|central|${y}`;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return `${e.title}@${iso}|central|${y}`;
}

const SUMMARIES = new Map<string, Summary>();
for (const e of CATALOGUE) {
  const [y, m, d] = e.date;
  const isLaw = e.kind === 'law';
  SUMMARIES.set(e.id, {
    key: keyFor(e),
    number: isLaw ? null : e.number,
    abbr: isLaw ? 'L' : 'NĐ',
    citeWord: isLaw ? '' : 'Nghị định',
    issuer: null,
    body: isLaw ? 'Quốc hội' : 'Chính phủ',
    bodyRel: isLaw ? 'Quốc hội' : 'Chính phủ',
    day: dayOf(y, m, d),
    title: e.title,
    subject: e.title,
    titleRefs: [],
    topic: -1,
    points: [],
    normative: true,
    seq: -1,
  });
}

/**
 * The catalogued external document with this id, if it exists and predates `day`.
 *
 * @example
 * external('luat-tcqdp', dayOf(2020, 1, 1))?.title // 'Luật Tổ chức chính quyền địa phương'
 */
export function external(id: string, day: number): Summary | undefined {
  const s = SUMMARIES.get(id);
  return s && s.day < day - 30 ? s : undefined;
}

/**
 * A line for external.jsonl describing a catalogued or phantom document.
 *
 * @example
 * externalRecord(external('nd-30-2020', dayOf(2021, 1, 1))!).number // '30/2020/NĐ-CP'
 */
export function externalRecord(s: Summary): Record<string, unknown> {
  const cat = CATALOGUE.find((e) => keyFor(e) === s.key);
  return {
    key: s.key,
    number: s.number,
    type: s.abbr === 'L' ? 'Luật' : s.citeWord || null,
    title: s.title,
    issuer: s.body,
    issuedOn: s.day >= 0 ? isoFromDay(s.day) : null,
    officialNumber: cat ? cat.number : s.number,
    kind: cat ? 'catalogue' : 'phantom',
  };
}

function isoFromDay(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** All catalogue ids (for tests and docs). */
export const EXTERNAL_IDS = CATALOGUE.map((e) => e.id);
