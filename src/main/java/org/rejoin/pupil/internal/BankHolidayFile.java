package org.rejoin.pupil.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads bank holidays in the format of the official https://www.gov.uk/bank-holidays.json: the
 * {@code england-and-wales} division's events, each with a title and a yyyy-MM-dd date. Rejoin ships one for
 * 2025 to 2030 (calendar/bank-holidays.json) and an administrator can upload a newer one.
 */
public final class BankHolidayFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BankHolidayFile() {
    }

    /** The holidays by date; an {@link IllegalArgumentException} says in words what is wrong with the file. */
    public static Map<LocalDate, String> read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("The file is not JSON: download bank-holidays.json from gov.uk again");
        }
        JsonNode events = root == null ? null : root.path("england-and-wales").path("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw new IllegalArgumentException("The file has no england-and-wales events: it should be the "
                    + "bank-holidays.json file published on gov.uk");
        }
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode event : events) {
            index++;
            String title = event.path("title").asText("").strip();
            try {
                holidays.put(LocalDate.parse(event.path("date").asText("")), title.isEmpty() ? "Bank holiday" : title);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Event " + index + " (" + title + ") has no date as yyyy-MM-dd");
            }
        }
        return holidays;
    }
}
