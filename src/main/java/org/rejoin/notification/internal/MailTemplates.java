package org.rejoin.notification.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Every email's words, in one place: src/main/resources/notifications/&lt;template&gt;.html and .txt, rendered by
 * Thymeleaf's own engine (not its Spring MVC integration, which Vaadin's routes do not need). The plain-text
 * template's first line is the subject. HTML is escaped by Thymeleaf; the model holds no pupil data.
 */
@Component
public class MailTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    public Rendered render(String template, Map<String, Object> model) {
        Context context = new Context(java.util.Locale.UK, model);
        String plain = text.process(template, context).strip();
        int firstLineEnd = plain.indexOf('\n');
        String subject = firstLineEnd < 0 ? plain : plain.substring(0, firstLineEnd).strip();
        String body = firstLineEnd < 0 ? "" : plain.substring(firstLineEnd + 1).strip() + "\n";
        return new Rendered(subject, body, html.process(template, context));
    }

    /** One email: subject, plain-text part, HTML part. */
    public record Rendered(String subject, String text, String html) {
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("notifications/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
