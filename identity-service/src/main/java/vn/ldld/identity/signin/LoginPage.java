package vn.ldld.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form, in Vietnamese: after a wrong username or password it says so, and while the account or the address
 * must wait it says for how long.
 */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("failed", request.getParameter("error") != null);
        model.addAttribute("loggedOut", request.getParameter("logout") != null);
        SignInWaits.remaining(request).ifPresentOrElse(
                wait -> model.addAttribute("wait", SignInWaits.inVietnamese(wait)),
                () -> model.addAttribute("wait", null));
        model.addAttribute("blocked", request.getParameter("blocked") != null);
        return "login";
    }
}
