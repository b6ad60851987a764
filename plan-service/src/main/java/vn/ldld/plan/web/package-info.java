/** HTTP plumbing shared by the features: RFC 9457 problems, entity tags and {@code If-Match}. */
package vn.ldld.plan.web;
