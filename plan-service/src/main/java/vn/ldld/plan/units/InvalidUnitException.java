package vn.ldld.plan.units;

import vn.ldld.web.InvalidRequestException;

/** A unit write breaks a rule of the directory on one field (e.g. an unknown parent): a 400 naming it. */
public class InvalidUnitException extends InvalidRequestException {

    public InvalidUnitException(String field, String message) {
        super(field, message);
    }
}
