package vn.ldld.notification.claim;

/** One pass over the work that is due, run by the {@link DueLoop} every poll interval. */
public interface DuePass {

    /**
     * Does what is due now.
     *
     * @return how many items it handled
     */
    int runDue();
}
