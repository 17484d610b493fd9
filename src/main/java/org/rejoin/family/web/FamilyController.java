package org.rejoin.family.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.family.FamilyNotFoundException;
import org.rejoin.family.FamilyPage;
import org.rejoin.family.FamilyService;
import org.rejoin.family.FamilySession;
import org.rejoin.family.SignIn;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family's pages under /family/. Opening a one-time link only shows a button (so a mail scanner that follows
 * links never uses it up); pressing it signs in. Every page but the sign-in ones needs the family session, and
 * shows its own case alone: any other case is "not found" (audited by the service).
 */
@Controller
class FamilyController {

    private final FamilyService family;
    private final FamilySessions sessions;
    private final FamilyHtml html;

    FamilyController(FamilyService family, FamilySessions sessions, FamilyHtml html) {
        this.family = family;
        this.sessions = sessions;
        this.html = html;
    }

    @GetMapping("/family/link/{token}")
    ResponseEntity<String> link(@PathVariable String token, HttpServletRequest request) {
        return html.page(200, "link", Map.of("token", token), request);
    }

    @PostMapping("/family/link/{token}")
    ResponseEntity<String> useLink(@PathVariable String token, HttpServletRequest request) {
        SignIn signIn = family.signIn(token);
        if (signIn.signedIn().isEmpty()) {
            int status = signIn.refusal() == SignIn.Refusal.UNKNOWN ? 404 : 410;
            return html.page(status, "refused", Map.of("why", signIn.refusal().name()), request);
        }
        FamilySession session = signIn.session();
        sessions.start(request, session);
        return redirect("/family/cases/" + session.caseId());
    }

    @GetMapping("/family/sign-in")
    ResponseEntity<String> signInPage(HttpServletRequest request) {
        return html.page(200, "sign-in", Map.of(), request);
    }

    @PostMapping("/family/sign-in")
    ResponseEntity<String> sendLink(@RequestParam(defaultValue = "") String email, HttpServletRequest request) {
        family.requestLink(email);
        return html.page(200, "link-sent", Map.of(), request);
    }

    @PostMapping("/family/sign-out")
    ResponseEntity<String> signOut(HttpServletRequest request) {
        sessions.end(request);
        return html.page(200, "signed-out", Map.of("idle", false), request);
    }

    @GetMapping("/family/cases/{caseId}")
    ResponseEntity<String> plan(@PathVariable UUID caseId, @RequestParam Optional<String> done,
                                HttpServletRequest request) {
        return signedIn(request, session -> {
            FamilyPage page = family.page(session, caseId);
            return html.page(200, "plan", Map.of("page", page, "done", done.orElse("")), request);
        });
    }

    @PostMapping("/family/cases/{caseId}/agree")
    ResponseEntity<String> agree(@PathVariable UUID caseId, HttpServletRequest request) {
        return signedIn(request, session -> {
            family.agree(session, caseId);
            return redirect("/family/cases/" + caseId + "?done=agreed");
        });
    }

    @PostMapping("/family/cases/{caseId}/change")
    ResponseEntity<String> change(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String change,
                                  HttpServletRequest request) {
        return signedIn(request, session -> {
            if (change.isBlank()) {
                return redirect("/family/cases/" + caseId + "?done=empty");
            }
            family.askForChange(session, caseId, change);
            return redirect("/family/cases/" + caseId + "?done=change");
        });
    }

    @GetMapping("/family/cases/{caseId}/view")
    ResponseEntity<String> viewForm(@PathVariable UUID caseId, HttpServletRequest request) {
        return signedIn(request, session -> {
            FamilyPage page = family.page(session, caseId);
            return html.page(200, "view", Map.of("page", page, "problem", ""), request);
        });
    }

    @PostMapping("/family/cases/{caseId}/view")
    ResponseEntity<String> giveView(@PathVariable UUID caseId, @RequestParam Map<String, String> answers,
                                    HttpServletRequest request) {
        return signedIn(request, session -> {
            try {
                family.giveView(session, caseId, answers);
            } catch (IllegalArgumentException e) {
                return html.page(400, "view", Map.of("page", family.page(session, caseId),
                        "problem", e.getMessage()), request);
            }
            return redirect("/family/cases/" + caseId + "?done=view");
        });
    }

    @ExceptionHandler(FamilyNotFoundException.class)
    ResponseEntity<String> notFound(HttpServletRequest request) {
        return html.page(404, "not-found", Map.of(), request);
    }

    /** Anything unexpected: a plain page of the family's own, never the staff sign-in the error page would need. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e, HttpServletRequest request) {
        org.slf4j.LoggerFactory.getLogger(FamilyController.class).error("A family page failed", e);
        return html.page(500, "error", Map.of(), request);
    }

    private ResponseEntity<String> signedIn(HttpServletRequest request,
                                            java.util.function.Function<FamilySession, ResponseEntity<String>> then) {
        boolean hadOne = request.getSession(false) != null
                && request.getSession(false).getAttribute(FamilySessions.SESSION) != null;
        return sessions.current(request).map(then)
                .orElseGet(() -> html.page(HttpStatus.UNAUTHORIZED.value(), "signed-out", Map.of("idle", hadOne),
                        request));
    }

    private static ResponseEntity<String> redirect(String path) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, URI.create(path).toString())
                .build();
    }
}
