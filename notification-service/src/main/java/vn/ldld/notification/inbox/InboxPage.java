package vn.ldld.notification.inbox;

import java.util.List;

/** One page of an inbox, newest first. */
record InboxPage(List<InboxEntry> items, int page, int size, long total) {

    static InboxPage empty(int page, int size) {
        return new InboxPage(List.of(), page, size, 0);
    }
}
