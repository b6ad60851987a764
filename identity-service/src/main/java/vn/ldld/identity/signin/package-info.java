/**
 * Brute-force protection of the sign-in form and of client authentication: waits per account or client that grow
 * with each failure, a failure budget per client address, and how the waiting person or machine is told.
 */
package vn.ldld.identity.signin;
