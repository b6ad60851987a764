/**
 * Access control plumbing shared by the controllers: the roles an endpoint needs are checked before its request is
 * read.
 */
package vn.ldld.plan.access;
