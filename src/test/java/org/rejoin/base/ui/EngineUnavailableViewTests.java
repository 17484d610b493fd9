package org.rejoin.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoin.ViewTestSupport;
import org.rejoin.engine.EngineStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * While the workflow engine is down, every page says so plainly. The layout is built here with an
 * engine status that reports an outage, so the shared application context (whose job workers use
 * the shared engine) stays the only one.
 */
class EngineUnavailableViewTests extends ViewTestSupport {

    @Autowired
    AuthenticationContext authentication;
    @Autowired
    Environment environment;

    private final EngineStatus engineDown = new EngineStatus() {
        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public String problem() {
            return "the workflow engine at http://127.0.0.1:1 did not answer";
        }

        @Override
        public List<DeployedResource> deployedResources() {
            return List.of();
        }
    };

    @Test
    void pagesShowTheEngineUnavailableBannerInsteadOfFailing() {
        signInAs("champion@northfield.example");
        var layout = new MainLayout(authentication, engineDown, environment, List.of(), List.of());
        UI.getCurrent().add(layout);
        layout.afterNavigation(null);

        var banner = _find(layout, Div.class, spec -> spec.withClasses("banner-warning")).getFirst();
        assertThat(banner.getText()).as("the embedded run's words (issue 25)")
                .startsWith("The demo's workflow engine has stopped; restart Rejoin.");
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("alert");
    }
}
