package vn.ldld.notification.schedule;

import java.time.LocalDate;

/**
 * What every notification repeats about its plan, so that it can be rendered without looking the plan up.
 *
 * @param planId plan id
 * @param number number and symbol, e.g. {@code 15/KH-LĐLĐ}
 * @param title title (trích yếu)
 * @param timeZone IANA zone in which dates are shown, e.g. {@code Asia/Ho_Chi_Minh}
 * @param issuedOn date of issue, null when unknown (a plan copied before it was kept): numbers restart each year,
 *        so the texts name a plan by its number and this date
 */
public record PlanRef(String planId, String number, String title, String timeZone, LocalDate issuedOn) {
}
