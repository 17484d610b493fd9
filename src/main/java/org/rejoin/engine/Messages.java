package org.rejoin.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;

/** Publishing a message exactly once from the app's side: a duplicate message id is already done. */
public final class Messages {

    private Messages() {
    }

    public static void publishOnce(CamundaClient camunda, String name, String correlationKey, String messageId,
                            Duration timeToLive, Map<String, Object> variables) {
        try {
            camunda.newPublishMessageCommand().messageName(name).correlationKey(correlationKey).messageId(messageId)
                    .timeToLive(timeToLive).variables(variables).requestTimeout(Duration.ofSeconds(10))
                    .send().join();
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
