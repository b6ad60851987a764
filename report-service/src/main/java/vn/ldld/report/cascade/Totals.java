package vn.ldld.report.cascade;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ldld.report.plan.IndicatorDefinition;
import vn.ldld.report.plan.SectionDefinition;

/**
 * The sums of the plan's template over the accepted reports added, in the order added: counts and amounts as whole
 * numbers, decimals exactly, each text and section listed with the name of the unit that wrote it. A value of
 * another type than the plan's indicator (an implementing plan whose template was edited) is left out.
 */
final class Totals {

    private final List<IndicatorDefinition> indicators;
    private final List<SectionDefinition> sections;
    private final Map<String, BigInteger> wholes = new LinkedHashMap<>();
    private final Map<String, BigDecimal> decimals = new LinkedHashMap<>();
    private final Map<String, List<String>> texts = new LinkedHashMap<>();
    private final Map<String, List<String>> narrative = new LinkedHashMap<>();

    Totals(List<IndicatorDefinition> indicators, List<SectionDefinition> sections) {
        this.indicators = indicators == null ? List.of() : indicators;
        this.sections = sections == null ? List.of() : sections;
    }

    /** Adds one unit's accepted content. */
    void add(String unitName, Map<String, Object> values, Map<String, String> sectionTexts) {
        for (IndicatorDefinition indicator : indicators) {
            Object value = values == null ? null : values.get(indicator.code());
            if (value != null) {
                add(indicator, unitName, value);
            }
        }
        for (SectionDefinition section : sections) {
            String text = sectionTexts == null ? null : sectionTexts.get(section.code());
            if (text != null && !text.isBlank()) {
                narrative.computeIfAbsent(section.code(), c -> new ArrayList<>()).add(unitName + ":\n" + text);
            }
        }
    }

    private void add(IndicatorDefinition indicator, String unitName, Object value) {
        String code = indicator.code();
        switch (indicator.type() == null ? "" : indicator.type()) {
            case "COUNT", "MONEY_VND" -> {
                BigDecimal number = decimal(value);
                if (number != null && number.signum() >= 0 && number.stripTrailingZeros().scale() <= 0) {
                    wholes.merge(code, number.toBigIntegerExact(), BigInteger::add);
                }
            }
            case "DECIMAL" -> {
                BigDecimal number = decimal(value);
                if (number != null) {
                    decimals.merge(code, number, BigDecimal::add);
                }
            }
            case "TEXT" -> {
                String text = value.toString();
                if (!text.isBlank()) {
                    texts.computeIfAbsent(code, c -> new ArrayList<>()).add(unitName + ": " + text);
                }
            }
            default -> {
                // a type this service does not know how to add up: left for the unit to fill
            }
        }
    }

    /** The exact decimal of a stored value (a decimal is stored as the double closest to what the unit sent). */
    private static BigDecimal decimal(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d);
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        return null;
    }

    /** The values by indicator code, in the template's order. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (IndicatorDefinition indicator : indicators) {
            String code = indicator.code();
            if (wholes.containsKey(code)) {
                BigInteger sum = wholes.get(code);
                values.put(code, sum.bitLength() < Long.SIZE ? (Object) sum.longValue() : sum);
            } else if (decimals.containsKey(code)) {
                values.put(code, plain(decimals.get(code)));
            } else if (texts.containsKey(code)) {
                values.put(code, String.join("\n", texts.get(code)));
            }
        }
        return values;
    }

    /** The section texts by section code, in the template's order. */
    Map<String, String> narrative() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (SectionDefinition section : sections) {
            if (narrative.containsKey(section.code())) {
                texts.put(section.code(), String.join("\n\n", narrative.get(section.code())));
            }
        }
        return texts;
    }

    /** Without trailing zeros and never in exponent form ({@code 1E+1} is written 10). */
    private static BigDecimal plain(BigDecimal sum) {
        BigDecimal stripped = sum.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
