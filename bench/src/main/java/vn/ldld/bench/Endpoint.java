package vn.ldld.bench;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Where the rush is sent and as whom: report-service directly or the gateway, with a province staff token (staff may
 * submit on a unit's behalf, naming the unit in the body, which is how the benchmark submits for 500 made-up units).
 *
 * @param baseUrl e.g. {@code http://127.0.0.1:8080}
 * @param bearerToken the access token sent with every request
 */
record Endpoint(String baseUrl, String bearerToken) {

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + bearerToken);
    }
}
