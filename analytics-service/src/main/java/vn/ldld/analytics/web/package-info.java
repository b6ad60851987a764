/**
 * Web plumbing shared by every feature: RFC 9457 problem+json answers that name the wrong fields.
 */
package vn.ldld.analytics.web;
