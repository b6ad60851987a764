/** The access-token checks shared by the gateway and the services. */
package vn.ldld.tokens;
