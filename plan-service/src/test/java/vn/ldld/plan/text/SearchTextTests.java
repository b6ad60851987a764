package vn.ldld.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void foldsVietnameseToPlainLowerCase() {
        assertThat(SearchText.normalize("  Liên đoàn Lao động thị xã  TRẢNG BÀNG ")).isEqualTo(
                "lien doan lao dong thi xa trang bang");
        assertThat(SearchText.normalize("ĐỒNG Ðồng đồng")).isEqualTo("dong dong dong");
        assertThat(SearchText.normalize("Dương Minh Châu, Hòa Thành, Gò Dầu, Bến Cầu")).isEqualTo(
                "duong minh chau, hoa thanh, go dau, ben cau");
        assertThat(SearchText.normalize(null)).isEmpty();
    }

    @Test
    void decomposedAndPrecomposedTextFoldTheSame() {
        String decomposed = java.text.Normalizer.normalize("Trảng Bàng", java.text.Normalizer.Form.NFD);

        assertThat(SearchText.normalize(decomposed)).isEqualTo(SearchText.normalize("Trảng Bàng"));
    }

    @Test
    void joinsThePartsThatArePresent() {
        assertThat(SearchText.of("LDLD-TB", "Liên đoàn Lao động thị xã Trảng Bàng", null))
                .isEqualTo("ldld-tb lien doan lao dong thi xa trang bang");
    }

    @Test
    void theFoldingPatternFindsTheTextAsWritten() {
        Pattern trangBang = Pattern.compile(SearchText.foldingPattern("trang bang"));
        Pattern danVan = Pattern.compile(SearchText.foldingPattern("DÂN VẬN đợt i"));

        assertThat(trangBang.matcher("LĐLĐ thị xã Trảng Bàng").find()).isTrue();
        assertThat(trangBang.matcher("TRẢNG  BÀNG").find()).isTrue();
        assertThat(trangBang.matcher("Tân Biên").find()).isFalse();
        assertThat(danVan.matcher("phối hợp tham gia làm công tác dân vận đợt I/2023").find()).isTrue();
        assertThat(Pattern.compile(SearchText.foldingPattern("15/kh-ldld")).matcher("15/KH-LĐLĐ").find()).isTrue();
        assertThat(Pattern.compile(SearchText.foldingPattern("dong")).matcher("Ðồng Xoài").find()).isTrue();
    }

    @Test
    void patternCharactersOfTheQueryAreLiteral() {
        assertThat(Pattern.compile(SearchText.foldingPattern("a.b")).matcher("axb").find()).isFalse();
        assertThat(Pattern.compile(SearchText.containsPattern("(a")).matcher("x (a y").find()).isTrue();
    }
}
