/**
 * The web console's sign-in, with the gateway as its backend for frontend: the gateway is the OAuth2 client of the
 * identity service (authorization code with PKCE, confidential client), keeps the tokens in the browser's server-side
 * session and relays the access token to the services; the browser holds only an HttpOnly session cookie, and every
 * unsafe request it makes with that cookie carries the CSRF token from the {@code XSRF-TOKEN} cookie in
 * {@code X-XSRF-TOKEN}. Machine clients keep sending their own bearer tokens, untouched by any of this.
 */
package vn.ldld.gateway.session;
