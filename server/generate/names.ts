/**
 * Invented Vietnamese personal names and the signature blocks of each kind of issuer.
 * Each issuer has a stable set of office holders per five-year term, so the same signers
 * recur across its documents, as in real archives.
 */
import { Rng, hashString } from './rng';
import type { Authority } from './authorities';

const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Đinh', 'Lò', 'Lường', 'Giàng', 'Hà', 'Tòng', 'Vương', 'Trịnh', 'Đoàn', 'Lương', 'Mai', 'Tạ', 'Cao', 'Tô',
  'Lâm', 'Thái', 'Triệu', 'Nông', 'Chu', 'Tống',
];
const SURNAME_W = [
  30, 10, 9, 7, 5, 3, 4, 4, 3, 2, 3, 3, 2, 2, 1.5, 1, 1.5, 0.7, 0.4, 0.4, 1, 0.3, 0.5, 1, 1, 1, 1, 0.5, 0.7, 0.5, 0.7,
  0.4, 0.5, 0.7, 0.5, 0.5,
];
const MID_M = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Ngọc', 'Xuân', 'Công', 'Đình', 'Thế', 'Hồng', 'Trọng', 'Quang', 'Tiến', 'Anh', 'Mạnh', 'Duy', 'Bá', 'Khắc', 'Trung', 'Viết'];
const MID_F = ['Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Kim', 'Thúy', 'Bích', 'Diệu'];
const GIVEN_M = [
  'Hải', 'Hùng', 'Dũng', 'Tuấn', 'Thắng', 'Long', 'Nam', 'Sơn', 'Bình', 'Minh', 'Quân', 'Cường', 'Phong', 'Hòa',
  'Khánh', 'Thành', 'Trung', 'Vinh', 'Định', 'Tâm', 'Lâm', 'Tùng', 'Hưng', 'Huy', 'Lợi', 'Toàn', 'Thịnh', 'Chiến',
  'Thái', 'Kiên', 'Đông', 'Giang', 'Hiếu', 'Nghĩa', 'Phúc', 'Quyết', 'Chung', 'Khải',
];
const GIVEN_F = ['Lan', 'Hương', 'Mai', 'Hoa', 'Hạnh', 'Hằng', 'Thảo', 'Nga', 'Yến', 'Loan', 'Phương', 'Hà', 'Dung', 'Vân', 'Huyền', 'Trang', 'Liên', 'Oanh', 'Nhung', 'Xuân'];

/**
 * A plausible Vietnamese full name (surname + middle + given), deterministic in `rng`.
 *
 * @example
 * personName(new Rng(1)) // e.g. 'Nguyễn Văn Hải'
 */
export function personName(rng: Rng, femaleShare = 0.25): string {
  const female = rng.chance(femaleShare);
  const sur = rng.weighted(SURNAMES, SURNAME_W);
  const mid = female ? rng.pick(MID_F) : rng.pick(MID_M);
  const given = female ? rng.pick(GIVEN_F) : rng.pick(GIVEN_M);
  return `${sur} ${mid} ${given}`;
}

/** Office holder `role` (0 = head, 1.. = deputies) of `a` in the term containing `year`. */
function holder(a: Authority, year: number, role: number): string {
  const term = Math.floor((year - 2001) / 5);
  return personName(new Rng(hashString('holder', a.idx, term, role)), role === 0 ? 0.12 : 0.3);
}

export interface Signature {
  name: string;
  /** Last capacity line, e.g. 'PHÓ CHỦ TỊCH'. */
  capacity: string;
  /** Lines of the block above the name. */
  block: string[];
}

/**
 * The signature block for a document of type `abbr` issued by `a` in `year`.
 *
 * @example
 * signatureFor(world.provinces[34].ubnd, 'CV', 2020, new Rng(7)).block
 * // ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']
 */
export function signatureFor(a: Authority, abbr: string, year: number, rng: Rng, bodyRel = ''): Signature {
  const deputy = rng.chance(0.65);
  const role = deputy ? rng.int(1, 3) : 0;
  const name = holder(a, year, role);
  let block: string[];
  const uyWord = a.kind === 'tu' ? (a.province?.kind === 'thành phố' ? 'THÀNH ỦY' : 'TỈNH ỦY') : 'HUYỆN ỦY';
  switch (a.kind) {
    case 'tw': {
      const body = bodyRel.toLocaleUpperCase('vi') || 'BỘ CHÍNH TRỊ';
      block = body.startsWith('BAN CHẤP HÀNH') ? [`T/M ${body}`, 'TỔNG BÍ THƯ'] : [`T/M ${body.replace('THƯỜNG TRỰC ', '')}`];
      break;
    }
    case 'vptw':
      block = deputy ? ['K/T CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'] : ['CHÁNH VĂN PHÒNG'];
      break;
    case 'btgtw':
    case 'btctw':
    case 'btgtu':
      block = deputy ? ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'] : ['TRƯỞNG BAN'];
      break;
    case 'tu':
    case 'district-party': {
      const uy = a.kind === 'tu' ? uyWord : a.code === 'QU' ? 'QUẬN ỦY' : a.code === 'HU' ? 'HUYỆN ỦY' : a.name.startsWith('Thị') ? 'THỊ ỦY' : 'THÀNH ỦY';
      if (abbr === 'CV' && rng.chance(0.25)) block = ['T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'];
      else if (bodyRel.startsWith('Thường trực')) block = [`T/M THƯỜNG TRỰC ${uy}`, deputy ? 'PHÓ BÍ THƯ' : 'BÍ THƯ'];
      else if (bodyRel.startsWith('Ban Thường vụ')) block = ['T/M BAN THƯỜNG VỤ', deputy ? 'PHÓ BÍ THƯ' : 'BÍ THƯ'];
      else block = [`T/M ${uy}`, deputy ? 'PHÓ BÍ THƯ' : 'BÍ THƯ'];
      break;
    }
    case 'commune-party':
      block = ['T/M ĐẢNG ỦY', deputy ? 'PHÓ BÍ THƯ' : 'BÍ THƯ'];
      break;
    case 'cp':
      block = deputy ? ['TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG'] : ['TM. CHÍNH PHỦ', 'THỦ TƯỚNG'];
      break;
    case 'ttg':
      block = deputy ? ['KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG'] : ['THỦ TƯỚNG'];
      break;
    case 'vpcp':
      block = deputy ? ['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'] : ['BỘ TRƯỞNG, CHỦ NHIỆM'];
      break;
    case 'qh':
      block = ['CHỦ TỊCH QUỐC HỘI'];
      break;
    case 'ministry':
      block = deputy ? ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'] : ['BỘ TRƯỞNG'];
      break;
    case 'hdnd':
      block = ['CHỦ TỊCH'];
      break;
    case 'so':
      block = deputy ? ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'] : ['GIÁM ĐỐC'];
      break;
    case 'phong':
      block = deputy ? ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'] : ['TRƯỞNG PHÒNG'];
      break;
    default: {
      // UBND at any level.
      const personal = abbr === 'CT' || abbr === 'CĐ';
      if (personal) block = deputy ? ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] : ['CHỦ TỊCH'];
      else block = deputy ? ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] : ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
    }
  }
  return { name, capacity: block[block.length - 1], block };
}
