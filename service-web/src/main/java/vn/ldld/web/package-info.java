/**
 * Web plumbing every service shares: RFC 9457 problem answers naming the wrong fields, entity tags for
 * {@code If-Match}/{@code ETag}, and the exceptions features throw to get a 400, 404 or 428. Knows no feature.
 */
package vn.ldld.web;
