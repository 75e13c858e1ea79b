package io.tradebot.screener.fundamental.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes {@code company} rows, keyed by symbol. */
@ApplicationScoped
public class CompanyRepository implements PanacheRepositoryBase<Company, String> {
}
