package org.rejoin.journey.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.engine.JobVariables;
import org.rejoin.journey.JourneyProcess.JobTypes;
import org.rejoin.journey.JourneyProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * The parents agreed to meet: the meeting goes into the chronology and the process gets its start as a
 * date-time (UK time) for the timer that waits for it.
 */
@Component
public class ScheduleParentMeetingWorker {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter SAID = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final Chronology chronology;

    ScheduleParentMeetingWorker(Chronology chronology) {
        this.chronology = chronology;
    }

    @JobWorker(type = JobTypes.SCHEDULE_PARENT_MEETING, fetchVariables = {Variables.CASE_ID, Variables.MEETING_DATE,
            Variables.MEETING_TIME})
    public Map<String, Object> schedule(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        ZonedDateTime starts = starts(variables.text(Variables.MEETING_DATE), variables.textOrNull(Variables.MEETING_TIME));
        chronology.record(new NewEntry(variables.uuid(Variables.CASE_ID), EntryKind.MEETING, null, null,
                "Meeting with the parents or carers arranged for " + SAID.format(starts), null, Map.of(),
                variables.sourceKey()));
        return Map.of(Variables.MEETING_STARTS, starts.toOffsetDateTime().toString());
    }

    /** form-js gives the date as yyyy-MM-dd and the time as HH:mm (sometimes with a zone, which UK schools don't need). */
    static ZonedDateTime starts(String date, String time) {
        try {
            LocalDate day = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            LocalTime at = time == null ? LocalTime.of(9, 0) : LocalTime.parse(time.length() > 5 ? time.substring(0, 5) : time);
            return day.atTime(at).atZone(LONDON);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The meeting date '" + date + "' or time '" + time + "' is not readable", e);
        }
    }
}
