package vn.ldld.report.report;

import vn.ldld.web.security.ForbiddenException;

/** The caller may not send this value in this field (e.g. another unit's code): a 403 problem naming the field. */
public class ForbiddenFieldException extends ForbiddenException {

    private final String field;

    public ForbiddenFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
