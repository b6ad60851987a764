package vn.ldld.plan.units;

import java.util.List;

import vn.ldld.web.ApiError;
import vn.ldld.web.ConflictException;

/** A unit with this code exists already. */
public class UnitAlreadyExistsException extends ConflictException {

    public UnitAlreadyExistsException(String code) {
        super("Unit code taken", "The unit code " + code + " is taken", List.of(new ApiError("code", "is taken")));
    }
}
