package vn.ldld.plan.unit;

/** There is no unit with this code. */
public class UnitNotFoundException extends RuntimeException {

    public UnitNotFoundException(String code) {
        super("There is no unit " + code);
    }
}
