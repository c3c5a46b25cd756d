/**
 * Short letters written for the API tests in the shape of real provincial documents (header,
 * number, place and date, Kính gửi, body, Nơi nhận, signature). Not real documents.
 */

/** A UBND letter of Lai Châu (2 April 2020) implementing Chỉ thị 16/CT-TTg; written for these tests. */
export const LETTER_CT16 = `ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU

Số: 702/UBND-VX

V/v triển khai Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lai Châu, ngày 02 tháng 4 năm 2020

Kính gửi: Các sở, ban, ngành tỉnh.

Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành triển khai thực hiện nghiêm túc.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Minh
`;

/** The Tỉnh ủy Lai Châu letter 1276-CV/TU (24 March 2020), which the seeds only know as a stub; written for these tests. */
export const LETTER_1276 = `TỈNH ỦY LAI CHÂU
*
Số 1276-CV/TU
V/v quán triệt triển khai Thông báo kết luận số 172-TB/TW của Bộ Chính trị

ĐẢNG CỘNG SẢN VIỆT NAM

Lai Châu, ngày 24 tháng 3 năm 2020

Kính gửi: Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.

Thực hiện Thông báo kết luận số 172-TB/TW ngày 21/3/2020 của Bộ Chính trị về công tác phòng, chống dịch bệnh Covid-19, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy quán triệt và triển khai thực hiện nghiêm túc.

Nơi nhận:
- Như trên,
- Lưu Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Nguyễn Văn An
`;
