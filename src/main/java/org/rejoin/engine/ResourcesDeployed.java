package org.rejoin.engine;

/** bpmn/ and forms/ are deployed to the workflow engine: processes can start and decisions be evaluated. */
public record ResourcesDeployed(int resources) {
}
