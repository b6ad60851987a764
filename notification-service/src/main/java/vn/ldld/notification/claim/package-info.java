/**
 * Work that comes due, claimed by one instance at a time with a lease ({@link vn.ldld.notification.claim.LeasedClaims}),
 * and the loop that runs each pass over it ({@link vn.ldld.notification.claim.DueLoop}).
 */
package vn.ldld.notification.claim;
