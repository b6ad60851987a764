package vn.ldld.web;

/**
 * One page of a list, as the {@code page} and {@code size} parameters ask for it, within what a list can reach: no
 * list skips more than {@value #MAX_SKIPPED} items (the store's skip is an {@code int}, and a page number so large
 * that {@code page × size} overflows it used to come back as the first page). A caller who needs further narrows the
 * list with its filters.
 *
 * @param page the page number, from 0
 * @param size items per page
 */
public record Paging(int page, int size) {

    /** The most items a page may skip. */
    public static final int MAX_SKIPPED = 1_000_000;

    /**
     * @param maxSize the largest page this list serves
     * @throws InvalidRequestException naming {@code size} or {@code page} when either is out of range
     */
    public static Paging of(int page, int size, int maxSize) {
        if (size < 1 || size > maxSize) {
            throw new InvalidRequestException("size", "must be between 1 and " + maxSize);
        }
        int lastPage = MAX_SKIPPED / size;
        if (page < 0 || page > lastPage) {
            throw new InvalidRequestException("page", "must be between 0 and " + lastPage + " with size " + size
                    + "; narrow the list with its filters to see further");
        }
        return new Paging(page, size);
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) page * size;
    }
}
