/**
 * Per-unit channel preferences: e-mail address, webhook URL and secret, and the defaults for a unit that has set
 * none.
 */
package vn.ldld.notification.preference;
