/**
 * Subject matter for the synthetic corpus: each topic carries the phrases a directive on it
 * is written from (subjects for titles, situation sentences, task clauses, goals) and routing
 * hints (sectors, the công văn unit). All wording here is original, written for the generator;
 * slots in braces ({dv}, {n1}, {date}, ...) are filled by text.ts.
 */
import type { Sector } from './authorities';

export type Distractor = 'patient' | 'road' | 'phone' | 'room' | 'alley' | 'team';

export interface Topic {
  id: string;
  /** Only used in these years (inclusive), when given. */
  years?: [number, number];
  /** Sectors concerned, the lead one first. */
  sectors: Sector[];
  /** Unit suffix of a provincial công văn on this topic (628/UBND-VX). */
  unit: 'VX' | 'KT' | 'KTN' | 'NC' | 'TH';
  /** Relative frequency. */
  weight: number;
  /** Mostly a Party matter: the State side rarely takes it up. */
  partyMostly?: boolean;
  /** Noun phrases naming the subject ("công tác phòng, chống ..."). */
  subjects: string[];
  /** Titles for normative documents on the topic ({dvfull} = the issuer's unit). */
  normTitles: string[];
  /** Situation sentences. */
  context: string[];
  /** Task clauses, starting with a verb, without final punctuation. */
  tasks: string[];
  /** Purpose phrases. */
  goals: string[];
  distractors: Distractor[];
  /** External laws/decrees (ids in externals.ts) a document on it may be based on. */
  basis: string[];
}

export const TOPICS: Topic[] = [
  {
    id: 'covid',
    years: [2020, 2022],
    sectors: ['health', 'information', 'labour'],
    unit: 'VX',
    weight: 6,
    subjects: [
      'công tác phòng, chống dịch Covid-19',
      'các biện pháp cấp bách phòng, chống dịch Covid-19',
      'kiểm soát nguy cơ lây nhiễm SARS-CoV-2 trong cộng đồng',
      'triển khai tiêm vắc-xin phòng Covid-19',
      'thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19',
    ],
    normTitles: [
      'Quy định tạm thời các biện pháp hành chính trong phòng, chống dịch Covid-19 trên địa bàn {dvfull}',
      'Quy định mức chi hỗ trợ cho lực lượng tham gia phòng, chống dịch Covid-19',
    ],
    context: [
      'Diễn biến của dịch Covid-19 trên thế giới và trong khu vực vẫn hết sức khó lường, nhiều quốc gia ghi nhận số ca mắc mới tăng nhanh trở lại.',
      'Trong nước, các ca mắc trong cộng đồng tiếp tục xuất hiện tại một số địa phương, có trường hợp chưa xác định được nguồn lây.',
      'Tính đến {time} ngày {date}, {dvshort} đã ghi nhận {n1} trường hợp mắc Covid-19 ({patient}); {n2} người tiếp xúc gần đang được cách ly, theo dõi sức khỏe.',
      'Nguy cơ dịch xâm nhập qua đường mòn, lối mở và qua người từ vùng dịch trở về địa phương là rất lớn.',
      'Một bộ phận người dân vẫn còn tâm lý chủ quan, chưa thực hiện nghiêm việc đeo khẩu trang và khai báo y tế khi đến nơi công cộng.',
      'Các trường hợp mắc mới chủ yếu liên quan đến ổ dịch tại khu vực {alley}, hiện đã được phong tỏa, khoanh vùng.',
    ],
    tasks: [
      'kiểm soát chặt chẽ người ra, vào địa bàn, nhất là người đến từ vùng có dịch; tổ chức khai báo y tế, xét nghiệm và cách ly theo đúng hướng dẫn của ngành y tế',
      'rà soát, cập nhật phương án phòng, chống dịch theo từng cấp độ, bảo đảm đủ cơ sở cách ly, giường bệnh, trang thiết bị, sinh phẩm và nhân lực khi dịch bùng phát',
      'thực hiện nghiêm yêu cầu 5K, nhất là đeo khẩu trang nơi công cộng và không tụ tập đông người; xử lý nghiêm các trường hợp vi phạm',
      'tổ chức truy vết thần tốc, khoanh vùng gọn, dập dịch triệt để ngay khi phát hiện ca nghi nhiễm, không để lây lan ra cộng đồng',
      'phát huy vai trò của tổ Covid cộng đồng, tổ tự quản trong việc nắm bắt, phát hiện sớm người từ nơi khác về địa phương',
      'triển khai tiêm vắc-xin an toàn, đúng đối tượng, đúng tiến độ, ưu tiên lực lượng tuyến đầu và người có nguy cơ cao',
      'quản lý chặt chẽ khu cách ly tập trung và cơ sở khám, chữa bệnh, phòng ngừa lây nhiễm chéo cho nhân viên y tế và người bệnh',
      'tạm dừng các sự kiện tập trung đông người không thực sự cần thiết; hoạt động nào được tổ chức phải có phương án bảo đảm an toàn phòng dịch',
      'bảo đảm cung ứng đủ hàng hóa thiết yếu, không để xảy ra khan hiếm hoặc tăng giá bất hợp lý trong thời gian giãn cách',
      'thực hiện kịp thời các chính sách hỗ trợ người lao động, người sử dụng lao động và người dân gặp khó khăn do đại dịch',
      'tăng cường tuần tra, kiểm soát đường biên, lối mở; xử lý nghiêm các trường hợp xuất, nhập cảnh trái phép',
      'ứng dụng công nghệ thông tin trong khai báo y tế, quản lý người cách ly và truy vết người tiếp xúc',
    ],
    goals: [
      'ngăn chặn, hạn chế tối đa nguy cơ dịch bệnh xâm nhập và lây lan trong cộng đồng',
      'bảo vệ sức khỏe, tính mạng của Nhân dân, đồng thời duy trì các hoạt động kinh tế - xã hội',
      'vừa phòng, chống dịch hiệu quả, vừa phục hồi và phát triển kinh tế - xã hội',
    ],
    distractors: ['patient', 'alley', 'room', 'phone', 'team'],
    basis: ['luat-pcbtn', 'nd-101-2010', 'luat-tcqdp', 'nd-117-2020'],
  },
  {
    id: 'dichbenh',
    sectors: ['health', 'education'],
    unit: 'VX',
    weight: 3,
    subjects: [
      'công tác phòng, chống bệnh sốt xuất huyết',
      'phòng, chống dịch bệnh truyền nhiễm mùa hè',
      'phòng, chống bệnh tay chân miệng và bệnh sởi',
      'phòng, chống dịch bệnh mùa Đông Xuân',
      'công tác tiêm chủng mở rộng',
    ],
    normTitles: [
      'Quy định chế độ hỗ trợ cho người trực tiếp tham gia phòng, chống dịch bệnh truyền nhiễm trên địa bàn {dvfull}',
    ],
    context: [
      'Từ đầu năm đến nay, {dvshort} ghi nhận {n1} ca mắc sốt xuất huyết, tăng so với cùng kỳ năm trước; một số ổ dịch xuất hiện tại các khu dân cư đông đúc.',
      'Thời tiết nắng nóng xen kẽ mưa rào là điều kiện thuận lợi để muỗi truyền bệnh sinh sản và dịch bệnh lây lan nhanh.',
      'Việc giám sát, phát hiện ca bệnh ở tuyến cơ sở tại một số nơi còn chậm, xử lý ổ dịch chưa triệt để.',
      'Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ở một số xã vùng sâu, vùng xa chưa đạt chỉ tiêu được giao.',
      'Bệnh viện đa khoa tuyến tỉnh đang điều trị {n2} bệnh nhân, trong đó có trường hợp nặng phải chuyển tuyến trên.',
    ],
    tasks: [
      'tổ chức chiến dịch diệt lăng quăng, bọ gậy tại hộ gia đình, trường học, công trình xây dựng và khu vực công cộng',
      'tăng cường giám sát, phát hiện sớm ca bệnh, xử lý triệt để ổ dịch, không để dịch lan rộng và kéo dài',
      'bảo đảm đủ thuốc, hóa chất, vật tư và trang thiết bị cho công tác phòng, chống dịch và điều trị người bệnh',
      'tổ chức tốt việc thu dung, phân tuyến điều trị, hạn chế đến mức thấp nhất các trường hợp tử vong',
      'đẩy mạnh truyền thông hướng dẫn người dân các biện pháp phòng bệnh, chủ động đến cơ sở y tế khi có dấu hiệu nghi mắc bệnh',
      'rà soát đối tượng, tổ chức tiêm bù, tiêm vét cho trẻ chưa được tiêm đủ mũi',
      'chỉ đạo các trường mầm non, tiểu học vệ sinh lớp học, đồ chơi và theo dõi sức khỏe trẻ hằng ngày',
      'phối hợp với các đoàn thể vận động người dân tham gia vệ sinh môi trường, khơi thông cống rãnh',
      'kiểm tra việc thực hiện các biện pháp phòng bệnh tại cơ sở khám, chữa bệnh ngoài công lập',
    ],
    goals: ['chủ động phòng, chống dịch bệnh, giảm số mắc và tử vong', 'không để dịch lớn xảy ra trên địa bàn'],
    distractors: ['patient', 'phone', 'room'],
    basis: ['luat-pcbtn', 'luat-kbcb', 'nd-101-2010', 'nd-117-2020'],
  },
  {
    id: 'thientai',
    sectors: ['agriculture', 'transport', 'construction'],
    unit: 'KT',
    weight: 4,
    subjects: [
      'công tác phòng, chống thiên tai và tìm kiếm cứu nạn',
      'ứng phó với mưa lũ, sạt lở đất',
      'khắc phục hậu quả mưa lũ',
      'ứng phó với bão và áp thấp nhiệt đới',
      'phòng, chống hạn hán, xâm nhập mặn',
    ],
    normTitles: [
      'Quy định phân cấp quản lý và trách nhiệm phòng, chống thiên tai trên địa bàn {dvfull}',
      'Quy định mức hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai',
    ],
    context: [
      'Theo dự báo của cơ quan khí tượng thủy văn, từ nay đến cuối năm có thể xuất hiện nhiều đợt mưa lớn; nguy cơ lũ quét, sạt lở đất ở vùng núi là rất cao.',
      'Đợt mưa lớn từ ngày {date} đã làm {n1} nhà ở bị hư hỏng, nhiều đoạn đường bị sạt lở, trong đó {road} bị ách tắc cục bộ.',
      'Việc chuẩn bị lực lượng, phương tiện, vật tư theo phương châm bốn tại chỗ ở một số địa phương chưa được quan tâm đúng mức.',
      'Nhiều hộ dân vẫn đang sinh sống tại khu vực có nguy cơ sạt lở cao, ven sông, suối nhưng chưa được di dời.',
      'Mực nước trên các sông chính đang lên nhanh, một số hồ chứa đã đạt mực nước thiết kế.',
    ],
    tasks: [
      'rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro; chuẩn bị sẵn sàng lực lượng, phương tiện, vật tư theo phương châm bốn tại chỗ',
      'kiểm tra các khu dân cư ven sông, suối và vùng có nguy cơ sạt lở để chủ động sơ tán người dân đến nơi an toàn',
      'tổ chức trực ban nghiêm túc, theo dõi chặt chẽ diễn biến mưa lũ, kịp thời thông tin cảnh báo đến tận người dân',
      'bố trí lực lượng canh gác, hướng dẫn giao thông tại các ngầm tràn và đoạn đường ngập sâu, không để người, phương tiện qua lại khi chưa bảo đảm an toàn',
      'vận hành hồ chứa đúng quy trình được phê duyệt, bảo đảm an toàn công trình và vùng hạ du',
      'khẩn trương khắc phục hậu quả, hỗ trợ lương thực, nhu yếu phẩm cho các hộ bị thiệt hại, không để người dân bị đói, rét',
      'thống kê, đánh giá thiệt hại và đề xuất mức hỗ trợ từ nguồn dự phòng ngân sách theo quy định',
      'bảo vệ sản xuất nông nghiệp, thu hoạch sớm diện tích lúa, hoa màu đã đến kỳ thu hoạch',
      'sửa chữa kịp thời các đoạn đường, cầu, cống bị hư hỏng để bảo đảm giao thông thông suốt',
    ],
    goals: ['giảm thiểu thiệt hại về người và tài sản do thiên tai gây ra', 'chủ động ứng phó kịp thời, hiệu quả với mọi tình huống thiên tai'],
    distractors: ['road', 'phone', 'team'],
    basis: ['luat-pctt', 'luat-tcqdp', 'nd-66-2021'],
  },
  {
    id: 'chayrung',
    sectors: ['agriculture', 'environment'],
    unit: 'KT',
    weight: 2,
    subjects: ['công tác phòng cháy, chữa cháy rừng', 'quản lý, bảo vệ và phát triển rừng', 'phòng, chống cháy rừng trong mùa khô'],
    normTitles: ['Quy định về quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng trên địa bàn {dvfull}'],
    context: [
      'Mùa khô năm nay được dự báo nắng nóng kéo dài, độ ẩm thấp; cấp dự báo cháy rừng ở nhiều khu vực luôn ở mức cao và cực kỳ nguy hiểm.',
      'Từ đầu mùa khô đến nay, trên địa bàn đã xảy ra {n1} vụ cháy, làm thiệt hại khoảng {n2} ha rừng trồng và thảm thực bì.',
      'Tình trạng đốt nương làm rẫy không đúng quy trình, khai thác, vận chuyển lâm sản trái phép vẫn còn xảy ra ở một số nơi.',
    ],
    tasks: [
      'kiện toàn ban chỉ huy phòng cháy, chữa cháy rừng các cấp, phân công cụ thể trách nhiệm của từng thành viên',
      'xác định các vùng trọng điểm có nguy cơ cháy cao, bố trí chốt canh gác, tuần tra trong những ngày nắng nóng',
      'hướng dẫn người dân đốt nương rẫy đúng thời gian, có sự giám sát của lực lượng chức năng',
      'chuẩn bị đầy đủ dụng cụ, phương tiện chữa cháy, sẵn sàng huy động lực lượng khi có cháy xảy ra',
      'xử lý nghiêm các hành vi phá rừng, lấn chiếm đất rừng, khai thác, vận chuyển lâm sản trái pháp luật',
      'thực hiện tốt việc chi trả dịch vụ môi trường rừng, giao khoán bảo vệ rừng cho hộ gia đình và cộng đồng dân cư',
      'tổ chức ký cam kết bảo vệ rừng, phòng cháy, chữa cháy rừng đến từng hộ gia đình sống gần rừng',
    ],
    goals: ['hạn chế thấp nhất số vụ cháy rừng và diện tích rừng bị thiệt hại', 'giữ vững và nâng cao độ che phủ rừng'],
    distractors: ['road', 'phone', 'team'],
    basis: ['luat-lamnghiep', 'luat-tcqdp'],
  },
  {
    id: 'giaoduc',
    sectors: ['education', 'finance'],
    unit: 'VX',
    weight: 3,
    subjects: [
      'thực hiện nhiệm vụ năm học',
      'công tác chuẩn bị và tổ chức Kỳ thi tốt nghiệp trung học phổ thông',
      'tăng cường các điều kiện bảo đảm chất lượng giáo dục',
      'công tác tuyển sinh vào lớp 10',
      'triển khai chương trình giáo dục phổ thông mới',
    ],
    normTitles: [
      'Quy định mức thu học phí đối với cơ sở giáo dục công lập trên địa bàn {dvfull}',
      'Quy định chính sách hỗ trợ học sinh bán trú tại các xã đặc biệt khó khăn',
    ],
    context: [
      'Năm học vừa qua, ngành giáo dục đã cơ bản hoàn thành các chỉ tiêu, tỷ lệ học sinh đi học đúng độ tuổi được duy trì ổn định.',
      'Tình trạng thiếu giáo viên ở một số cấp học, môn học chưa được khắc phục; cơ sở vật chất của nhiều điểm trường lẻ còn tạm bợ.',
      'Toàn {dvshort} hiện có {n1} cơ sở giáo dục với trên {n2} học sinh, nhiều điểm trường nằm ở vùng đặc biệt khó khăn.',
      'Việc triển khai chương trình giáo dục phổ thông mới đòi hỏi bảo đảm đủ sách giáo khoa, thiết bị dạy học và bồi dưỡng đội ngũ giáo viên.',
    ],
    tasks: [
      'rà soát, sắp xếp mạng lưới trường, lớp phù hợp với thực tế, bảo đảm thuận lợi cho học sinh đến trường',
      'bố trí đủ giáo viên theo định mức, thực hiện hợp đồng giáo viên ở những nơi còn thiếu theo quy định',
      'chuẩn bị đầy đủ sách giáo khoa, thiết bị dạy học và sửa chữa phòng học trước ngày khai giảng',
      'tổ chức kỳ thi nghiêm túc, an toàn, đúng quy chế; bảo đảm an ninh, trật tự tại các điểm thi',
      'huy động trẻ trong độ tuổi ra lớp, hạn chế tình trạng học sinh bỏ học, nhất là ở vùng đồng bào dân tộc thiểu số',
      'tăng cường bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ quản lý và giáo viên',
      'bảo đảm an toàn trường học và vệ sinh an toàn thực phẩm tại các bếp ăn bán trú',
      'thực hiện nghiêm các quy định về thu, chi đầu năm học, không để xảy ra tình trạng lạm thu',
      'đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, dạy và học',
    ],
    goals: ['nâng cao chất lượng giáo dục toàn diện', 'tạo chuyển biến rõ nét về chất lượng dạy và học'],
    distractors: ['room', 'phone'],
    basis: ['luat-giaoduc', 'luat-tcqdp', 'nd-81-2021'],
  },
  {
    id: 'ngansach',
    sectors: ['finance', 'planning'],
    unit: 'KT',
    weight: 3,
    subjects: [
      'công tác quản lý, điều hành ngân sách nhà nước',
      'thực hành tiết kiệm, chống lãng phí',
      'đẩy nhanh tiến độ giải ngân vốn đầu tư công',
      'xây dựng dự toán ngân sách nhà nước năm sau',
    ],
    normTitles: [
      'Quy định phân cấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách {dvfull}',
      'Quy định định mức phân bổ dự toán chi thường xuyên ngân sách địa phương',
    ],
    context: [
      'Thu ngân sách trên địa bàn {n1} tháng đầu năm ước đạt {pct}% dự toán, một số khoản thu đạt thấp so với cùng kỳ.',
      'Tỷ lệ giải ngân vốn đầu tư công đến ngày {date} mới đạt {pct}% kế hoạch vốn được giao, thấp hơn bình quân chung của cả nước.',
      'Nhiều dự án chậm tiến độ do vướng mắc trong bồi thường, giải phóng mặt bằng và năng lực của một số nhà thầu còn hạn chế.',
      'Nhu cầu chi cho an sinh xã hội, phòng, chống thiên tai, dịch bệnh tăng cao trong khi nguồn thu còn nhiều khó khăn.',
    ],
    tasks: [
      'tập trung chỉ đạo quyết liệt công tác thu ngân sách, chống thất thu, thu hồi nợ đọng thuế',
      'điều hành chi ngân sách chặt chẽ, tiết kiệm, hiệu quả, trong phạm vi dự toán được giao',
      'cắt giảm tối đa chi phí hội nghị, hội thảo, đi công tác, lễ kỷ niệm và các khoản chi chưa thực sự cần thiết',
      'đẩy nhanh tiến độ giải ngân, kịp thời điều chuyển vốn từ dự án chậm giải ngân sang dự án có khả năng giải ngân tốt',
      'tháo gỡ dứt điểm vướng mắc trong bồi thường, hỗ trợ, tái định cư để sớm bàn giao mặt bằng cho nhà thầu',
      'xây dựng dự toán sát thực tế, đúng định mức, tiêu chuẩn, chế độ quy định',
      'quản lý, sử dụng tài sản công đúng mục đích; xử lý dứt điểm tài sản dôi dư sau sắp xếp',
      'công khai, minh bạch việc sử dụng ngân sách theo quy định của pháp luật',
      'định kỳ báo cáo tình hình, những khó khăn, vướng mắc vượt thẩm quyền về cơ quan tài chính cùng cấp',
    ],
    goals: ['hoàn thành vượt mức dự toán thu ngân sách được giao', 'sử dụng hiệu quả nguồn lực tài chính nhà nước'],
    distractors: ['phone'],
    basis: ['luat-nsnn', 'luat-dtc', 'nd-163-2016', 'luat-tcqdp'],
  },
  {
    id: 'ansinh',
    sectors: ['labour', 'finance'],
    unit: 'VX',
    weight: 3,
    subjects: [
      'công tác giảm nghèo bền vững',
      'chăm lo đời sống người có công, hộ nghèo và đối tượng bảo trợ xã hội',
      'bảo đảm an sinh xã hội',
      'công tác giải quyết việc làm cho người lao động',
    ],
    normTitles: ['Quy định chính sách trợ giúp xã hội đối với các đối tượng khó khăn trên địa bàn {dvfull}'],
    context: [
      'Tỷ lệ hộ nghèo toàn {dvshort} đến cuối năm trước còn {pct}%, tập trung chủ yếu ở các xã vùng cao, vùng đồng bào dân tộc thiểu số.',
      'Do ảnh hưởng của thiên tai, dịch bệnh, thu nhập của một bộ phận người lao động giảm sút, nguy cơ tái nghèo còn cao.',
      'Hiện trên địa bàn có {n1} người có công với cách mạng đang hưởng trợ cấp hằng tháng và {n2} đối tượng bảo trợ xã hội.',
    ],
    tasks: [
      'rà soát, xác định chính xác hộ nghèo, hộ cận nghèo theo chuẩn mới, bảo đảm công khai, dân chủ',
      'thực hiện đầy đủ, kịp thời các chính sách trợ giúp xã hội, không để xảy ra sai sót, trục lợi chính sách',
      'tổ chức thăm hỏi, tặng quà gia đình chính sách, hộ nghèo nhân dịp lễ, Tết',
      'đẩy mạnh đào tạo nghề gắn với giải quyết việc làm, hỗ trợ người lao động tìm kiếm việc làm phù hợp',
      'huy động nguồn lực xã hội hóa hỗ trợ xây dựng nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn',
      'lồng ghép hiệu quả các chương trình mục tiêu quốc gia, ưu tiên nguồn lực cho các xã đặc biệt khó khăn',
      'bảo đảm quyền lợi về bảo hiểm xã hội, bảo hiểm y tế cho người lao động',
    ],
    goals: ['bảo đảm không để ai bị bỏ lại phía sau', 'cải thiện đời sống vật chất và tinh thần của người nghèo'],
    distractors: ['phone', 'team'],
    basis: ['luat-bhyt', 'nd-20-2021', 'luat-tcqdp'],
  },
  {
    id: 'tet',
    sectors: ['culture', 'industry', 'security'],
    unit: 'VX',
    weight: 3,
    subjects: [
      'tổ chức đón Tết Nguyên đán vui tươi, lành mạnh, an toàn, tiết kiệm',
      'bảo đảm an ninh, trật tự trong dịp Tết Nguyên đán',
      'tổ chức các hoạt động mừng Đảng, mừng Xuân',
    ],
    normTitles: ['Quy định về tổ chức lễ hội và hoạt động văn hóa đầu xuân trên địa bàn {dvfull}'],
    context: [
      'Tết Nguyên đán năm nay diễn ra trong bối cảnh cả nước đang nỗ lực thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội.',
      'Nhu cầu mua sắm, đi lại, vui chơi của Nhân dân trong dịp Tết tăng cao, tiềm ẩn nguy cơ mất an toàn giao thông, cháy nổ và ngộ độc thực phẩm.',
      'Các hoạt động lễ hội đầu xuân cần được quản lý chặt chẽ, giữ gìn bản sắc văn hóa và nếp sống văn minh.',
    ],
    tasks: [
      'tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao mừng Đảng, mừng Xuân thiết thực, phù hợp với điều kiện địa phương',
      'bảo đảm cung ứng đủ hàng hóa thiết yếu, bình ổn giá cả thị trường trước, trong và sau Tết',
      'tăng cường kiểm tra, kiểm soát thị trường, xử lý nghiêm hành vi buôn lậu, gian lận thương mại và hàng giả',
      'quán triệt cán bộ, đảng viên không tổ chức đi chúc Tết cấp trên, nghiêm cấm việc tặng quà dưới mọi hình thức trái quy định',
      'không sử dụng xe công, ngân sách nhà nước để đi lễ hội, tham quan trái quy định',
      'bố trí lịch trực lãnh đạo, trực cơ quan trong những ngày nghỉ Tết, kịp thời xử lý các tình huống phát sinh',
      'bảo đảm an ninh chính trị, trật tự an toàn xã hội, phòng, chống cháy nổ và sử dụng pháo trái phép',
      'chăm lo để mọi gia đình đều có Tết, nhất là gia đình chính sách, hộ nghèo, người lao động mất việc làm',
    ],
    goals: ['bảo đảm Nhân dân đón Tết vui tươi, lành mạnh, an toàn', 'thực hành tiết kiệm, chống lãng phí trong dịp lễ, Tết'],
    distractors: ['phone', 'road'],
    basis: ['luat-tcqdp'],
  },
  {
    id: 'xaydungdang',
    sectors: ['home'],
    unit: 'TH',
    weight: 3,
    partyMostly: true,
    subjects: [
      'công tác xây dựng, chỉnh đốn Đảng',
      'công tác chuẩn bị đại hội đảng bộ các cấp',
      'công tác kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên',
      'công tác phát triển đảng viên',
    ],
    normTitles: ['Quy định về công tác cán bộ thuộc diện Ban Thường vụ quản lý'],
    context: [
      'Công tác xây dựng Đảng thời gian qua đạt nhiều kết quả tích cực; năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng từng bước được nâng lên.',
      'Chất lượng sinh hoạt chi bộ ở một số nơi còn hình thức; việc phát triển đảng viên ở nông thôn, vùng sâu còn gặp nhiều khó khăn.',
      'Toàn Đảng bộ hiện có {n1} tổ chức cơ sở đảng với trên {n2} đảng viên.',
      'Một số cán bộ, đảng viên chưa gương mẫu, có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống.',
    ],
    tasks: [
      'nâng cao chất lượng sinh hoạt chi bộ, bảo đảm tính lãnh đạo, tính giáo dục và tính chiến đấu',
      'làm tốt công tác chuẩn bị nhân sự, bảo đảm đúng nguyên tắc, quy trình, công khai, dân chủ',
      'thực hiện kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên thực chất, đúng quy định',
      'chú trọng phát triển đảng viên trong học sinh, sinh viên, công nhân và ở thôn, bản chưa có đảng viên',
      'đẩy mạnh công tác kiểm tra, giám sát, kịp thời phát hiện, xử lý nghiêm tổ chức đảng, đảng viên vi phạm',
      'thực hiện trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu',
      'đổi mới nội dung, phương thức lãnh đạo của cấp ủy, phát huy vai trò hạt nhân chính trị ở cơ sở',
      'làm tốt công tác bảo vệ chính trị nội bộ và quản lý hồ sơ đảng viên',
    ],
    goals: ['nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng', 'xây dựng Đảng bộ trong sạch, vững mạnh'],
    distractors: ['room'],
    basis: [],
  },
  {
    id: 'thamnhung',
    sectors: ['justice', 'home'],
    unit: 'NC',
    weight: 2,
    subjects: [
      'công tác phòng, chống tham nhũng, tiêu cực',
      'công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
      'tăng cường kỷ luật, kỷ cương hành chính',
    ],
    normTitles: ['Quy định trách nhiệm của người đứng đầu trong công tác tiếp công dân trên địa bàn {dvfull}'],
    context: [
      'Công tác phòng, chống tham nhũng, tiêu cực được các cấp, các ngành quan tâm; nhiều vụ việc được phát hiện và xử lý kịp thời.',
      'Tình trạng đùn đẩy, né tránh trách nhiệm, sợ sai không dám làm của một bộ phận cán bộ, công chức vẫn còn.',
      'Đơn thư khiếu nại, tố cáo liên quan đến đất đai, bồi thường giải phóng mặt bằng chiếm tỷ lệ cao, có vụ việc kéo dài, phức tạp.',
    ],
    tasks: [
      'thực hiện công khai, minh bạch hoạt động của cơ quan, đơn vị, nhất là trong đầu tư công, đất đai, mua sắm công',
      'kê khai, công khai tài sản, thu nhập đúng thời hạn, đúng đối tượng theo quy định',
      'tổ chức tốt việc tiếp công dân định kỳ và đột xuất của người đứng đầu; giải quyết dứt điểm vụ việc ngay từ cơ sở',
      'kịp thời chấn chỉnh, xử lý nghiêm cán bộ, công chức có hành vi nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp',
      'tăng cường thanh tra, kiểm tra trách nhiệm của người đứng đầu trong thực thi công vụ',
      'thực hiện nghiêm việc chuyển đổi vị trí công tác đối với cán bộ, công chức theo quy định',
      'kiến nghị thu hồi đầy đủ tiền, tài sản bị chiếm đoạt, thất thoát qua các vụ việc',
    ],
    goals: ['ngăn chặn, đẩy lùi tham nhũng, tiêu cực', 'củng cố niềm tin của Nhân dân đối với chính quyền'],
    distractors: ['phone', 'room'],
    basis: ['luat-pctn', 'luat-tcqdp'],
  },
  {
    id: 'chuyendoiso',
    sectors: ['information', 'home'],
    unit: 'TH',
    weight: 3,
    subjects: [
      'công tác chuyển đổi số',
      'đẩy mạnh cải cách thủ tục hành chính',
      'phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử',
      'nâng cao chất lượng cung cấp dịch vụ công trực tuyến',
    ],
    normTitles: ['Quy chế quản lý, vận hành hệ thống thông tin giải quyết thủ tục hành chính {dvfull}'],
    context: [
      'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình trên địa bàn mới đạt {pct}%, chưa đạt mục tiêu đề ra.',
      'Hạ tầng công nghệ thông tin tại nhiều xã, phường còn thiếu đồng bộ; đội ngũ cán bộ chuyên trách còn mỏng.',
      'Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở một số cơ quan còn chậm, chất lượng dữ liệu chưa bảo đảm.',
    ],
    tasks: [
      'rà soát, cắt giảm, đơn giản hóa thủ tục hành chính, công bố công khai đầy đủ, kịp thời trên cổng dịch vụ công',
      'đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định',
      'tuyên truyền, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt',
      'bảo đảm an toàn, an ninh thông tin cho các hệ thống thông tin của cơ quan nhà nước',
      'xử lý văn bản, hồ sơ công việc trên môi trường điện tử và sử dụng chữ ký số theo quy định',
      'kiện toàn tổ công nghệ số cộng đồng tại các thôn, tổ dân phố',
      'làm sạch dữ liệu, bảo đảm dữ liệu đúng, đủ, sạch, sống phục vụ kết nối, chia sẻ',
    ],
    goals: ['nâng cao chất lượng phục vụ người dân, doanh nghiệp', 'từng bước xây dựng chính quyền số'],
    distractors: ['phone', 'room'],
    basis: ['nd-30-2020', 'nd-61-2018', 'luat-tcqdp'],
  },
  {
    id: 'giaothong',
    sectors: ['transport', 'security'],
    unit: 'KTN',
    weight: 2,
    subjects: [
      'công tác bảo đảm trật tự, an toàn giao thông',
      'kiểm soát tải trọng phương tiện',
      'bảo đảm trật tự, an toàn giao thông dịp nghỉ lễ',
    ],
    normTitles: ['Quy định quản lý, sử dụng hành lang an toàn đường bộ trên địa bàn {dvfull}'],
    context: [
      'Từ đầu năm đến nay, trên địa bàn đã xảy ra {n1} vụ tai nạn giao thông, làm chết {n2} người; nhiều vụ xảy ra trên {road}.',
      'Tình trạng xe quá tải, chở quá số người quy định, sử dụng rượu, bia khi điều khiển phương tiện vẫn còn phổ biến.',
      'Một số đoạn đường đã xuống cấp, thiếu biển báo và đèn chiếu sáng, tiềm ẩn nguy cơ mất an toàn giao thông.',
    ],
    tasks: [
      'tăng cường tuần tra, kiểm soát, xử lý nghiêm các hành vi vi phạm nồng độ cồn, chạy quá tốc độ, chở quá tải',
      'rà soát, khắc phục kịp thời các điểm đen, điểm tiềm ẩn tai nạn giao thông trên các tuyến đường',
      'tuyên truyền, vận động người dân chấp hành pháp luật về giao thông, đội mũ bảo hiểm khi đi xe máy, xe đạp điện',
      'kiểm soát chặt chẽ hoạt động vận tải hành khách, bảo đảm an toàn cho người dân đi lại',
      'xử lý dứt điểm tình trạng lấn chiếm hành lang an toàn đường bộ, họp chợ dưới lòng đường',
      'duy tu, sửa chữa hệ thống biển báo, đèn tín hiệu và vạch sơn đường',
    ],
    goals: ['kiềm chế, kéo giảm tai nạn giao thông trên cả ba tiêu chí', 'bảo đảm trật tự, an toàn giao thông'],
    distractors: ['road', 'phone'],
    basis: ['luat-gtdb', 'nd-100-2019'],
  },
  {
    id: 'moitruong',
    sectors: ['environment', 'construction'],
    unit: 'KT',
    weight: 2,
    subjects: [
      'công tác bảo vệ môi trường',
      'quản lý chất thải rắn sinh hoạt',
      'giảm thiểu chất thải nhựa',
      'quản lý nhà nước về đất đai, tài nguyên khoáng sản',
    ],
    normTitles: ['Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn {dvfull}'],
    context: [
      'Lượng chất thải rắn sinh hoạt phát sinh trên địa bàn khoảng {n1} tấn/ngày; tỷ lệ thu gom ở khu vực nông thôn còn thấp.',
      'Tình trạng khai thác cát, sỏi trái phép trên các tuyến sông, suối diễn biến phức tạp, gây sạt lở bờ sông.',
      'Một số cơ sở sản xuất chưa đầu tư hệ thống xử lý nước thải, gây bức xúc trong Nhân dân.',
    ],
    tasks: [
      'tổ chức thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt đúng quy định, không để tồn đọng rác trong khu dân cư',
      'hạn chế sử dụng túi ni lông khó phân hủy và sản phẩm nhựa dùng một lần tại cơ quan, công sở',
      'kiểm tra, xử lý nghiêm các cơ sở xả thải vượt quy chuẩn ra môi trường',
      'tăng cường quản lý, ngăn chặn tình trạng khai thác khoáng sản trái phép',
      'rà soát, xử lý dứt điểm các trường hợp lấn chiếm, sử dụng đất sai mục đích',
      'đẩy mạnh phân loại chất thải tại nguồn ở hộ gia đình, trường học',
    ],
    goals: ['cải thiện chất lượng môi trường sống', 'sử dụng hợp lý, tiết kiệm tài nguyên'],
    distractors: ['phone', 'alley'],
    basis: ['luat-bvmt', 'luat-datdai', 'luat-tcqdp'],
  },
  {
    id: 'thuy',
    sectors: ['agriculture'],
    unit: 'KT',
    weight: 2,
    subjects: [
      'công tác phòng, chống bệnh Dịch tả lợn Châu Phi',
      'phòng, chống dịch bệnh gia súc, gia cầm',
      'phòng, chống bệnh viêm da nổi cục trên trâu, bò',
    ],
    normTitles: ['Quy định mức hỗ trợ thiệt hại do dịch bệnh động vật trên địa bàn {dvfull}'],
    context: [
      'Bệnh Dịch tả lợn Châu Phi đã xuất hiện trở lại tại {n1} xã; số lợn mắc bệnh phải tiêu hủy là {n2} con.',
      'Việc vận chuyển, buôn bán gia súc và sản phẩm gia súc không rõ nguồn gốc qua địa bàn vẫn còn diễn ra.',
      'Chăn nuôi nhỏ lẻ, không bảo đảm an toàn sinh học là nguyên nhân chính làm dịch bệnh lây lan.',
    ],
    tasks: [
      'giám sát chặt chẽ tình hình dịch bệnh đến từng thôn, bản, hộ chăn nuôi; phát hiện sớm, khoanh vùng, xử lý triệt để ổ dịch',
      'tổ chức tiêu hủy gia súc bệnh đúng quy trình, bảo đảm vệ sinh môi trường',
      'kiểm soát chặt chẽ việc vận chuyển, giết mổ, buôn bán gia súc và sản phẩm gia súc',
      'tổ chức tiêm phòng vắc-xin cho đàn vật nuôi đạt tỷ lệ theo yêu cầu',
      'thực hiện tiêu độc, khử trùng chuồng trại và khu vực có nguy cơ cao',
      'hỗ trợ kịp thời người chăn nuôi có gia súc buộc phải tiêu hủy theo quy định',
    ],
    goals: ['khống chế, không để dịch bệnh lây lan diện rộng', 'bảo vệ sản xuất chăn nuôi và sức khỏe cộng đồng'],
    distractors: ['road', 'phone'],
    basis: ['luat-thuy', 'luat-tcqdp'],
  },
  {
    id: 'anninh',
    sectors: ['security', 'justice'],
    unit: 'NC',
    weight: 2,
    subjects: [
      'công tác phòng, chống tội phạm và tệ nạn ma túy',
      'bảo đảm an ninh, trật tự trên địa bàn',
      'công tác quản lý cư trú',
    ],
    normTitles: ['Quy định chế độ hỗ trợ đối với lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở trên địa bàn {dvfull}'],
    context: [
      'Tội phạm ma túy trên tuyến biên giới diễn biến phức tạp, đối tượng sử dụng nhiều thủ đoạn tinh vi để vận chuyển trái phép chất ma túy.',
      'Trong {n1} tháng, lực lượng chức năng đã phát hiện, bắt giữ {n2} vụ phạm tội về ma túy.',
      'Số người nghiện ngoài xã hội còn nhiều; cai nghiện tại gia đình, cộng đồng hiệu quả chưa cao.',
    ],
    tasks: [
      'đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc, xây dựng thôn, bản không có ma túy',
      'tăng cường đấu tranh, triệt phá các đường dây mua bán, vận chuyển trái phép chất ma túy',
      'quản lý chặt chẽ người nghiện, người sử dụng trái phép chất ma túy và tổ chức cai nghiện theo quy định',
      'nắm chắc tình hình, chủ động phòng ngừa, không để xảy ra điểm nóng về an ninh, trật tự',
      'kiểm tra việc đăng ký, quản lý cư trú, nhất là tại các khu nhà trọ, cơ sở lưu trú',
    ],
    goals: ['kéo giảm tội phạm và tệ nạn xã hội', 'giữ vững an ninh chính trị, trật tự an toàn xã hội'],
    distractors: ['road', 'phone', 'alley'],
    basis: ['luat-pcmt', 'luat-tcqdp'],
  },
  {
    id: 'tuyengiao',
    sectors: ['culture', 'information'],
    unit: 'VX',
    weight: 2,
    partyMostly: true,
    subjects: [
      'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      'công tác tuyên truyền kỷ niệm các ngày lễ lớn',
      'công tác bảo vệ nền tảng tư tưởng của Đảng',
    ],
    normTitles: ['Quy chế phát ngôn và cung cấp thông tin cho báo chí'],
    context: [
      'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã trở thành việc làm thường xuyên của các cấp ủy, tổ chức đảng.',
      'Các thế lực thù địch tiếp tục lợi dụng không gian mạng để xuyên tạc, chống phá chủ trương, đường lối của Đảng.',
      'Năm nay có nhiều ngày lễ lớn, sự kiện chính trị quan trọng của đất nước và của địa phương.',
    ],
    tasks: [
      'tổ chức học tập, quán triệt chuyên đề hằng năm gắn với thực hiện nhiệm vụ chính trị của địa phương, đơn vị',
      'biểu dương, nhân rộng các điển hình tiên tiến trong học tập và làm theo gương Bác',
      'tổ chức các hoạt động tuyên truyền kỷ niệm các ngày lễ lớn thiết thực, tiết kiệm',
      'chủ động đấu tranh, phản bác các quan điểm sai trái, thù địch trên không gian mạng',
      'định hướng thông tin kịp thời, nắm bắt tâm trạng, dư luận xã hội để phản ánh với cấp ủy',
      'phát huy vai trò của báo chí và hệ thống thông tin cơ sở trong công tác tuyên truyền',
    ],
    goals: ['tạo sự thống nhất cao về nhận thức và hành động', 'củng cố niềm tin của cán bộ, đảng viên và Nhân dân'],
    distractors: ['room', 'phone'],
    basis: [],
  },
];

/**
 * Topics available in a given year and month, for sampling (Covid-19 from February 2020).
 *
 * @example
 * topicsFor(2019).some((t) => t.id === 'covid') // false
 */
export function topicsFor(year: number, month = 6): Topic[] {
  return TOPICS.filter((t) => !t.years || (year * 12 + month >= t.years[0] * 12 + 2 && year <= t.years[1]));
}
