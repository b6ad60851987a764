/** Helpers for a service's own MongoDB collections. */
package vn.ldld.messaging.store;
