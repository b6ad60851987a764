package vn.ldld.analytics;

import static vn.ldld.analytics.Events.DEADLINE_V1;
import static vn.ldld.analytics.Events.DEADLINE_V2;
import static vn.ldld.analytics.Events.accepted;
import static vn.ldld.analytics.Events.district;
import static vn.ldld.analytics.Events.overdue;
import static vn.ldld.analytics.Events.reminder;
import static vn.ldld.analytics.Events.returned;
import static vn.ldld.analytics.Events.revised;
import static vn.ldld.analytics.Events.submitted;
import static vn.ldld.analytics.Events.unit;
import static vn.ldld.analytics.Events.values;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;
import vn.ldld.messaging.cloudevents.InboundEvent;

/**
 * Phase I/2023 of plan 15/KH-LĐLĐ, in the order things happened: published to 10 units, amended (deadline
 * 28/7 17:00Z, CĐ Viên chức tỉnh added: 11 expected); Gò Dầu on time and accepted; Trảng Bàng on time; Tân Châu
 * late, returned, resubmitted with new values; CĐ Viên chức late; Bến Cầu found overdue and reminded; Châu Thành
 * found overdue at the old deadline only (the extension made that notice stale).
 */
public final class Scenario {

    public static final ObjectNode GD = district("LDLD-GD", "Liên đoàn Lao động huyện Gò Dầu");
    public static final ObjectNode TB = district("LDLD-TB", "Liên đoàn Lao động thị xã Trảng Bàng");
    public static final ObjectNode TC = district("LDLD-TC", "Liên đoàn Lao động huyện Tân Châu");
    public static final ObjectNode BC = district("LDLD-BC", "Liên đoàn Lao động huyện Bến Cầu");
    public static final ObjectNode CT = district("LDLD-CT", "Liên đoàn Lao động huyện Châu Thành");
    public static final ObjectNode CDVC = unit("CDVC-TN", "Công đoàn Viên chức tỉnh Tây Ninh", "SECTOR_UNION",
            "LDLD-TN");

    public static final ObjectNode GRASSROOTS = unit("CDCS-GD-XM", "Công đoàn cơ sở Công ty TNHH Xuân Mai",
            "GRASSROOTS_UNION", "LDLD-GD");

    private Scenario() {
    }

    /**
     * The scenario, then version 3: Trảng Bàng removed from the recipients, a grassroots union under Gò Dầu added,
     * which reports on time (1 session, 0.4 km).
     */
    public static List<InboundEvent> withGrassroots() {
        List<InboundEvent> events = new java.util.ArrayList<>(events());
        events.add(Events.amendedV3("LDLD-TB", GRASSROOTS));
        events.add(submitted("r-xm", GRASSROOTS, Instant.parse("2023-07-27T02:00:00Z"), DEADLINE_V2,
                values("PROPAGANDA_SESSIONS", 1, "ROADS_KM", 0.4)));
        return events;
    }

    public static List<InboundEvent> events() {
        Instant tcReceived = Instant.parse("2023-07-29T03:20:00Z");
        return List.of(
                Events.published(),
                Events.amendedV2(),
                submitted("r-gd", GD, Instant.parse("2023-07-24T08:15:30Z"), DEADLINE_V2,
                        values("PROPAGANDA_SESSIONS", 6, "PROPAGANDA_ATTENDEES", 420, "HOUSES_REPAIRED", 3,
                                "ROADS_KM", 1.5, "FUNDS_MOBILIZED_VND", 185000000)),
                submitted("r-tb", TB, Instant.parse("2023-07-24T09:40:00Z"), DEADLINE_V2,
                        values("PROPAGANDA_SESSIONS", 5, "PROPAGANDA_ATTENDEES", 300, "ROADS_KM", 2.25,
                                "FUNDS_MOBILIZED_VND", 100000000)),
                accepted("r-gd", "LDLD-GD", 1, Instant.parse("2023-07-26T02:00:00Z")),
                reminder("LDLD-BC", Instant.parse("2023-07-27T01:00:02Z")),
                overdue(CT, DEADLINE_V1),
                overdue(BC, DEADLINE_V2),
                overdue(TC, DEADLINE_V2),
                submitted("r-tc", TC, tcReceived, DEADLINE_V2,
                        values("PROPAGANDA_SESSIONS", 3, "PROPAGANDA_ATTENDEES", 200, "ROADS_KM", 0.5)),
                returned("r-tc", "LDLD-TC", 1, Instant.parse("2023-07-30T01:30:00Z")),
                submitted("r-cdvc", CDVC, Instant.parse("2023-07-30T01:00:00Z"), DEADLINE_V2,
                        values("PROPAGANDA_SESSIONS", 2)),
                revised("r-tc", TC, tcReceived, DEADLINE_V2, 2, "RESUBMITTED", Instant.parse("2023-07-31T02:45:00Z"),
                        values("PROPAGANDA_SESSIONS", 4, "PROPAGANDA_ATTENDEES", 260, "ROADS_KM", 0.6,
                                "FUNDS_MOBILIZED_VND", 92000000)));
    }
}
