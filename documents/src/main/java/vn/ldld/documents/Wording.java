package vn.ldld.documents;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** The fixed wording of the layout, shared by both formats. */
final class Wording {

    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS = "Nơi nhận:";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Wording() {
    }

    /** "Số: 15/KH-LĐLĐ"; a number without digits before its symbol keeps room for them: "Số:      /BC-LĐLĐ". */
    static String number(String number) {
        if (number == null || number.isBlank()) {
            return "Số:        /";
        }
        return number.startsWith("/") ? "Số:        " + number : "Số: " + number;
    }

    /**
     * "Tây Ninh, ngày 05 tháng 02 năm 2023": days below 10 and months below 3 take a leading zero (Decree 30/2020,
     * appendix I); a blank date keeps room to write it in.
     */
    static String placeAndDate(String place, LocalDate date) {
        String where = place == null || place.isBlank() ? "" : place.strip() + ", ";
        if (date == null) {
            return where + "ngày      tháng      năm " + "      ";
        }
        String day = (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth();
        String month = (date.getMonthValue() < 3 ? "0" : "") + date.getMonthValue();
        return where + "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** The title as printed: its first letter capitalised. */
    static String title(String title) {
        String text = text(title).strip();
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
    }

    static String upper(String text) {
        return text(text).toUpperCase(VIETNAMESE);
    }

    /** The text in composed form (NFC) so that each Vietnamese letter is one glyph of the font; null as blank. */
    static String text(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
