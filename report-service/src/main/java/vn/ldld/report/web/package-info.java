/**
 * The web plumbing every feature shares: RFC 9457 problems naming the wrong fields, entity tags for
 * {@code If-Match}/{@code ETag}. Knows no feature.
 */
package vn.ldld.report.web;
