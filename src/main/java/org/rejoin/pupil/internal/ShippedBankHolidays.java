package org.rejoin.pupil.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Puts the bank holidays Rejoin ships (England and Wales, 2025 to 2030) into the database at start-up, so an
 * empty database counts school days correctly from the first day; dates already there are left alone.
 */
@Component
class ShippedBankHolidays {

    static final String FILE = "calendar/bank-holidays.json";

    private final CalendarStore calendars;

    ShippedBankHolidays(CalendarStore calendars) {
        this.calendars = calendars;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            Map<LocalDate, String> holidays = BankHolidayFile.read(in);
            holidays.forEach(calendars::addBankHoliday);
        } catch (IOException e) {
            throw new UncheckedIOException("Rejoin's own " + FILE + " is missing from the build", e);
        }
    }
}
