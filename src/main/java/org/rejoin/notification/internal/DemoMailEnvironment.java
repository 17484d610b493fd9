package org.rejoin.notification.internal;

import java.util.Map;
import org.rejoin.engine.RunMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * The embedded run sends its emails to an SMTP server inside the JVM ({@link DemoMailServer}), so a new user sees
 * them on the demo's mail page without configuring anything. The external run uses spring.mail.* as given.
 */
public class DemoMailEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final String GREENMAIL = "com.icegreen.greenmail.util.GreenMail";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (RunMode.of(environment) != RunMode.EMBEDDED || !ClassUtils.isPresent(GREENMAIL, getClass().getClassLoader())) {
            return;
        }
        int port = DemoMailServer.startOnce();
        environment.getPropertySources().addFirst(new MapPropertySource("rejoinDemoMail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", port,
                "rejoin.notifications.demo-mailbox", true)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
