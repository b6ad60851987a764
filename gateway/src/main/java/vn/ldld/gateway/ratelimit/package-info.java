/** Token-bucket budgets per caller: by token subject and role, or by client address for anonymous calls. */
package vn.ldld.gateway.ratelimit;
