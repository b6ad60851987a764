package vn.ldld.web;

/**
 * One wrong field of a request, in the {@code errors} array of a problem.
 *
 * @param field path of the field in the request (e.g. {@code phases[0].endDate}), the parameter name, or
 *              {@code body} when the whole body is unreadable
 * @param message what is wrong
 */
public record ApiError(String field, String message) {
}
