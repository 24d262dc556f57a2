package no.tavla.plans;

import java.util.List;

/** A plan's budget: its rows, and their total in whole kroner. */
public record Budget(List<BudgetRow> rows, long total) {

    public Budget(List<BudgetRow> rows) {
        this(rows, rows.stream().mapToLong(BudgetRow::price).sum());
    }

    public Budget {
        rows = List.copyOf(rows);
    }
}
