package org.rejoin;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featuresOnlyUseEachOthersPublicFaces() {
        ApplicationModules.of(RejoinApplication.class).verify();
    }
}
