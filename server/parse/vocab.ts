/**
 * Vocabulary of Vietnamese administrative documents: provinces, document types,
 * symbol codes. Pure data plus tiny lookups; no parsing logic lives here.
 * Sources: Nghị định 30/2020/NĐ-CP (state clerical format), Hướng dẫn 36-HD/VPTW (Party format),
 * and the 63 provinces and centrally-run cities as they stood 2008–2025.
 */
import type { Branch, Level } from '../schema';

/** The 63 provinces and centrally-run cities (canonical spelling, new-style tone marks). */
export const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hồ Chí Minh', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận',
  'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng',
  'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh',
  'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
] as const;

/** The five centrally-run cities: their Party committee is a Thành ủy. */
export const CENTRAL_CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ']);

/** Extra spellings that name a province (folded, lower-case, single spaces). */
export const PROVINCE_ALIASES: Record<string, string> = {
  'tp hcm': 'Hồ Chí Minh', 'tphcm': 'Hồ Chí Minh', 'tp.hcm': 'Hồ Chí Minh', 'tp. hcm': 'Hồ Chí Minh', 'hcm': 'Hồ Chí Minh',
  'sai gon': 'Hồ Chí Minh', 'dak lak': 'Đắk Lắk', 'dac lac': 'Đắk Lắk', 'dak nong': 'Đắk Nông',
  'ba ria vung tau': 'Bà Rịa - Vũng Tàu', 'ba ria-vung tau': 'Bà Rịa - Vũng Tàu', 'thua thien - hue': 'Thừa Thiên Huế',
  'thua thien-hue': 'Thừa Thiên Huế', 'hue': 'Thừa Thiên Huế', 'kontum': 'Kon Tum', 'tp ha noi': 'Hà Nội',
};

/** Document types: canonical Vietnamese name and the folded words that introduce it in running text. */
export interface TypeWord { name: string; words: string[]; code?: string[] }
export const TYPE_WORDS: TypeWord[] = [
  { name: 'Thông tư liên tịch', words: ['thong tu lien tich'], code: ['TTLT'] },
  { name: 'Thông báo', words: ['thong bao ket luan', 'thong bao'], code: ['TB'] },
  { name: 'Thông tư', words: ['thong tu'], code: ['TT'] },
  { name: 'Thông tri', words: ['thong tri'] },
  { name: 'Nghị quyết', words: ['nghi quyet'], code: ['NQ'] },
  { name: 'Nghị định', words: ['nghi dinh'], code: ['NĐ', 'ND'] },
  { name: 'Quyết định', words: ['quyet dinh'], code: ['QĐ', 'QD'] },
  { name: 'Chỉ thị', words: ['chi thi'], code: ['CT'] },
  { name: 'Kết luận', words: ['ket luan'], code: ['KL'] },
  { name: 'Công điện', words: ['cong dien'], code: ['CĐ', 'CD'] },
  { name: 'Công văn', words: ['cong van'], code: ['CV'] },
  { name: 'Kế hoạch', words: ['ke hoach'], code: ['KH'] },
  { name: 'Chương trình', words: ['chuong trinh hanh dong', 'chuong trinh'], code: ['CTr'] },
  { name: 'Hướng dẫn', words: ['huong dan'], code: ['HD'] },
  { name: 'Báo cáo', words: ['bao cao'], code: ['BC'] },
  { name: 'Tờ trình', words: ['to trinh'], code: ['TTr'] },
  { name: 'Đề án', words: ['de an'], code: ['ĐA', 'DA'] },
  { name: 'Phương án', words: ['phuong an'], code: ['PA'] },
  { name: 'Quy định', words: ['quy dinh'], code: ['QyĐ', 'QyD'] },
  { name: 'Quy chế', words: ['quy che'], code: ['QC'] },
  { name: 'Giấy mời', words: ['giay moi'], code: ['GM'] },
  { name: 'Biên bản', words: ['bien ban'], code: ['BB'] },
  { name: 'Thư ngỏ', words: ['thu ngo'] },
  { name: 'Văn bản hợp nhất', words: ['van ban hop nhat'], code: ['VBHN'] },
  { name: 'Luật', words: ['bo luat', 'luat'] },
  { name: 'Pháp lệnh', words: ['phap lenh'] },
  { name: 'Hiến pháp', words: ['hien phap'] },
  { name: 'Điện', words: ['dien'] },
];

const TYPE_BY_CODE = new Map<string, string>();
for (const t of TYPE_WORDS) for (const c of t.code ?? []) TYPE_BY_CODE.set(c.toUpperCase(), t.name);

/** The document type named by a symbol's type code: `typeFromCode('QĐ')` → `'Quyết định'`. */
export function typeFromCode(code: string): string | null {
  return TYPE_BY_CODE.get(code.toUpperCase()) ?? null;
}

/** Is this code a type code (QĐ, CT, KH...) rather than an issuer code? */
export function isTypeCode(code: string): boolean {
  return TYPE_BY_CODE.has(code.toUpperCase());
}

/** What an issuer code in a symbol tells about the issuer. `scope: 'national'` codes are unique nationwide. */
export interface CodeInfo { name: string | null; level: Level | null; branch: Branch | null; scope: 'national' | 'local' }

const C = (name: string | null, level: Level | null, branch: Branch | null, scope: 'national' | 'local'): CodeInfo =>
  ({ name, level, branch, scope });

/** Issuer codes, upper-cased and folded (Đ → D) as keys. */
const ISSUER_CODES: Record<string, CodeInfo> = {
  TW: C('Ban Chấp hành Trung ương', 'central', 'party', 'national'),
  VPTW: C('Văn phòng Trung ương Đảng', 'central', 'party', 'national'),
  BTGTW: C('Ban Tuyên giáo Trung ương', 'central', 'party', 'national'),
  BTCTW: C('Ban Tổ chức Trung ương', 'central', 'party', 'national'),
  BDVTW: C('Ban Dân vận Trung ương', 'central', 'party', 'national'),
  BKTTW: C('Ban Kinh tế Trung ương', 'central', 'party', 'national'),
  BNCTW: C('Ban Nội chính Trung ương', 'central', 'party', 'national'),
  BDNTW: C('Ban Đối ngoại Trung ương', 'central', 'party', 'national'),
  UBKTTW: C('Ủy ban Kiểm tra Trung ương', 'central', 'party', 'national'),
  BCSDCP: C('Ban cán sự đảng Chính phủ', 'central', 'party', 'national'),
  DDQH: C('Đảng đoàn Quốc hội', 'central', 'party', 'national'),
  TU: C('Tỉnh ủy', 'provincial', 'party', 'local'),
  HU: C('Huyện ủy', 'district', 'party', 'local'),
  QU: C('Quận ủy', 'district', 'party', 'local'),
  TXU: C('Thị ủy', 'district', 'party', 'local'),
  THU: C('Thị ủy', 'district', 'party', 'local'),
  DU: C('Đảng ủy', null, 'party', 'local'),
  CP: C('Chính phủ', 'central', 'state', 'national'),
  HDBT: C('Hội đồng Bộ trưởng', 'central', 'state', 'national'),
  HDCP: C('Hội đồng Chính phủ', 'central', 'state', 'national'),
  HDNN: C('Hội đồng Nhà nước', 'central', 'state', 'national'),
  TTG: C('Thủ tướng Chính phủ', 'central', 'state', 'national'),
  VPCP: C('Văn phòng Chính phủ', 'central', 'agency', 'national'),
  QH: C('Quốc hội', 'central', 'state', 'national'),
  UBTVQH: C('Ủy ban Thường vụ Quốc hội', 'central', 'state', 'national'),
  CTN: C('Chủ tịch nước', 'central', 'state', 'national'),
  BYT: C('Bộ Y tế', 'central', 'agency', 'national'),
  BTC: C('Bộ Tài chính', 'central', 'agency', 'national'),
  BCA: C('Bộ Công an', 'central', 'agency', 'national'),
  BQP: C('Bộ Quốc phòng', 'central', 'agency', 'national'),
  BGDDT: C('Bộ Giáo dục và Đào tạo', 'central', 'agency', 'national'),
  BLDTBXH: C('Bộ Lao động - Thương binh và Xã hội', 'central', 'agency', 'national'),
  LDTBXH: C('Bộ Lao động - Thương binh và Xã hội', 'central', 'agency', 'national'),
  BKHDT: C('Bộ Kế hoạch và Đầu tư', 'central', 'agency', 'national'),
  BTNMT: C('Bộ Tài nguyên và Môi trường', 'central', 'agency', 'national'),
  BNNPTNT: C('Bộ Nông nghiệp và Phát triển nông thôn', 'central', 'agency', 'national'),
  BNN: C('Bộ Nông nghiệp và Phát triển nông thôn', 'central', 'agency', 'national'),
  BGTVT: C('Bộ Giao thông vận tải', 'central', 'agency', 'national'),
  BXD: C('Bộ Xây dựng', 'central', 'agency', 'national'),
  BCT: C('Bộ Công Thương', 'central', 'agency', 'national'),
  BTTTT: C('Bộ Thông tin và Truyền thông', 'central', 'agency', 'national'),
  BVHTTDL: C('Bộ Văn hóa, Thể thao và Du lịch', 'central', 'agency', 'national'),
  BNV: C('Bộ Nội vụ', 'central', 'agency', 'national'),
  BTP: C('Bộ Tư pháp', 'central', 'agency', 'national'),
  BNG: C('Bộ Ngoại giao', 'central', 'agency', 'national'),
  BKHCN: C('Bộ Khoa học và Công nghệ', 'central', 'agency', 'national'),
  BTM: C('Bộ Thương mại', 'central', 'agency', 'national'),
  UBDT: C('Ủy ban Dân tộc', 'central', 'agency', 'national'),
  TTCP: C('Thanh tra Chính phủ', 'central', 'agency', 'national'),
  NHNN: C('Ngân hàng Nhà nước Việt Nam', 'central', 'agency', 'national'),
  TCT: C('Tổng cục Thuế', 'central', 'agency', 'national'),
  TCHQ: C('Tổng cục Hải quan', 'central', 'agency', 'national'),
  TCHQTX: C('Tổng cục Hải quan', 'central', 'agency', 'national'),
  BHXH: C('Bảo hiểm xã hội Việt Nam', 'central', 'agency', 'national'),
  KTNN: C('Kiểm toán Nhà nước', 'central', 'agency', 'national'),
  TANDTC: C('Tòa án nhân dân tối cao', 'central', 'state', 'national'),
  VKSNDTC: C('Viện kiểm sát nhân dân tối cao', 'central', 'state', 'national'),
  TLD: C('Tổng Liên đoàn Lao động Việt Nam', 'central', 'agency', 'national'),
  BCDQG: C('Ban Chỉ đạo quốc gia', 'central', 'state', 'national'),
  UBND: C('Ủy ban nhân dân', 'provincial', 'state', 'local'),
  HDND: C('Hội đồng nhân dân', 'provincial', 'state', 'local'),
  VPUBND: C('Văn phòng Ủy ban nhân dân', 'provincial', 'agency', 'local'),
  BCD: C('Ban Chỉ đạo', 'provincial', 'state', 'local'),
  CT: C('Cục Thuế', 'provincial', 'agency', 'local'),
  CTHN: C('Cục Thuế Hà Nội', 'provincial', 'agency', 'local'),
  CCT: C('Chi cục Thuế', 'district', 'agency', 'local'),
  CHQ: C('Cục Hải quan', 'provincial', 'agency', 'local'),
  CAT: C('Công an tỉnh', 'provincial', 'agency', 'local'),
  SYT: C('Sở Y tế', 'provincial', 'agency', 'local'),
  STC: C('Sở Tài chính', 'provincial', 'agency', 'local'),
  SGDDT: C('Sở Giáo dục và Đào tạo', 'provincial', 'agency', 'local'),
  SLDTBXH: C('Sở Lao động - Thương binh và Xã hội', 'provincial', 'agency', 'local'),
  SKHDT: C('Sở Kế hoạch và Đầu tư', 'provincial', 'agency', 'local'),
  SNV: C('Sở Nội vụ', 'provincial', 'agency', 'local'),
  STP: C('Sở Tư pháp', 'provincial', 'agency', 'local'),
  SXD: C('Sở Xây dựng', 'provincial', 'agency', 'local'),
  SCT: C('Sở Công Thương', 'provincial', 'agency', 'local'),
  STNMT: C('Sở Tài nguyên và Môi trường', 'provincial', 'agency', 'local'),
  SNNPTNT: C('Sở Nông nghiệp và Phát triển nông thôn', 'provincial', 'agency', 'local'),
  SGTVT: C('Sở Giao thông vận tải', 'provincial', 'agency', 'local'),
  STTTT: C('Sở Thông tin và Truyền thông', 'provincial', 'agency', 'local'),
  SVHTTDL: C('Sở Văn hóa, Thể thao và Du lịch', 'provincial', 'agency', 'local'),
  SNGV: C('Sở Ngoại vụ', 'provincial', 'agency', 'local'),
  SKHCN: C('Sở Khoa học và Công nghệ', 'provincial', 'agency', 'local'),
};

/** The proper spelling of every authority named by an issuer code ("Bộ Lao động - Thương binh và Xã hội"), for restoring OCR'd names. */
export const ISSUER_NAMES: readonly string[] = [...new Set(Object.values(ISSUER_CODES).map((c) => c.name).filter((n): n is string => !!n && n.includes(' ')))];

/** Names of national bodies ("Chính phủ", "Bộ Tài chính", "Tổng cục Thuế"): complete as they stand, never followed by a place. */
export const NATIONAL_NAMES: readonly string[] = [...new Set(Object.values(ISSUER_CODES).filter((c) => c.scope === 'national').map((c) => c.name).filter((n): n is string => !!n && n.includes(' ')))];

/** A code as ISSUER_CODES keys it: upper case, Đ as D, no "&" ("BGD&ĐT", as older symbols write it, is BGDĐT). */
function codeKey(code: string): string {
  return code.toUpperCase().replace(/Đ/g, 'D').replace(/&/g, '');
}

/**
 * What a symbol's issuer code says about its issuer.
 * @example codeInfo('TTg') → {name: 'Thủ tướng Chính phủ', level: 'central', branch: 'state', scope: 'national'}
 */
export function codeInfo(code: string): CodeInfo | null {
  const k = codeKey(code);
  const direct = ISSUER_CODES[k];
  if (direct) return direct;
  const qh = /^(UBTVQH|QH)\d{1,2}$/.exec(k);
  if (qh) return ISSUER_CODES[qh[1]];
  if (/^[A-Z]{1,6}TW$/.test(k)) return C(null, 'central', 'party', 'national');
  if (/^BCSD/.test(k)) return C('Ban cán sự đảng', null, 'party', 'local');
  if (/^DU[A-Z]+/.test(k)) return C('Đảng ủy', null, 'party', 'local');
  if (/^S[A-Z]{2,7}$/.test(k)) return C(null, 'provincial', 'agency', 'local');
  if (/^B[A-Z]{2,7}$/.test(k)) return C(null, 'central', 'agency', 'national');
  return null;
}

/** Whether a code is one of the issuer codes listed by name (not only matched by its shape). */
export function isListedIssuerCode(code: string): boolean {
  const k = codeKey(code);
  // HQHP, HQBRVT: a provincial customs department (Cục Hải quan + province initials).
  return k in ISSUER_CODES || /^(UBTVQH|QH)\d{1,2}$/.test(k) || /^HQ[A-Z]{2,5}$/.test(k);
}

/** Common Vietnamese family names (folded), used to recognise a signer's name. */
export const SURNAMES = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong',
  'ly', 'dinh', 'dao', 'doan', 'vuong', 'trinh', 'truong', 'lam', 'phung', 'mai', 'to', 'ha', 'ta', 'luu', 'cao',
  'chu', 'luong', 'thai', 'quach', 'la', 'tang', 'tong', 'khuc', 'hua', 'kieu', 'nong', 'lo', 'giang', 'thao',
  'sung', 'lau', 'vang', 'tong', 'lu', 'mua', 'quang', 'dieu', 'cam', 'trieu', 'au', 'dong', 'mac', 'than',
  'nghiem', 'lai', 'doan', 'khong', 'giap', 'ton', 'cu', 'kim', 'luc', 'ong', 'ninh', 'bach', 'vien', 'chau',
  'diep', 'han', 'thach', 'danh', 'son', 'y', 'h', 'ksor', 'nie', 'rah', 'lan', 'van', 'hau', 'tieu', 'u', 'an',
  'bế', 'be', 'hoa', 'long', 'lang', 'luyen', 'ma', 'nham', 'phi', 'phuong', 'quan', 'thieu', 'tu', 'uong', 'ung',
]);
