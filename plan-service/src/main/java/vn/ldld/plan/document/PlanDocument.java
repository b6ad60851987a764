package vn.ldld.plan.document;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.ldld.documents.Block;
import vn.ldld.documents.OfficialDocument;
import vn.ldld.documents.Signature;
import vn.ldld.plan.plans.Indicator;
import vn.ldld.plan.plans.LegalBasis;
import vn.ldld.plan.plans.Phase;
import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanContent;
import vn.ldld.plan.plans.RecipientRule;
import vn.ldld.plan.plans.Section;
import vn.ldld.plan.plans.Signer;
import vn.ldld.plan.plans.Task;
import vn.ldld.plan.plans.UnitRef;
import vn.ldld.plan.units.Unit;
import vn.ldld.plan.units.UnitDirectory;
import vn.ldld.plan.units.UnitKind;

/**
 * A plan as a document: the issuer and the body above it, number, place and date, "KẾ HOẠCH" and the title, the
 * legal basis, then I. purpose and requirements, II. content sections, III. tasks, IV. the reporting regime (phases,
 * deadlines, indicators), the recipients and the signer. A draft has a blank number.
 */
@Component
class PlanDocument {

    /** The body above a provincial federation (Điều lệ Công đoàn Việt Nam). */
    static final String ABOVE_PROVINCIAL_FEDERATION = "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'ngày' d/M/yyyy");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

    private final UnitDirectory directory;

    PlanDocument(UnitDirectory directory) {
        this.directory = directory;
    }

    OfficialDocument of(Plan plan) {
        PlanContent c = plan.content();
        List<Block> body = new ArrayList<>();
        c.legalBasis().forEach(basis -> body.add(Block.paragraph(basis(basis))));
        List<List<Block>> parts = new ArrayList<>();
        parts.add(purposeAndRequirements(c));
        parts.add(sections(c));
        parts.add(tasks(c));
        parts.add(reporting(plan, c));
        String[] headings = {"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN", "CHẾ ĐỘ BÁO CÁO"};
        int n = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).isEmpty()) {
                body.add(Block.heading(ROMAN[n++] + ". " + headings[i]));
                body.addAll(parts.get(i));
            }
        }
        Signer s = c.signer();
        return new OfficialDocument(bodyAbove(c.issuer().unit()), name(c.issuer().unit()),
                plan.number() != null ? plan.number() : "/KH-" + c.issuer().documentSymbol(), c.place(), c.issuedOn(),
                c.documentType(), c.title(), body, recipients(c),
                s == null ? Signature.BLANK : new Signature(s.capacity(), s.position(), s.fullName()));
    }

    private String bodyAbove(UnitRef issuer) {
        if (issuer.parentCode() != null) {
            Unit parent = directory.find(List.of(issuer.parentCode())).get(issuer.parentCode());
            return parent != null ? parent.name() : null;
        }
        return issuer.kind() == UnitKind.PROVINCIAL_FEDERATION ? ABOVE_PROVINCIAL_FEDERATION : null;
    }

    private static String basis(LegalBasis basis) {
        StringBuilder text = new StringBuilder("Căn cứ ").append(basis.reference());
        if (basis.issuedOn() != null) {
            text.append(" ngày ").append(DATE.format(basis.issuedOn()));
        }
        if (basis.issuer() != null) {
            text.append(" của ").append(basis.issuer());
        }
        if (basis.title() != null) {
            text.append(" về ").append(basis.title());
        }
        return text.append(";").toString();
    }

    private static List<Block> purposeAndRequirements(PlanContent c) {
        List<Block> blocks = new ArrayList<>();
        if (!c.purpose().isBlank()) {
            blocks.add(Block.heading("1. Mục đích"));
            blocks.add(Block.paragraph(c.purpose()));
        }
        if (!c.requirements().isEmpty()) {
            blocks.add(Block.heading((blocks.isEmpty() ? "1" : "2") + ". Yêu cầu"));
            c.requirements().forEach(r -> blocks.add(Block.paragraph("- " + r)));
        }
        return blocks;
    }

    private static List<Block> sections(PlanContent c) {
        List<Block> blocks = new ArrayList<>();
        c.sections().stream().sorted(java.util.Comparator.comparing(Section::order)).forEach(section -> {
            blocks.add(Block.heading(section.order() + ". " + section.heading()));
            blocks.add(Block.paragraph(section.body()));
        });
        return blocks;
    }

    private List<Block> tasks(PlanContent c) {
        Set<String> codes = c.tasks().stream().flatMap(t -> t.assignedUnitCodes().stream()).collect(Collectors.toSet());
        Map<String, String> names = c.recipients().stream().map(r -> r.unit())
                .collect(Collectors.toMap(UnitRef::code, PlanDocument::shortName, (a, b) -> a));
        names.putIfAbsent(c.issuer().code(), shortName(c.issuer().unit()));
        List<Block> blocks = new ArrayList<>();
        c.tasks().stream().sorted(java.util.Comparator.comparing(Task::order)).forEach(task -> {
            String who = task.assignedUnitCodes().isEmpty() ? "" : " (" + task.assignedUnitCodes().stream()
                    .map(code -> names.getOrDefault(code, code)).collect(Collectors.joining(", ")) + ")";
            blocks.add(Block.paragraph(task.order() + ". " + task.text() + who));
        });
        return codes.isEmpty() && blocks.isEmpty() ? List.of() : blocks;
    }

    private static List<Block> reporting(Plan plan, PlanContent c) {
        List<Block> blocks = new ArrayList<>();
        for (Phase phase : c.phases()) {
            String name = phase.name() != null ? phase.name() : "Đợt " + phase.number();
            blocks.add(Block.paragraph("- " + name + ": từ ngày " + DATE.format(phase.startDate()) + " đến ngày "
                    + DATE.format(phase.endDate()) + "; báo cáo gửi về " + name(c.issuer().unit()) + " trước "
                    + DATE_TIME.format(phase.reportDeadline().atZone(plan.zone())) + "."));
        }
        List<Indicator> indicators = c.template().indicators();
        if (!indicators.isEmpty()) {
            blocks.add(Block.paragraph("Các chỉ tiêu báo cáo:"));
            List<Block.Row> rows = new ArrayList<>();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                rows.add(Block.Row.of(List.of(String.valueOf(i + 1), indicator.label(),
                        indicator.unitOfMeasure() == null ? "" : indicator.unitOfMeasure(),
                        indicator.required() ? "Bắt buộc" : "")));
            }
            blocks.add(new Block.Table(List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Ghi chú"), List.of(1, 8, 3, 2),
                    rows));
        }
        if (!c.template().narrativeSections().isEmpty()) {
            blocks.add(Block.paragraph("Nội dung báo cáo: " + c.template().narrativeSections().stream()
                    .map(s -> s.label()).collect(Collectors.joining("; ")) + "."));
        }
        return blocks;
    }

    /**
     * The "Nơi nhận" block: the units listed one by one, a line per rule ("Các công đoàn cơ sở trực thuộc LĐLĐ thị
     * xã Trảng Bàng"), the free-text lines as written, and "Lưu: VT" unless a free-text line says where it is kept.
     */
    private List<String> recipients(PlanContent c) {
        List<String> lines = new ArrayList<>();
        c.recipients().forEach(r -> lines.add(name(r.unit())));
        if (c.hasRules()) {
            Set<String> codes = c.recipientRules().stream().map(RecipientRule::under).collect(Collectors.toSet());
            Map<String, Unit> under = directory.find(codes);
            for (RecipientRule rule : c.recipientRules()) {
                lines.add(ruleLine(rule, under.get(rule.under()), c.issuer().code()));
            }
        }
        lines.addAll(c.otherRecipients());
        if (c.otherRecipients().stream().noneMatch(line -> line.strip().startsWith("Lưu"))) {
            lines.add("Lưu: VT");
        }
        return lines;
    }

    private static String ruleLine(RecipientRule rule, Unit under, String issuerCode) {
        String what = rule.kinds().isEmpty() ? "Các đơn vị"
                : rule.kinds().stream().map(PlanDocument::kindsText).collect(Collectors.joining(", "));
        if (rule.under().equals(issuerCode)) {
            return what;
        }
        String name = under == null ? rule.under() : under.shortName() != null ? under.shortName() : under.name();
        return what + (rule.depth() == RecipientRule.Depth.CHILDREN ? " trực thuộc " : " thuộc ") + name;
    }

    private static String kindsText(UnitKind kind) {
        return switch (kind) {
            case PROVINCIAL_FEDERATION -> "LĐLĐ các tỉnh, thành phố";
            case DISTRICT_FEDERATION -> "LĐLĐ các huyện, thị xã, thành phố";
            case SECTOR_UNION -> "CĐ ngành và tương đương";
            case GRASSROOTS_UNION -> "Các công đoàn cơ sở";
            case PARTNER_AGENCY -> "Các cơ quan phối hợp";
        };
    }

    private static String name(UnitRef unit) {
        return unit.name() != null ? unit.name() : unit.code();
    }

    private static String shortName(UnitRef unit) {
        return unit.shortName() != null ? unit.shortName() : name(unit);
    }
}
