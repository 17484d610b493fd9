package org.rejoin.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every page speaks UK English: date pickers show 23/11/2026, weeks start on Monday, lang is en-GB. */
@Component
class UkLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(UkDates.LOCALE));
        // WCAG 3.1.1: the page declares its language, so screen readers pronounce it as British English
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html").attr("lang", "en-GB"));
    }
}
