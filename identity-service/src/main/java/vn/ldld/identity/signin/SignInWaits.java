package vn.ldld.identity.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Until when the person in this browser session must wait before signing in again, kept for the login page. */
final class SignInWaits {

    private static final String ATTRIBUTE = SignInWaits.class.getName();

    private SignInWaits() {
    }

    static void remember(HttpServletRequest request, Duration wait) {
        request.getSession().setAttribute(ATTRIBUTE, Instant.now().plus(wait));
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** The wait still to go, if any. */
    static Optional<Duration> remaining(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object until = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (!(until instanceof Instant instant) || !instant.isAfter(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(Instant.now(), instant));
    }

    /** "45 giây", "3 phút": whole seconds up to two minutes, whole minutes (rounded up) beyond. */
    static String inVietnamese(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds <= 120 ? seconds + " giây" : ((seconds + 59) / 60) + " phút";
    }
}
