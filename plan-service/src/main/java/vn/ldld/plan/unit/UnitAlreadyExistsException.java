package vn.ldld.plan.unit;

/** A unit with this code exists already. */
public class UnitAlreadyExistsException extends RuntimeException {

    public UnitAlreadyExistsException(String code) {
        super("The unit code " + code + " is taken");
    }
}
