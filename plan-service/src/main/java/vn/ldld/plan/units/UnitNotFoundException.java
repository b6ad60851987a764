package vn.ldld.plan.units;

import vn.ldld.web.NotFoundException;

/** There is no unit with this code. */
public class UnitNotFoundException extends NotFoundException {

    public UnitNotFoundException(String code) {
        super("Unit not found", "There is no unit " + code);
    }
}
