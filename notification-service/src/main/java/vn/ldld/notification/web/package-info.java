/**
 * Web plumbing shared by every feature: RFC 9457 problem answers naming the wrong fields. Knows no feature.
 */
package vn.ldld.notification.web;
