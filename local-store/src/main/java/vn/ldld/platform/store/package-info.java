/**
 * The local platform's MongoDB-wire store: mongo-java-server's H2 file backend with the query planning the
 * services' queries need to stay fast as collections grow (see {@link vn.ldld.platform.store.IndexedH2Backend}).
 */
package vn.ldld.platform.store;
