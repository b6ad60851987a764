package vn.ldld.analytics.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import vn.ldld.analytics.plan.Indicator;
import vn.ldld.analytics.report.ReportFact;

/** Sum, min, max and mean of each numeric indicator over some reports. */
final class Totals {

    private Totals() {
    }

    static List<IndicatorTotal> of(List<Indicator> indicators, Collection<ReportFact> reports) {
        List<IndicatorTotal> totals = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (indicator.numeric()) {
                totals.add(of(indicator, reports));
            }
        }
        return totals;
    }

    private static IndicatorTotal of(Indicator indicator, Collection<ReportFact> reports) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal min = null;
        BigDecimal max = null;
        int count = 0;
        for (ReportFact report : reports) {
            BigDecimal value = report.number(indicator.code());
            if (value == null) {
                continue;
            }
            count++;
            sum = sum.add(value);
            min = min == null || value.compareTo(min) < 0 ? value : min;
            max = max == null || value.compareTo(max) > 0 ? value : max;
        }
        BigDecimal mean = count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        return new IndicatorTotal(indicator.code(), indicator.label(), indicator.unitOfMeasure(), indicator.type(),
                count, sum, min, max, mean);
    }

    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP);
    }
}
