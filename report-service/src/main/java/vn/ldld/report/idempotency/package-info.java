/**
 * Idempotent POST (draft-ietf-httpapi-idempotency-key-header): the {@code Idempotency-Key} header scoped to the
 * caller, the request fingerprint, how long a key is remembered, and the requests in flight on this instance.
 * The key is stored with what it created, in the same single write.
 */
package vn.ldld.report.idempotency;
