package org.rejoin.casework;

import java.util.List;
import java.util.UUID;
import org.rejoin.base.ui.AttendanceChart;
import org.rejoin.security.UserAccount;

/**
 * Lets a process module mark periods on the case's weekly attendance chart (each step of the support
 * plan from its start to its end), so everyone can see whether a step made a difference. Read as the
 * user, through the module's own scoped service.
 */
public interface CaseChartMarkers {

    List<AttendanceChart.Marker> markers(UserAccount user, UUID caseId);
}
