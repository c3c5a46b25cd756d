/**
 * The simulated world of issuing bodies for the synthetic corpus: central Party and State
 * organs, ministries, the 63 provinces and centrally-run cities with their Party committee,
 * People's Council, People's Committee and departments, a few districts per province and a
 * few communes per district. District and commune names are invented (from a syllable pool)
 * except the provincial capitals and the urban districts of the five centrally-run cities.
 * The world is built from a fixed seed so that it is the same for every corpus.
 */
import { Rng, hashString } from './rng';

export type Level = 'central' | 'provincial' | 'district' | 'commune';
export type Branch = 'party' | 'state' | 'agency';

/** Broad policy area, used to route directives to the matching ministry, department or office. */
export type Sector =
  | 'health'
  | 'education'
  | 'finance'
  | 'labour'
  | 'agriculture'
  | 'environment'
  | 'home'
  | 'information'
  | 'culture'
  | 'construction'
  | 'transport'
  | 'planning'
  | 'justice'
  | 'industry'
  | 'security'
  | 'defence'
  | 'foreign';

export type AuthorityKind =
  | 'tw'
  | 'vptw'
  | 'btgtw'
  | 'btctw'
  | 'cp'
  | 'ttg'
  | 'vpcp'
  | 'qh'
  | 'ministry'
  | 'tu'
  | 'btgtu'
  | 'hdnd'
  | 'ubnd-tinh'
  | 'so'
  | 'district-party'
  | 'ubnd-huyen'
  | 'phong'
  | 'commune-party'
  | 'ubnd-xa';

export interface Province {
  idx: number;
  /** Bare name: 'Lai Châu', 'Hồ Chí Minh'. */
  name: string;
  /** 'tỉnh' or 'thành phố' (centrally-run city). */
  kind: 'tỉnh' | 'thành phố';
  /** 'tỉnh Lai Châu', 'thành phố Hồ Chí Minh'. */
  full: string;
  /** Place name used on the place-date line. */
  place: string;
  /** Telephone area prefix used in invented phone numbers (synthetic). */
  phone: string;
  districts: District[];
  tu: Authority;
  btgtu: Authority;
  hdnd: Authority;
  ubnd: Authority;
  departments: Authority[];
}

export interface District {
  name: string;
  kind: 'huyện' | 'thị xã' | 'thành phố' | 'quận';
  full: string;
  province: Province;
  communes: Commune[];
  party: Authority;
  ubnd: Authority;
  offices: Authority[];
}

export interface Commune {
  name: string;
  kind: 'xã' | 'phường' | 'thị trấn';
  full: string;
  district: District;
  party: Authority;
  ubnd: Authority;
}

export interface Authority {
  /** Index in `World.all`. */
  idx: number;
  kind: AuthorityKind;
  /** Full official name: 'Ủy ban nhân dân tỉnh Lai Châu'. */
  name: string;
  /** Name as usually written in citations: 'UBND tỉnh Lai Châu'. */
  short: string;
  /** Name relative to a writer in the same unit: 'UBND tỉnh', 'Tỉnh ủy', 'Sở Y tế'. */
  relative: string;
  /** Numbering code used in symbols: 'UBND', 'TU', 'SYT', 'BYT', 'TW'. */
  code: string;
  level: Level;
  branch: Branch;
  province: Province | null;
  district: District | null;
  commune: Commune | null;
  /** Identity scope used in keys: 'central', 'Lai Châu', 'Lai Châu/huyện Tam Đường'. */
  scope: string;
  sector: Sector | null;
  /** Unit suffixes for state công văn symbols (628/UBND-VX); empty for none. */
  units: string[];
  /** Header lines, in capitals, as printed at the top left. */
  header: string[];
  /** Place printed on the place-date line. */
  place: string;
}

/** Ministry catalogue: code, name, sector, công văn units. */
const MINISTRIES: [string, string, Sector, string[]][] = [
  ['BYT', 'Bộ Y tế', 'health', ['DP', 'MT', 'KCB', 'KHTC', 'BH']],
  ['BTC', 'Bộ Tài chính', 'finance', ['NSNN', 'HCSN', 'QLCS', 'CST', 'ĐT']],
  ['BGDĐT', 'Bộ Giáo dục và Đào tạo', 'education', ['GDTrH', 'GDTH', 'GDMN', 'KHTC', 'CSVC']],
  ['BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội', 'labour', ['BTXH', 'LĐTL', 'BHXH', 'GDNN', 'TE']],
  ['BNNPTNT', 'Bộ Nông nghiệp và Phát triển nông thôn', 'agriculture', ['TT', 'BVTV', 'TY', 'TCTL', 'TCLN']],
  ['BTNMT', 'Bộ Tài nguyên và Môi trường', 'environment', ['TCMT', 'QLĐĐ', 'TNN', 'KTTV']],
  ['BNV', 'Bộ Nội vụ', 'home', ['TCBC', 'CCVC', 'CQĐP', 'CCHC']],
  ['BTTTT', 'Bộ Thông tin và Truyền thông', 'information', ['CBCĐT', 'THH', 'TTCS', 'BC']],
  ['BVHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch', 'culture', ['VHCS', 'DSVH', 'TDTT', 'GĐ']],
  ['BXD', 'Bộ Xây dựng', 'construction', ['QLN', 'HĐXD', 'KTXD']],
  ['BGTVT', 'Bộ Giao thông vận tải', 'transport', ['KCHT', 'VT', 'ATGT']],
  ['BKHĐT', 'Bộ Kế hoạch và Đầu tư', 'planning', ['TH', 'KTĐPLT', 'ĐTNN']],
  ['BTP', 'Bộ Tư pháp', 'justice', ['VĐCXDPL', 'PBGDPL', 'KTrVB']],
  ['BCT', 'Bộ Công Thương', 'industry', ['TTTN', 'XNK', 'ĐTĐL']],
  ['BCA', 'Bộ Công an', 'security', ['V03', 'C06', 'C07', 'C08']],
  ['BQP', 'Bộ Quốc phòng', 'defence', ['TM', 'TCCT']],
  ['BNG', 'Bộ Ngoại giao', 'foreign', ['LS', 'TTBC']],
];

/** Provincial department catalogue: code, name, sector, units. */
const DEPARTMENTS: [string, string, Sector, string[]][] = [
  ['SYT', 'Sở Y tế', 'health', ['NVY', 'KHTC', 'TCCB', 'VP']],
  ['SGDĐT', 'Sở Giáo dục và Đào tạo', 'education', ['GDTrH', 'GDTH', 'GDMN', 'KHTC']],
  ['STC', 'Sở Tài chính', 'finance', ['QLNS', 'TCHCSN', 'QLG', 'VP']],
  ['SLĐTBXH', 'Sở Lao động - Thương binh và Xã hội', 'labour', ['BTXH', 'LĐVL', 'VP']],
  ['SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'agriculture', ['TT', 'CCKL', 'TL', 'VP']],
  ['STNMT', 'Sở Tài nguyên và Môi trường', 'environment', ['MT', 'ĐĐBĐ', 'KS']],
  ['SNV', 'Sở Nội vụ', 'home', ['TCBC', 'CCVC', 'XDCQ']],
  ['STTTT', 'Sở Thông tin và Truyền thông', 'information', ['TTBCXB', 'CNTT', 'BCVT']],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'culture', ['QLVH', 'TDTT', 'DL']],
  ['SXD', 'Sở Xây dựng', 'construction', ['QLXD', 'QLN', 'KTVL']],
  ['SGTVT', 'Sở Giao thông vận tải', 'transport', ['QLKCHT', 'QLVT', 'ATGT']],
  ['SKHĐT', 'Sở Kế hoạch và Đầu tư', 'planning', ['TH', 'ĐKKD', 'KTN']],
  ['STP', 'Sở Tư pháp', 'justice', ['PBGDPL', 'XDKTVB', 'HCTP']],
  ['SCT', 'Sở Công Thương', 'industry', ['QLTM', 'QLCN', 'KTAT']],
];

/** District office catalogue: code, name, sector. */
const OFFICES: [string, string, Sector][] = [
  ['PYT', 'Phòng Y tế', 'health'],
  ['PGDĐT', 'Phòng Giáo dục và Đào tạo', 'education'],
  ['PTCKH', 'Phòng Tài chính - Kế hoạch', 'finance'],
  ['PLĐTBXH', 'Phòng Lao động - Thương binh và Xã hội', 'labour'],
  ['PNN', 'Phòng Nông nghiệp và Phát triển nông thôn', 'agriculture'],
  ['PTNMT', 'Phòng Tài nguyên và Môi trường', 'environment'],
  ['PVHTT', 'Phòng Văn hóa và Thông tin', 'culture'],
];

/** The 63 provinces and centrally-run cities (before the 2025 merger), with their capitals. */
const PROVINCES: [string, 'tỉnh' | 'thành phố', string][] = [
  ['Hà Nội', 'thành phố', ''],
  ['Hồ Chí Minh', 'thành phố', ''],
  ['Hải Phòng', 'thành phố', ''],
  ['Đà Nẵng', 'thành phố', ''],
  ['Cần Thơ', 'thành phố', ''],
  ['An Giang', 'tỉnh', 'Long Xuyên'],
  ['Bà Rịa - Vũng Tàu', 'tỉnh', 'Bà Rịa'],
  ['Bắc Giang', 'tỉnh', 'Bắc Giang'],
  ['Bắc Kạn', 'tỉnh', 'Bắc Kạn'],
  ['Bạc Liêu', 'tỉnh', 'Bạc Liêu'],
  ['Bắc Ninh', 'tỉnh', 'Bắc Ninh'],
  ['Bến Tre', 'tỉnh', 'Bến Tre'],
  ['Bình Định', 'tỉnh', 'Quy Nhơn'],
  ['Bình Dương', 'tỉnh', 'Thủ Dầu Một'],
  ['Bình Phước', 'tỉnh', 'Đồng Xoài'],
  ['Bình Thuận', 'tỉnh', 'Phan Thiết'],
  ['Cà Mau', 'tỉnh', 'Cà Mau'],
  ['Cao Bằng', 'tỉnh', 'Cao Bằng'],
  ['Đắk Lắk', 'tỉnh', 'Buôn Ma Thuột'],
  ['Đắk Nông', 'tỉnh', 'Gia Nghĩa'],
  ['Điện Biên', 'tỉnh', 'Điện Biên Phủ'],
  ['Đồng Nai', 'tỉnh', 'Biên Hòa'],
  ['Đồng Tháp', 'tỉnh', 'Cao Lãnh'],
  ['Gia Lai', 'tỉnh', 'Pleiku'],
  ['Hà Giang', 'tỉnh', 'Hà Giang'],
  ['Hà Nam', 'tỉnh', 'Phủ Lý'],
  ['Hà Tĩnh', 'tỉnh', 'Hà Tĩnh'],
  ['Hải Dương', 'tỉnh', 'Hải Dương'],
  ['Hậu Giang', 'tỉnh', 'Vị Thanh'],
  ['Hòa Bình', 'tỉnh', 'Hòa Bình'],
  ['Hưng Yên', 'tỉnh', 'Hưng Yên'],
  ['Khánh Hòa', 'tỉnh', 'Nha Trang'],
  ['Kiên Giang', 'tỉnh', 'Rạch Giá'],
  ['Kon Tum', 'tỉnh', 'Kon Tum'],
  ['Lai Châu', 'tỉnh', 'Lai Châu'],
  ['Lâm Đồng', 'tỉnh', 'Đà Lạt'],
  ['Lạng Sơn', 'tỉnh', 'Lạng Sơn'],
  ['Lào Cai', 'tỉnh', 'Lào Cai'],
  ['Long An', 'tỉnh', 'Tân An'],
  ['Nam Định', 'tỉnh', 'Nam Định'],
  ['Nghệ An', 'tỉnh', 'Vinh'],
  ['Ninh Bình', 'tỉnh', 'Ninh Bình'],
  ['Ninh Thuận', 'tỉnh', 'Phan Rang - Tháp Chàm'],
  ['Phú Thọ', 'tỉnh', 'Việt Trì'],
  ['Phú Yên', 'tỉnh', 'Tuy Hòa'],
  ['Quảng Bình', 'tỉnh', 'Đồng Hới'],
  ['Quảng Nam', 'tỉnh', 'Tam Kỳ'],
  ['Quảng Ngãi', 'tỉnh', 'Quảng Ngãi'],
  ['Quảng Ninh', 'tỉnh', 'Hạ Long'],
  ['Quảng Trị', 'tỉnh', 'Đông Hà'],
  ['Sóc Trăng', 'tỉnh', 'Sóc Trăng'],
  ['Sơn La', 'tỉnh', 'Sơn La'],
  ['Tây Ninh', 'tỉnh', 'Tây Ninh'],
  ['Thái Bình', 'tỉnh', 'Thái Bình'],
  ['Thái Nguyên', 'tỉnh', 'Thái Nguyên'],
  ['Thanh Hóa', 'tỉnh', 'Thanh Hóa'],
  ['Thừa Thiên Huế', 'tỉnh', 'Huế'],
  ['Tiền Giang', 'tỉnh', 'Mỹ Tho'],
  ['Trà Vinh', 'tỉnh', 'Trà Vinh'],
  ['Tuyên Quang', 'tỉnh', 'Tuyên Quang'],
  ['Vĩnh Long', 'tỉnh', 'Vĩnh Long'],
  ['Vĩnh Phúc', 'tỉnh', 'Vĩnh Yên'],
  ['Yên Bái', 'tỉnh', 'Yên Bái'],
];

/** Urban districts of the centrally-run cities: [name, kind]. */
const CITY_DISTRICTS: Record<string, [string, District['kind']][]> = {
  'Hà Nội': [['Ba Đình', 'quận'], ['Hoàn Kiếm', 'quận'], ['Đống Đa', 'quận'], ['Cầu Giấy', 'quận'], ['Sóc Sơn', 'huyện'], ['Sơn Tây', 'thị xã']],
  'Hồ Chí Minh': [['1', 'quận'], ['3', 'quận'], ['Bình Thạnh', 'quận'], ['Gò Vấp', 'quận'], ['Củ Chi', 'huyện'], ['Thủ Đức', 'thành phố']],
  'Hải Phòng': [['Hồng Bàng', 'quận'], ['Lê Chân', 'quận'], ['Ngô Quyền', 'quận'], ['Thủy Nguyên', 'huyện'], ['An Lão', 'huyện']],
  'Đà Nẵng': [['Hải Châu', 'quận'], ['Thanh Khê', 'quận'], ['Sơn Trà', 'quận'], ['Hòa Vang', 'huyện']],
  'Cần Thơ': [['Ninh Kiều', 'quận'], ['Bình Thủy', 'quận'], ['Cái Răng', 'quận'], ['Phong Điền', 'huyện']],
};

const SYL1 = [
  'Tân', 'Bình', 'Phú', 'An', 'Thanh', 'Hòa', 'Hưng', 'Vĩnh', 'Long', 'Đông', 'Tây', 'Nam', 'Bắc', 'Quảng',
  'Yên', 'Kim', 'Thạch', 'Cẩm', 'Hải', 'Sơn', 'Mường', 'Tam', 'Lạc', 'Đức', 'Thuận', 'Ninh', 'Gia', 'Văn',
  'Trà', 'Châu', 'Lương', 'Nghĩa', 'Hoài', 'Mỹ', 'Xuân', 'Hương', 'Phước', 'Tiên', 'Khánh', 'Định',
];
const SYL2 = [
  'Sơn', 'Hòa', 'Yên', 'Lộc', 'Phong', 'Thành', 'Bình', 'An', 'Hưng', 'Điền', 'Giang', 'Hà', 'Lâm', 'Xuyên',
  'Thủy', 'Đường', 'Nguyên', 'Mỹ', 'Khê', 'Lương', 'Tiến', 'Thịnh', 'Phước', 'Lập', 'Trạch', 'Minh', 'Hiệp',
  'Trung', 'Lạc', 'Tân', 'Quang', 'Xá', 'Mô', 'Uyên', 'Chánh', 'Đa', 'Lư', 'Hội', 'Cường', 'Vinh',
];

/** All the issuing bodies of the simulated world, with lookups. */
export interface World {
  all: Authority[];
  provinces: Province[];
  tw: Authority;
  vptw: Authority;
  btgtw: Authority;
  btctw: Authority;
  cp: Authority;
  ttg: Authority;
  vpcp: Authority;
  qh: Authority;
  ministries: Authority[];
  /** Ministry by sector (one per sector). */
  ministryBySector: Map<Sector, Authority>;
}

function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

/**
 * Builds the world of issuers. Deterministic: it does not depend on the corpus seed.
 *
 * @example
 * const world = buildWorld();
 * world.provinces.length; // 63
 * world.provinces[34].ubnd.name; // 'Ủy ban nhân dân tỉnh Lai Châu'
 */
export function buildWorld(): World {
  const rng = new Rng(hashString('directive-graph-world', 1));
  const all: Authority[] = [];
  const add = (a: Omit<Authority, 'idx'>): Authority => {
    const full = { ...a, idx: all.length } as Authority;
    all.push(full);
    return full;
  };
  const central = (
    kind: AuthorityKind,
    name: string,
    short: string,
    code: string,
    branch: Branch,
    header: string[],
    sector: Sector | null = null,
    units: string[] = [],
  ): Authority =>
    add({
      kind, name, short, relative: short, code, level: 'central', branch, province: null, district: null,
      commune: null, scope: 'central', sector, units, header, place: 'Hà Nội',
    });

  const tw = central('tw', 'Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'TW', 'party', ['BAN CHẤP HÀNH TRUNG ƯƠNG']);
  const vptw = central('vptw', 'Văn phòng Trung ương Đảng', 'Văn phòng Trung ương Đảng', 'VPTW', 'party', ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'VĂN PHÒNG']);
  const btgtw = central('btgtw', 'Ban Tuyên giáo Trung ương', 'Ban Tuyên giáo Trung ương', 'BTGTW', 'party', ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TUYÊN GIÁO']);
  const btctw = central('btctw', 'Ban Tổ chức Trung ương', 'Ban Tổ chức Trung ương', 'BTCTW', 'party', ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TỔ CHỨC']);
  const cp = central('cp', 'Chính phủ', 'Chính phủ', 'CP', 'state', ['CHÍNH PHỦ']);
  const ttg = central('ttg', 'Thủ tướng Chính phủ', 'Thủ tướng Chính phủ', 'TTg', 'state', ['THỦ TƯỚNG CHÍNH PHỦ']);
  const vpcp = central('vpcp', 'Văn phòng Chính phủ', 'Văn phòng Chính phủ', 'VPCP', 'agency', ['VĂN PHÒNG CHÍNH PHỦ'], null, [
    'KGVX', 'KTTH', 'NN', 'CN', 'QHĐP', 'V.I', 'TKBT',
  ]);
  const qh = central('qh', 'Quốc hội', 'Quốc hội', 'QH', 'state', ['QUỐC HỘI']);
  const ministries: Authority[] = [];
  const ministryBySector = new Map<Sector, Authority>();
  for (const [code, name, sector, units] of MINISTRIES) {
    const m = central('ministry', name, name, code, 'agency', [upper(name)], sector, units);
    ministries.push(m);
    ministryBySector.set(sector, m);
  }

  const provinces: Province[] = [];
  PROVINCES.forEach(([name, kind, capital], idx) => {
    const full = `${kind} ${name}`;
    const isCity = kind === 'thành phố';
    const place = name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : name;
    const p: Province = {
      idx, name, kind, full, place, phone: `02${String(10 + idx).padStart(2, '0')}`,
      districts: [], departments: [],
    } as unknown as Province;
    const prov = (
      kindA: AuthorityKind,
      nameA: string,
      shortA: string,
      relative: string,
      code: string,
      branch: Branch,
      header: string[],
      sector: Sector | null = null,
      units: string[] = [],
    ): Authority =>
      add({
        kind: kindA, name: nameA, short: shortA, relative, code, level: 'provincial', branch, province: p,
        district: null, commune: null, scope: name, sector, units, header, place,
      });
    const uy = isCity ? 'Thành ủy' : 'Tỉnh ủy';
    const unitWord = isCity ? 'thành phố' : 'tỉnh';
    p.tu = prov('tu', `${uy} ${name}`, `${uy} ${name}`, uy, 'TU', 'party', [upper(`${uy} ${name}`)]);
    p.btgtu = prov('btgtu', `Ban Tuyên giáo ${uy} ${name}`, `Ban Tuyên giáo ${uy}`, `Ban Tuyên giáo ${uy}`, isCity ? 'BTGThU' : 'BTGTU', 'party', [
      upper(`${uy} ${name}`), 'BAN TUYÊN GIÁO',
    ]);
    p.hdnd = prov('hdnd', `Hội đồng nhân dân ${full}`, `HĐND ${full}`, `HĐND ${unitWord}`, 'HĐND', 'state', ['HỘI ĐỒNG NHÂN DÂN', upper(full)]);
    p.ubnd = prov('ubnd-tinh', `Ủy ban nhân dân ${full}`, `UBND ${full}`, `UBND ${unitWord}`, 'UBND', 'state', ['ỦY BAN NHÂN DÂN', upper(full)], null, [
      'VX', 'KT', 'KTN', 'TH', 'NC',
    ]);
    for (const [code, dname, sector, units] of DEPARTMENTS) {
      p.departments.push(
        prov('so', `${dname} ${full}`, dname, dname, code, 'agency', [upper(`Ủy ban nhân dân ${full}`), upper(dname)], sector, units),
      );
    }
    // Districts.
    const used = new Set<string>();
    const specs: [string, District['kind']][] = [];
    if (isCity) specs.push(...CITY_DISTRICTS[name]);
    else {
      specs.push([capital, 'thành phố']);
      used.add(capital);
      const n = rng.int(3, 6);
      for (let i = 0; i < n; i++) {
        let dn = '';
        do dn = `${rng.pick(SYL1)} ${rng.pick(SYL2)}`;
        while (used.has(dn) || dn.split(' ')[0] === dn.split(' ')[1]);
        used.add(dn);
        specs.push([dn, i === 0 && rng.chance(0.4) ? 'thị xã' : 'huyện']);
      }
    }
    for (const [dn, dkind] of specs) {
      const dfull = dkind === 'quận' && /^\d+$/.test(dn) ? `Quận ${dn}` : `${dkind} ${dn}`;
      const d: District = { name: dn, kind: dkind, full: dfull, province: p, communes: [], offices: [] } as unknown as District;
      const dscope = `${name}/${dfull}`;
      const dplace = /^\d+$/.test(dn) ? `Quận ${dn}` : dn;
      const dist = (
        kindA: AuthorityKind,
        nameA: string,
        shortA: string,
        relative: string,
        code: string,
        branch: Branch,
        header: string[],
        sector: Sector | null = null,
        units: string[] = [],
      ): Authority =>
        add({
          kind: kindA, name: nameA, short: shortA, relative, code, level: 'district', branch, province: p, district: d,
          commune: null, scope: dscope, sector, units, header, place: dplace,
        });
      const partyWord = dkind === 'huyện' ? 'Huyện ủy' : dkind === 'quận' ? 'Quận ủy' : dkind === 'thị xã' ? 'Thị ủy' : 'Thành ủy';
      const partyCode = dkind === 'huyện' ? 'HU' : dkind === 'quận' ? 'QU' : 'TU';
      const dTitle = dfull.startsWith('Quận') ? dfull : `${partyWord} ${dn}`;
      const partyName = dfull.startsWith('Quận') ? `Quận ủy ${dfull}` : dTitle;
      d.party = dist('district-party', partyName, partyName, partyWord, partyCode, 'party', [
        upper(`Đảng bộ ${full}`), upper(partyName),
      ]);
      const dUnit = dkind === 'quận' ? 'quận' : dkind;
      d.ubnd = dist('ubnd-huyen', `Ủy ban nhân dân ${dfull}`, `UBND ${dfull}`, `UBND ${dUnit}`, 'UBND', 'state', ['ỦY BAN NHÂN DÂN', upper(dfull)], null, [
        'VP', 'TCKH', 'NV', '',
      ]);
      for (const [code, oname, sector] of OFFICES) {
        d.offices.push(
          dist('phong', `${oname} ${dfull}`, `${oname} ${dfull}`, oname, code, 'agency', [upper(`Ủy ban nhân dân ${dfull}`), upper(oname)], sector),
        );
      }
      // Communes.
      const nc = rng.int(3, 5);
      const cused = new Set<string>();
      for (let i = 0; i < nc; i++) {
        let cn = '';
        do cn = `${rng.pick(SYL1)} ${rng.pick(SYL2)}`;
        while (cused.has(cn) || cn.split(' ')[0] === cn.split(' ')[1]);
        cused.add(cn);
        const ckind: Commune['kind'] =
          dkind === 'huyện' ? (i === 0 ? 'thị trấn' : 'xã') : dkind === 'quận' ? 'phường' : i < 2 ? 'phường' : 'xã';
        const cfull = `${ckind} ${cn}`;
        const c: Commune = { name: cn, kind: ckind, full: cfull, district: d } as unknown as Commune;
        const cscope = `${dscope}/${cfull}`;
        const com = (kindA: AuthorityKind, nameA: string, relative: string, code: string, branch: Branch, header: string[], units: string[] = []) =>
          add({
            kind: kindA, name: nameA, short: nameA, relative, code, level: 'commune', branch, province: p, district: d, commune: c,
            scope: cscope, sector: null, units, header, place: cn,
          });
        c.party = com('commune-party', `Đảng ủy ${cfull}`, `Đảng ủy ${ckind}`, 'ĐU', 'party', [upper(`Đảng bộ ${dfull}`), upper(`Đảng ủy ${cfull}`)]);
        c.ubnd = com('ubnd-xa', `Ủy ban nhân dân ${cfull}`, `UBND ${ckind}`, 'UBND', 'state', ['ỦY BAN NHÂN DÂN', upper(cfull)], ['']);
        // Short name for citations.
        c.ubnd.short = `UBND ${cfull}`;
        d.communes.push(c);
      }
      p.districts.push(d);
    }
    provinces.push(p);
  });
  return { all, provinces, tw, vptw, btgtw, btctw, cp, ttg, vpcp, qh, ministries, ministryBySector };
}

/**
 * The department (Sở) of a province for a sector, if the province has one.
 *
 * @example
 * departmentFor(world.provinces[34], 'health')?.name // 'Sở Y tế tỉnh Lai Châu'
 */
export function departmentFor(p: Province, sector: Sector): Authority | undefined {
  return p.departments.find((d) => d.sector === sector);
}

/**
 * The district office (Phòng) of a district for a sector, if any.
 *
 * @example
 * officeFor(world.provinces[34].districts[0], 'education')?.code // 'PGDĐT'
 */
export function officeFor(d: District, sector: Sector): Authority | undefined {
  return d.offices.find((o) => o.sector === sector);
}
