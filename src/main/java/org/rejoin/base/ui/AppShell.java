package org.rejoin.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/** Page-wide settings: title, robots. (Our stylesheet is attached by MainLayout: Vaadin 24.9 ignores @StyleSheet here.) */
@Meta(name = "robots", content = "noindex, nofollow")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Rejoin");
    }
}
