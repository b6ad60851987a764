package vn.ldld.identity.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container's error page: problem+json with the correlation id for API clients,
 * a short Vietnamese page with the same id for a browser. Replaces Spring Boot's Whitelabel page.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorAnswers implements ErrorController {

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        int status = status(request);
        String parameter = (String) request.getAttribute(AuthorizationErrors.PARAMETER);
        ModelAndView page = new ModelAndView("error", Map.of(
                "status", status,
                "reason", vietnameseReason(status, parameter),
                "authorization", parameter != null,
                "correlationId", CorrelationIdFilter.of(request)));
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }

    @RequestMapping
    ResponseEntity<Map<String, Object>> problem(HttpServletRequest request) {
        int status = status(request);
        String parameter = (String) request.getAttribute(AuthorizationErrors.PARAMETER);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Cache-Control", "no-store")
                .body(Problems.problem(request, status, englishDetail(status, parameter)));
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        return status < 400 ? 500 : status;
    }

    private static String englishDetail(int status, String parameter) {
        if (parameter != null) {
            return switch (parameter) {
                case "redirect_uri" -> "The authorization request cannot be answered: its redirect_uri is not "
                        + "registered for this client.";
                case "client_id" -> "The authorization request cannot be answered: its client_id is not a "
                        + "registered client.";
                default -> "The authorization request cannot be answered: " + parameter + " is invalid.";
            };
        }
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 403 -> "This is not allowed.";
            case 404 -> "Nothing is served at this address.";
            case 405 -> "This address does not take this method.";
            default -> status >= 500 ? "The identity service failed to answer; try again shortly."
                    : "The request was refused.";
        };
    }

    private static String vietnameseReason(int status, String parameter) {
        if (parameter != null) {
            return switch (parameter) {
                case "redirect_uri" -> "Địa chỉ trả về (redirect_uri) trong yêu cầu không được đăng ký cho ứng "
                        + "dụng này.";
                case "client_id" -> "Ứng dụng gửi yêu cầu (client_id) không được đăng ký với hệ thống.";
                default -> "Yêu cầu đăng nhập có tham số không hợp lệ (" + parameter + ").";
            };
        }
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ.";
            case 403 -> "Bạn không có quyền thực hiện thao tác này.";
            case 404 -> "Không tìm thấy trang này.";
            default -> status >= 500 ? "Hệ thống đang gặp sự cố; vui lòng thử lại sau ít phút."
                    : "Yêu cầu bị từ chối.";
        };
    }
}
