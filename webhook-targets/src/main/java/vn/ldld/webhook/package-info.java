/**
 * Where a webhook may go: the URL and address checks that keep a webhook from reaching this server or an internal
 * network (loopback, private, link-local and cloud metadata, unique-local, multicast, CGNAT, odd spellings of an IPv4
 * address), shared by every service that accepts or calls a webhook URL. Checked when a URL is set
 * ({@link vn.ldld.webhook.WebhookUrl}) and again, on the addresses actually connected to, when it is called
 * ({@link vn.ldld.webhook.WebhookTargets#addressesOf(String)}).
 */
package vn.ldld.webhook;
