/** Where each API prefix goes: routes are in application.yml, the instances of each service come from settings. */
package vn.ldld.gateway.routing;
