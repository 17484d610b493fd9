package org.rejoin.insight;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cases a number on the overview stands for, as the query parameters of its drill-down list
 * ({@code overview/cases?list=stage&stage=UNDERSTANDING}). Values are checked when the list is read.
 */
public record CaseListFilter(Kind kind, Map<String, String> values) {

    /** The lists behind the overview's numbers, by their name in the address. */
    public enum Kind {
        ELEMENT("element"), STAGE("stage"), PLAN_STATE("plan"), OVERDUE("overdue"), REFERRAL("referral"),
        REVIEWS_DUE("reviews"), PART_TIME_RUNNING("part-time"), PART_TIME_ENDING("part-time-ending"),
        // what needs attention first, at the top of the overview
        UNCLAIMED("unclaimed"), OVERDUE_ANYONE("overdue-steps"), DUE_THIS_WEEK("due-this-week"),
        STALLED_PLANS("stalled-plans"), WAITING_ON_AGENCIES("waiting-on-agencies");

        final String name;

        Kind(String name) {
            this.name = name;
        }

        static Kind named(String name) {
            for (Kind kind : values()) {
                if (kind.name.equals(name)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("No such list: " + name);
        }
    }

    public CaseListFilter {
        values = Map.copyOf(values);
    }

    /** A filter from its kind and name/value pairs; a null value leaves its name out. */
    public static CaseListFilter of(Kind kind, String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new CaseListFilter(kind, values);
    }

    /** The same list limited to one school (a local authority's drill-down into one of its schools). */
    public CaseListFilter ofSchool(String school) {
        if (school == null) {
            return this;
        }
        Map<String, String> limited = new LinkedHashMap<>(values);
        limited.put("school", school);
        return new CaseListFilter(kind, limited);
    }

    public static CaseListFilter from(QueryParameters query) {
        Map<String, String> values = new LinkedHashMap<>();
        query.getParameters().forEach((name, list) -> {
            if (!list.isEmpty()) {
                values.put(name, list.getFirst());
            }
        });
        String list = values.remove("list");
        if (list == null) {
            throw new IllegalArgumentException("No list named");
        }
        return new CaseListFilter(Kind.named(list), values);
    }

    public QueryParameters query() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("list", List.of(kind.name));
        values.forEach((name, value) -> all.put(name, List.of(value)));
        return new QueryParameters(all);
    }

    /** The value of this name, or an IllegalArgumentException saying it is missing. */
    public String require(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The list needs " + name);
        }
        return value;
    }

    public String get(String name) {
        return values.get(name);
    }
}
