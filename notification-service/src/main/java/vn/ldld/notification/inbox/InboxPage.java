package vn.ldld.notification.inbox;

import java.util.List;

/** One page of an inbox, newest first. */
record InboxPage(List<InboxEntry> items, int page, int size, long total) {
}
