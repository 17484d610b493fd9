package org.rejoin.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rejoin.engine.EngineStatus;
import org.rejoin.engine.RunMode;
import org.springframework.core.env.Environment;

/**
 * The shell around every signed-in page: the navigation (built from the {@code @Menu} entries of
 * the views this user may open), who is signed in, and banners for demo mode and engine outages.
 */
@PermitAll
// plain CSS served from META-INF/resources, so changing it needs no frontend rebuild; checked in Chromium
@StyleSheet("context://styles/rejoin.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient EngineStatus engine;
    private final transient List<NavigationBadge> badges;
    private final transient List<SignedInName> names;
    private final Map<String, SideNavItem> menuItems = new LinkedHashMap<>();
    private final Div engineBanner = new Div();
    private final RunMode runMode;

    public MainLayout(AuthenticationContext authentication, EngineStatus engine, Environment environment,
                      List<NavigationBadge> badges, List<SignedInName> names) {
        this.names = names;
        this.authentication = authentication;
        this.engine = engine;
        this.badges = badges;
        this.runMode = RunMode.of(environment);
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        addToNavbar(toggle, header());

        var brand = new Span("Rejoin");
        brand.addClassName("brand");
        addToDrawer(new VerticalLayout(brand, navigation()));

        engineBanner.addClassNames("banner", "banner-warning");
        engineBanner.getElement().setAttribute("role", "alert");
        engineBanner.setVisible(false);
        var banners = new Div(engineBanner);
        if (runMode == RunMode.EMBEDDED) {
            banners.add(demoBanner());
        }
        banners.addClassName("banners");
        addToNavbar(banners);
    }

    private HorizontalLayout header() {
        // the person by name; the sign-in address only where no account gives one
        var who = new Span(names.stream().flatMap(n -> n.displayName().stream()).findFirst()
                .orElse(authentication.getPrincipalName().orElse("")));
        who.addClassName("signed-in-as");
        var signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new HorizontalLayout(who, signOut);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        return header;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel("Main menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            menuItems.put(entry.path(), item);
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * Reads the menu's counts again for a page that changed them without navigating (a step submitted and
     * its confirmation shown in place).
     */
    public static void refreshBadgesOf(com.vaadin.flow.component.Component page) {
        MainLayout layout = page.findAncestor(MainLayout.class);
        if (layout != null) {
            layout.refreshBadges();
            return;
        }
        page.getUI().flatMap(ui -> ui.getChildren().filter(MainLayout.class::isInstance).findFirst())
                .map(MainLayout.class::cast).ifPresent(MainLayout::refreshBadges);
    }

    /** The layout stays while people move between pages, so counts are read again on every navigation. */
    private void refreshBadges() {
        menuItems.forEach((path, item) -> item.setSuffixComponent(badges.stream()
                .flatMap(b -> b.badgeFor(path).stream()).findFirst().map(MainLayout::badge).orElse(null)));
    }

    private static Span badge(NavigationBadge.Badge badge) {
        var text = new Span(badge.text());
        text.addClassNames("nav-badge", badge.urgent() ? "nav-badge-urgent" : "nav-badge-plain");
        text.getElement().setAttribute("aria-label", badge.accessibleLabel());
        return text;
    }

    private static Div demoBanner() {
        var banner = new Div(new Span("Demo mode: this data is made up and is lost when Rejoin stops."));
        banner.addClassNames("banner", "banner-demo");
        return banner;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshBadges();
        boolean down = !engine.isAvailable();
        engineBanner.setVisible(down);
        if (down) {
            engineBanner.setText(runMode == RunMode.EMBEDDED
                    ? "The demo's workflow engine has stopped; restart Rejoin. You can read records, but no step "
                            + "can be started or completed until then."
                    : "The workflow engine is unavailable. You can read records, but tasks cannot be "
                            + "started or completed until it is back. Please tell your administrator.");
        }
    }
}
