/** The in-app inbox of every unit: what was sent to it, read or not. */
package vn.ldld.notification.inbox;
