package org.rejoin.inbox.form;

import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * The expressions of a Camunda Form ({@code "=..."}), evaluated by the Camunda FEEL engine that the
 * Zeebe engine uses too (org.camunda.feel:feel-engine), so a condition means on the server what it
 * means in the process. form-js evaluates the same expressions in the browser with feelin.
 */
final class FeelExpressions {

    private static final FeelEngineApi ENGINE = FeelEngineBuilder.forJava().build();

    private FeelExpressions() {
    }

    static boolean isExpression(String value) {
        return value != null && value.startsWith("=");
    }

    /** The expression's value, or {@code null} if it does not evaluate (as form-js treats a failing expression). */
    static Object evaluate(String expression, Map<String, Object> context) {
        if (!isExpression(expression)) {
            return expression;
        }
        EvaluationResult result = ENGINE.evaluateExpression(expression.substring(1), context);
        return result.isSuccess() ? result.result() : null;
    }

    /** As form-js decides {@code conditional.hide}: only a result of exactly {@code true} counts. */
    static boolean isTrue(String expression, Map<String, Object> context) {
        return isExpression(expression) && Boolean.TRUE.equals(evaluate(expression, context));
    }
}
