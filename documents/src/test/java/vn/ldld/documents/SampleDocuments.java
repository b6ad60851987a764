package vn.ldld.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Documents to write in the tests. */
final class SampleDocuments {

    static final String TITLE = "phối hợp tham gia làm công tác dân vận đợt I/2023";

    private SampleDocuments() {
    }

    static OfficialDocument plan() {
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph("Căn cứ Kế hoạch số 22-KH/BCĐ ngày 28/6/2023 của Ban Chỉ đạo thực hiện Quy chế dân chủ "
                + "ở cơ sở và công tác vận động quần chúng;"));
        body.add(Block.heading("I. MỤC ĐÍCH, YÊU CẦU"));
        body.add(Block.paragraph("Thực hiện tốt phương châm “Nghe dân nói, nói dân hiểu, làm dân tin”; tích cực đổi mới "
                + "nội dung, hình thức công tác dân vận phù hợp với từng địa bàn, đối tượng.\n- Đợt 1 năm 2023."));
        body.add(new Block.Table(List.of("STT", "Chỉ tiêu", "Đơn vị tính"), List.of(1, 6, 2), List.of(
                Block.Row.of(List.of("1", "Số buổi tuyên truyền", "buổi")),
                new Block.Row(List.of("", "Tổng cộng", "12"), true))));
        for (int i = 0; i < 40; i++) {
            body.add(Block.paragraph("Đoạn " + (i + 1) + ": vận động đoàn viên, công nhân lao động tham gia xây dựng "
                    + "nông thôn mới, đô thị văn minh; thăm hỏi, tặng quà gia đình chính sách."));
        }
        return new OfficialDocument(null, "Liên đoàn Lao động tỉnh Tây Ninh", "15/KH-LĐLĐ", "Tây Ninh",
                LocalDate.of(2023, 7, 12), "KẾ HOẠCH", TITLE, body,
                List.of("Ban Dân vận Tỉnh ủy", "LĐLĐ các huyện, thị xã, thành phố", "Lưu: VT, Ban TG-NC"),
                new Signature("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Trần Thị Bích Hằng"));
    }

    static OfficialDocument withBlankSigner() {
        OfficialDocument plan = plan();
        return new OfficialDocument("Tổng Liên đoàn Lao động Việt Nam", plan.issuingBody(), "/BC-LĐLĐ", plan.place(),
                null, "BÁO CÁO", "kết quả", plan.body().subList(0, 3), plan.recipients(),
                new Signature("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", null));
    }
}
