package org.rejoin.insight;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rejoin.casework.CaseSummary;
import java.util.Map;
import java.util.UUID;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Oversight;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * One overview list as a CSV file (Excel opens it: UTF-8 with a byte order mark, dates dd/mm/yyyy), read
 * page by page through the same scoped query as the screen. Every export is audited: it is pupils' data
 * leaving the system.
 */
@Service
public class CaseListExport {

    static final int PAGE = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("Pupil", "UPN", "Year", "Stage", "Opened", "Lead champion", "School").get();

    private final OverviewCases lists;
    private final AuditTrail audit;
    private final SchoolService schools;

    CaseListExport(OverviewCases lists, AuditTrail audit, SchoolService schools) {
        this.lists = lists;
        this.audit = audit;
        this.schools = schools;
    }

    public byte[] csv(UserAccount user, CaseListFilter filter) {
        StringWriter out = new StringWriter().append('\uFEFF');
        long rows = 0;
        Map<UUID, String> schoolNames = schools.namesOverseen(Oversight.of(user));
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            Page<CaseSummary> page = lists.list(user, filter, PageRequest.of(0, PAGE));
            while (true) {
                for (CaseSummary c : page) {
                    org.rejoin.base.ui.SpreadsheetCells.printRecord(csv, c.pupilName(), c.upn(), c.yearGroup(), c.stage().label(),
                            DATE.format(c.openedAt().atZone(org.rejoin.base.ui.UkDates.ZONE)),
                            c.leadChampionName() == null ? "" : c.leadChampionName(),
                            schoolNames.getOrDefault(c.schoolId(), ""));
                    rows++;
                }
                if (!page.hasNext()) {
                    break;
                }
                page = lists.list(user, filter, page.nextPageable());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object overseen = user.schoolId() != null ? user.schoolId() : user.localAuthority();
        audit.record(user.username(), "EXPORTED", "case_list", overseen, rows + " cases: " + filter);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
