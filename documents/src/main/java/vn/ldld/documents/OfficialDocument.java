package vn.ldld.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative document as Decree 30/2020 lays it out, independent of the file format: the issuing body and
 * the body above it at the top left, the national name and motto at the top right, the number and symbol, the place
 * and date, the document type and title, the body, the recipients block (nơi nhận) and the signature block. Absent
 * texts print as blanks, so a draft can be completed by hand.
 *
 * @param bodyAbove the body above the issuer (cơ quan chủ quản), e.g. "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", or
 *                  {@code null}
 * @param issuingBody the issuing body, e.g. "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH"
 * @param number the number and symbol, e.g. "15/KH-LĐLĐ", or a symbol alone with a blank number ("/BC-LĐLĐ")
 * @param place place of issue (địa danh), e.g. "Tây Ninh", or {@code null}
 * @param date date of issue, or {@code null} for a blank date to be filled in
 * @param documentType document type, e.g. "KẾ HOẠCH", "BÁO CÁO"
 * @param title title (trích yếu)
 * @param body the content, in order
 * @param recipients the lines of the recipients block, without the leading dash, e.g. "Ban Tuyên giáo Tỉnh ủy"
 * @param signature the signature block
 */
public record OfficialDocument(String bodyAbove, String issuingBody, String number, String place, LocalDate date,
                               String documentType, String title, List<Block> body, List<String> recipients,
                               Signature signature) {

    public OfficialDocument {
        body = body == null ? List.of() : List.copyOf(body);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        signature = signature == null ? Signature.BLANK : signature;
    }
}
