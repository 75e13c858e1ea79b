package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;

/** Optional equality filters for list queries: a null value filters nothing. */
final class Filters {

    private Filters() {
    }

    /** The rows where each non-null value equals its field; {@code fieldsAndValues} alternates field name and value. */
    static <T> List<T> list(PanacheRepository<T> repository, Sort sort, Object... fieldsAndValues) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] != null) {
                String field = (String) fieldsAndValues[i];
                clauses.add(field + " = :" + field);
                params.and(field, fieldsAndValues[i + 1]);
            }
        }
        return clauses.isEmpty() ? repository.listAll(sort) : repository.list(String.join(" and ", clauses), sort, params);
    }
}
