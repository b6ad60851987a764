/**
 * The web console's files, served by the gateway at {@code /} from the {@code console} module's jar
 * ({@code static/}): its pages' addresses answered with {@code index.html} (the single-page app routes them), long
 * caching for the content-hashed assets, and the content security policy a page needs instead of the API's.
 */
package vn.ldld.gateway.console;
