package io.tradebot.screener.fundamental.repository;

import io.tradebot.common.market.FundamentalsView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A row of {@code fundamentals}: one company's fundamentals as of one date, as ibkr-client served them. */
@Entity
@Table(name = "fundamentals")
public class FundamentalsSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String symbol;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    public BigDecimal price;
    public BigDecimal eps;
    public BigDecimal pe;

    @Column(name = "market_cap")
    public BigDecimal marketCap;

    public BigDecimal ebitda;

    @Column(name = "price_to_sales")
    public BigDecimal priceToSales;

    @Column(name = "price_to_book")
    public BigDecimal priceToBook;

    @Column(name = "dividend_yield_pct")
    public BigDecimal dividendYieldPct;

    /** When the row was last inserted or changed by a load. */
    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    /** Whether this row already holds exactly {@code view}'s values (compared as numbers, not by scale). */
    public boolean matches(FundamentalsView view) {
        return symbol.equals(view.symbol()) && asOf.equals(view.asOf()) && same(price, ratio(view.price()))
                && same(eps, ratio(view.eps())) && same(pe, ratio(view.pe())) && same(marketCap, dollars(view.marketCap()))
                && same(ebitda, dollars(view.ebitda())) && same(priceToSales, ratio(view.priceToSales()))
                && same(priceToBook, ratio(view.priceToBook())) && same(dividendYieldPct, ratio(view.dividendYieldPct()));
    }

    /** Copies {@code view}'s values into this row. */
    public void set(FundamentalsView view, Instant now) {
        symbol = view.symbol();
        asOf = view.asOf();
        price = ratio(view.price());
        eps = ratio(view.eps());
        pe = ratio(view.pe());
        marketCap = dollars(view.marketCap());
        ebitda = dollars(view.ebitda());
        priceToSales = ratio(view.priceToSales());
        priceToBook = ratio(view.priceToBook());
        dividendYieldPct = ratio(view.dividendYieldPct());
        loadedAt = now;
    }

    /** Rounded as its column stores it (6 decimals), so a reload of the same values compares equal. */
    private static BigDecimal ratio(BigDecimal value) {
        return value == null ? null : value.setScale(6, RoundingMode.HALF_UP);
    }

    /** Rounded as its column stores it (cents). */
    private static BigDecimal dollars(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}
