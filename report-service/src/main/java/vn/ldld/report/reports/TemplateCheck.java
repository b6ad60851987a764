package vn.ldld.report.reports;

import static vn.ldld.report.reports.ReportContent.MAX_COUNT;
import static vn.ldld.report.reports.ReportContent.MAX_MONEY_VND;
import static vn.ldld.report.reports.ReportContent.MAX_SECTION_LENGTH;
import static vn.ldld.report.reports.ReportContent.MAX_TEXT_VALUE_LENGTH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import vn.ldld.report.plan.IndicatorDefinition;
import vn.ldld.report.plan.PlanView;
import vn.ldld.report.plan.SectionDefinition;
import vn.ldld.web.ApiError;

/**
 * Checks a report's values and narrative against its plan's template and returns them as stored: every required
 * indicator and section present, each value of its indicator's type (counts and money whole, not negative and at
 * most {@link ReportContent#MAX_COUNT} or {@link ReportContent#MAX_MONEY_VND}; decimals not negative), no unknown
 * code, texts within the template's limits.
 */
final class TemplateCheck {

    private TemplateCheck() {
    }

    /** The checked content, values converted to their stored types. */
    record Content(Map<String, Object> values, Map<String, String> narrative) {
    }

    /** @throws ReportInvalidException naming every wrong field */
    static Content check(PlanView plan, ReportContent sent) {
        List<ApiError> violations = new ArrayList<>();
        Map<String, Object> checkedValues = values(plan, sent.values(), violations);
        Map<String, String> checkedNarrative = narrative(plan, sent.narrative() == null ? Map.of() : sent.narrative(),
                violations);
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(ApiError::field));
            throw new ReportInvalidException(violations);
        }
        return new Content(checkedValues, checkedNarrative);
    }

    private static Map<String, Object> values(PlanView plan, Map<String, JsonNode> values, List<ApiError> violations) {
        Map<String, IndicatorDefinition> indicators = plan.indicators().stream()
                .collect(Collectors.toMap(IndicatorDefinition::code, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        Map<String, Object> checked = new LinkedHashMap<>();
        values.forEach((code, node) -> {
            String field = "values." + code;
            IndicatorDefinition indicator = indicators.get(code);
            if (indicator == null) {
                violations.add(new ApiError(field, "unknown indicator code; the plan's template has "
                        + indicators.keySet()));
            } else if (node != null && !node.isNull()) {
                Object value = value(indicator.type(), node, field, violations);
                if (value != null) {
                    checked.put(code, value);
                }
            }
        });
        for (IndicatorDefinition indicator : plan.indicators()) {
            JsonNode node = values.get(indicator.code());
            if (indicator.required() && (node == null || node.isNull())) {
                violations.add(new ApiError("values." + indicator.code(), "required indicator missing"));
            }
        }
        return checked;
    }

    private static Object value(String type, JsonNode node, String field, List<ApiError> violations) {
        switch (type == null ? "" : type) {
            case "COUNT", "MONEY_VND" -> {
                String what = type.equals("COUNT") ? "a whole number" : "a whole number of VND";
                long max = type.equals("COUNT") ? MAX_COUNT : MAX_MONEY_VND;
                if (!node.isNumber()) {
                    violations.add(new ApiError(field, "expected " + what));
                } else if (!isWhole(node)) {
                    violations.add(new ApiError(field, "expected " + what + ", not a fraction"));
                } else if (!node.canConvertToLong() || node.longValue() > max) {
                    violations.add(new ApiError(field, "must be at most " + max));
                } else if (node.longValue() < 0) {
                    violations.add(new ApiError(field, "must not be negative"));
                } else {
                    return node.longValue();
                }
                return null;
            }
            case "DECIMAL" -> {
                if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
                    violations.add(new ApiError(field, "expected a number"));
                } else if (node.doubleValue() < 0) {
                    violations.add(new ApiError(field, "must not be negative"));
                } else {
                    return node.doubleValue();
                }
                return null;
            }
            case "TEXT" -> {
                if (!node.isString()) {
                    violations.add(new ApiError(field, "expected a string"));
                } else if (node.asString().length() > MAX_TEXT_VALUE_LENGTH) {
                    violations.add(new ApiError(field, "longer than " + MAX_TEXT_VALUE_LENGTH + " characters"));
                } else {
                    return node.asString();
                }
                return null;
            }
            default -> {
                // a type added to the template after this service was built: keep a plain number or string
                if (node.isNumber()) {
                    return node.isIntegralNumber() && node.canConvertToLong() ? (Object) node.longValue()
                            : (Object) node.doubleValue();
                }
                if (node.isString() && node.asString().length() <= MAX_TEXT_VALUE_LENGTH) {
                    return node.asString();
                }
                violations.add(new ApiError(field, "expected a number or a string"));
                return null;
            }
        }
    }

    private static boolean isWhole(JsonNode node) {
        if (node.isIntegralNumber()) {
            return true;
        }
        try {
            return node.decimalValue().stripTrailingZeros().scale() <= 0;
        } catch (RuntimeException notDecimal) {
            return false;
        }
    }

    private static Map<String, String> narrative(PlanView plan, Map<String, String> narrative,
                                                 List<ApiError> violations) {
        Map<String, SectionDefinition> sections = plan.sections().stream()
                .collect(Collectors.toMap(SectionDefinition::code, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        Map<String, String> checked = new LinkedHashMap<>();
        narrative.forEach((code, text) -> {
            String field = "narrative." + code;
            SectionDefinition section = sections.get(code);
            if (section == null) {
                violations.add(new ApiError(field, "unknown section code; the plan's template has "
                        + sections.keySet()));
                return;
            }
            int limit = section.maxLength() == null ? MAX_SECTION_LENGTH
                    : Math.min(section.maxLength(), MAX_SECTION_LENGTH);
            if (text != null && text.length() > limit) {
                violations.add(new ApiError(field, "longer than " + limit + " characters"));
            } else if (text != null && !text.isBlank()) {
                checked.put(code, text);
            }
        });
        for (SectionDefinition section : plan.sections()) {
            String text = narrative.get(section.code());
            if (section.required() && (text == null || text.isBlank())) {
                violations.add(new ApiError("narrative." + section.code(), "required section missing"));
            }
        }
        return checked;
    }
}
