package io.tradebot.strategy.fundamental.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.common.market.BarView;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.strategy.signal.FundamentalStrategy;
import io.tradebot.strategy.signal.Position;
import io.tradebot.strategy.signal.StrategyRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** strategy-core's fundamental entry as the service decides it, the expected numbers worked out here by hand. */
class EntrySignalTest {

    private static final LocalDate MONDAY = LocalDate.parse("2024-03-04");
    private static final LocalDate TUESDAY = LocalDate.parse("2024-03-05");
    private static final BigDecimal EQUITY = new BigDecimal("100000");
    private static final EntrySignal SIGNALS = new EntrySignal(StrategyRegistry.create(FundamentalStrategy.NAME,
            Map.of("riskPct", "1", "maxPositionPct", "9", "stopLossPct", "2", "takeProfitPct", "5", "minScore", "1")));

    @Test
    void entersAtTheTradeDatesCloseSizedByTheCapWithABracketUnderADeterministicId() {
        EntryDecision decision = SIGNALS.decide(signal("MOON", MONDAY, "3"), TUESDAY, List.of(bar(4, "13.00")),
                Position.FLAT, EQUITY);

        assertThat(decision.outcome()).isEqualTo(EntryDecision.Outcome.ENTER);
        PlaceOrderRequest order = EntryOrders.request(decision.intent());
        // 09:30 New York on 2024-03-04 is 14:30 UTC (EST)
        assertThat(order.clientOrderId()).isEqualTo("fundamental:MOON:20240304T143000Z:ENTER_LONG");
        assertThat(order.side()).isEqualTo(OrderSide.BUY);
        assertThat(order.type()).isEqualTo(OrderType.MARKET);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.DAY);
        assertThat(order.strategy()).isEqualTo("fundamental");
        // risk: 1% of 100000 / (13.00 - 12.74) = 3846 shares; cap: 9% of 100000 / 13.00 = 692.3 -> 692
        assertThat(order.quantity()).isEqualByComparingTo("692");
        assertThat(order.bracket().stopLoss()).isEqualByComparingTo("12.74");
        assertThat(order.bracket().takeProfit()).isEqualByComparingTo("13.65");
    }

    @Test
    void sizesByRiskWhenTheStopIsCloserThanTheCapAllows() {
        EntrySignal tight = new EntrySignal(StrategyRegistry.create(FundamentalStrategy.NAME,
                Map.of("riskPct", "0.1", "maxPositionPct", "9", "stopLossPct", "2")));

        EntryDecision decision = tight.decide(signal("MOON", MONDAY, "3"), TUESDAY, List.of(bar(4, "50.00")),
                Position.FLAT, EQUITY);

        // 0.1% of 100000 = 100 at risk; stop 49.00, 1.00 a share -> 100 shares (the cap would allow 180)
        assertThat(decision.intent().quantity()).isEqualByComparingTo("100");
    }

    @Test
    void waitsUntilTheTradeDatesSessionHasClosed() {
        assertThat(SIGNALS.decide(signal("MOON", TUESDAY, "3"), TUESDAY, List.of(), Position.FLAT, EQUITY).outcome())
                .isEqualTo(EntryDecision.Outcome.WAIT);
    }

    @Test
    void expiresOnceALaterSessionHasClosed() {
        EntryDecision decision = SIGNALS.decide(signal("MOON", LocalDate.parse("2024-03-01"), "3"), TUESDAY,
                List.of(bar(1, "13"), bar(4, "13")), Position.FLAT, EQUITY);

        assertThat(decision.outcome()).isEqualTo(EntryDecision.Outcome.EXPIRE);
        assertThat(decision.reason()).isEqualTo("stale");
    }

    @Test
    void expiresWithoutABarOnTheTradeDate() {
        assertThat(SIGNALS.decide(signal("MOON", MONDAY, "3"), TUESDAY, List.of(), Position.FLAT, EQUITY).reason())
                .isEqualTo("no-bar");
    }

    @Test
    void expiresWhenTheSymbolIsAlreadyHeld() {
        Position held = Position.of(new BigDecimal("10"), new BigDecimal("12"), Instant.parse("2024-03-01T14:30:00Z"));

        assertThat(SIGNALS.decide(signal("MOON", MONDAY, "3"), TUESDAY, List.of(bar(4, "13")), held, EQUITY).reason())
                .isEqualTo("held");
    }

    @Test
    void expiresBelowTheMinimumScoreOrWhenNotOneShareFits() {
        assertThat(SIGNALS.decide(signal("MOON", MONDAY, "0.5"), TUESDAY, List.of(bar(4, "13")), Position.FLAT, EQUITY)
                .reason()).isEqualTo("no-entry");
        assertThat(SIGNALS.decide(signal("PRICY", MONDAY, "3"), TUESDAY, List.of(bar(4, "20000")), Position.FLAT, EQUITY)
                .reason()).isEqualTo("no-entry");
    }

    @Test
    void theCapRoundsDown() {
        BigDecimal close = new BigDecimal("24.00");
        EntryDecision decision = SIGNALS.decide(signal("STAR", MONDAY, "3"), TUESDAY, List.of(bar(4, "24.00")),
                Position.FLAT, EQUITY);

        assertThat(decision.intent().quantity())
                .isEqualByComparingTo(EQUITY.multiply(new BigDecimal("0.09")).divide(close, 0, RoundingMode.FLOOR));
    }

    private static WatchlistSignal signal(String symbol, LocalDate tradeDate, String score) {
        return new WatchlistSignal(1, symbol, tradeDate, new BigDecimal(score), "{}");
    }

    /** The daily bar of 2024-03-{day} as ibkr-client serves it: starting 09:30 New York. */
    private static BarView bar(int day, String close) {
        BigDecimal c = new BigDecimal(close);
        return new BarView(Instant.parse("2024-03-%02dT14:30:00Z".formatted(day)), "1day", c, c, c, c, 100_000, false);
    }
}
