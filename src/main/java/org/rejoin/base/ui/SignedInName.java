package org.rejoin.base.ui;

import java.util.Optional;

/** The signed-in person's name for the header, given by the feature that keeps accounts. */
public interface SignedInName {

    Optional<String> displayName();
}
