package org.rejoin.attendance;

/** A school's year to date from its registers: pupils with possible sessions, how many are PA and SA, and the sessions. */
public record SchoolRegisterFigures(long pupils, long persistentlyAbsent, long severelyAbsent, RegisterTotals sessions) {
}
