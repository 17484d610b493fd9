package org.rejoin.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/** Page-wide settings: Lumo, our stylesheet (plain CSS, so no frontend rebuild), UK English. */
@StyleSheet("styles/rejoin.css")
@Meta(name = "robots", content = "noindex, nofollow")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Rejoin");
    }
}
