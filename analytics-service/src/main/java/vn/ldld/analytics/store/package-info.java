/**
 * Storage shared by the read models: read-merge-write of one document keyed by its natural key, safe when several
 * consumers of the service write the same document at once.
 */
package vn.ldld.analytics.store;
