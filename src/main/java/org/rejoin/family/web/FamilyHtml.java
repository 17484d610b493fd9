package org.rejoin.family.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The family pages' HTML: src/main/resources/family/&lt;page&gt;.html, rendered by Thymeleaf (escaped), plain
 * server-side pages with no script, so they work on any phone and need no Vaadin session or staff sign-in.
 */
@Component
class FamilyHtml {

    private final TemplateEngine engine = engine();

    ResponseEntity<String> page(int status, String template, Map<String, Object> model, HttpServletRequest request) {
        Map<String, Object> all = new HashMap<>(model);
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            all.put("csrfName", csrf.getParameterName());
            all.put("csrfToken", csrf.getToken());
        }
        String html = engine.process(template, new Context(Locale.UK, all));
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(html);
    }

    String render(String template, Map<String, Object> model) {
        return engine.process(template, new Context(Locale.UK, model));
    }

    private static TemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("family/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
