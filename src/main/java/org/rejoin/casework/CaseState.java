package org.rejoin.casework;

public enum CaseState { OPEN, CLOSED }
