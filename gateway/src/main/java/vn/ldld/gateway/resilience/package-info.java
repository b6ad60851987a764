/** Per-route time limits and circuit breakers; their failures are answered by the gateway's problem handler. */
package vn.ldld.gateway.resilience;
