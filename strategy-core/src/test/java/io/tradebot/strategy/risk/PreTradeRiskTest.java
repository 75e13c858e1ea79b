package io.tradebot.strategy.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PreTradeRiskTest {

    private static final Instant NOW = Instant.parse("2015-03-02T15:00:00Z");
    private static final PreTradeRisk RISK = new PreTradeRisk(RiskPolicy.DEFAULTS);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static OrderIntent buy(String symbol, String quantity) {
        return new OrderIntent("s1", symbol, IntentSide.BUY, IntentType.MARKET, d(quantity), null);
    }

    private static OrderIntent sell(String symbol, String quantity) {
        return new OrderIntent("s1", symbol, IntentSide.SELL, IntentType.MARKET, d(quantity), null);
    }

    private static OrderIntent limitBuy(String quantity, String limit) {
        return new OrderIntent("s1", "AAPL", IntentSide.BUY, IntentType.LIMIT, d(quantity), d(limit));
    }

    /** $100,000 equity and start-of-day equity, nothing held, AAPL at $100. */
    private static Account account() {
        return new Account();
    }

    private static String code(RiskDecision decision) {
        return decision instanceof RiskDecision.Rejection rejection ? rejection.reasonCode() : "OK";
    }

    @Test
    void acceptsAnOrderWithinEveryLimit() {
        assertThat(account().check(buy("AAPL", "10"))).isEqualTo(RiskDecision.ok());
    }

    @Test
    void haltedRejectsEveryOrderEvenOneThatReduces() {
        Account account = account().holding("AAPL", "50");
        account.state = TradingState.HALTED;
        assertThat(code(account.check(buy("AAPL", "1")))).isEqualTo(RejectCodes.TRADING_HALTED);
        assertThat(code(account.check(sell("AAPL", "1")))).isEqualTo(RejectCodes.TRADING_HALTED);
    }

    @Test
    void reducingLetsAnOrderShrinkAPositionDownToZeroButNeverThroughIt() {
        Account account = account().holding("AAPL", "100");
        account.state = TradingState.REDUCING;
        assertThat(account.check(sell("AAPL", "40")).accepted()).isTrue();
        assertThat(account.check(sell("AAPL", "100")).accepted()).isTrue();
        assertThat(code(account.check(sell("AAPL", "101")))).isEqualTo(RejectCodes.REDUCING_ONLY);
        assertThat(code(account.check(buy("AAPL", "1")))).isEqualTo(RejectCodes.REDUCING_ONLY);
        assertThat(code(account.check(sell("KO", "1")))).isEqualTo(RejectCodes.REDUCING_ONLY);
    }

    @Test
    void reducingCountsOpenOrdersOnTheSameSideAndLetsAShortBeCovered() {
        Account account = account().holding("AAPL", "100").pending("AAPL", "0", "60").holding("KO", "-30");
        account.state = TradingState.REDUCING;
        assertThat(account.check(sell("AAPL", "40")).accepted()).isTrue();
        assertThat(code(account.check(sell("AAPL", "41")))).isEqualTo(RejectCodes.REDUCING_ONLY);
        assertThat(account.check(buy("KO", "30")).accepted()).isTrue();
        assertThat(code(account.check(buy("KO", "31")))).isEqualTo(RejectCodes.REDUCING_ONLY);
    }

    @Test
    void rejectsAPositionOneCentOverTenPercentOfEquityAndAcceptsOneExactlyAtIt() {
        assertThat(account().price("AAPL", "10000.00").check(buy("AAPL", "1")).accepted()).isTrue();
        assertThat(code(account().price("AAPL", "10000.01").check(buy("AAPL", "1")))).isEqualTo(RejectCodes.MAX_POSITION_SIZE);
    }

    @Test
    void positionSizeCountsTheHoldingAndOpenBuys() {
        Account account = account().holding("AAPL", "50").pending("AAPL", "40", "0");
        assertThat(account.check(buy("AAPL", "10")).accepted()).isTrue();
        assertThat(code(account.check(buy("AAPL", "11")))).isEqualTo(RejectCodes.MAX_POSITION_SIZE);
    }

    @Test
    void positionSizeAppliesToShortSales() {
        assertThat(account().check(sell("AAPL", "100")).accepted()).isTrue();
        assertThat(code(account().check(sell("AAPL", "101")))).isEqualTo(RejectCodes.MAX_POSITION_SIZE);
    }

    @Test
    void rejectsANinthOpenPositionButAcceptsTheEighthAndAddsToAHeldOne() {
        Account seven = account().withOpenPositions(7);
        assertThat(seven.check(buy("AAPL", "1")).accepted()).isTrue();
        Account eight = account().withOpenPositions(8);
        assertThat(code(eight.check(buy("AAPL", "1")))).isEqualTo(RejectCodes.MAX_OPEN_POSITIONS);
        assertThat(eight.holding("AAPL", "5").check(buy("AAPL", "1")).accepted()).isTrue();
    }

    @Test
    void equityAtTheDailyLossFloorBlocksNewExposureButNotReductions() {
        Account atFloor = account().equity("95000.00").holding("KO", "10");
        assertThat(RISK.dailyLossBreached(atFloor.snapshot())).isTrue();
        assertThat(code(atFloor.check(buy("AAPL", "1")))).isEqualTo(RejectCodes.DAILY_LOSS_LIMIT);
        assertThat(atFloor.check(sell("KO", "10")).accepted()).isTrue();

        Account aCentAbove = account().equity("95000.01");
        assertThat(RISK.dailyLossBreached(aCentAbove.snapshot())).isFalse();
        assertThat(aCentAbove.check(buy("AAPL", "1")).accepted()).isTrue();
    }

    @Test
    void dailyLossIsNotCheckedBeforeTheStartOfDayEquityIsKnown() {
        Account account = account().equity("1000.00");
        account.startOfDay = null;
        assertThat(RISK.dailyLossBreached(account.snapshot())).isFalse();
        assertThat(account.check(buy("AAPL", "1")).accepted()).isTrue();
    }

    @Test
    void rejectsALimitPriceOneCentOutsideTheTenPercentCollarEitherWay() {
        assertThat(account().check(limitBuy("1", "110.00")).accepted()).isTrue();
        assertThat(account().check(limitBuy("1", "90.00")).accepted()).isTrue();
        assertThat(code(account().check(limitBuy("1", "110.01")))).isEqualTo(RejectCodes.PRICE_COLLAR);
        assertThat(code(account().check(limitBuy("1", "89.99")))).isEqualTo(RejectCodes.PRICE_COLLAR);
    }

    @Test
    void valuesALimitBuyAtItsLimitWhenThatIsAboveTheLastPrice() {
        // 91 × 110 = 10,010 > 10% of equity although 91 × 100 = 9,100 would pass
        assertThat(code(account().check(limitBuy("91", "110.00")))).isEqualTo(RejectCodes.MAX_POSITION_SIZE);
        assertThat(account().check(limitBuy("90", "110.00")).accepted()).isTrue();
    }

    @Test
    void rejectsAnOrderNeedingMoreThanTheRegTBuyingPowerLeft() {
        // buying power = 2 × 100,000 − 190,000 = 10,000: an order worth exactly that passes
        assertThat(account().gross("190000.00").check(buy("AAPL", "100")).accepted()).isTrue();
        assertThat(code(account().gross("190000.02").check(buy("AAPL", "100")))).isEqualTo(RejectCodes.BUYING_POWER);
    }

    @Test
    void aReducingOrderNeedsNoBuyingPower() {
        Account account = account().gross("250000.00").holding("AAPL", "100");
        assertThat(account.check(sell("AAPL", "100")).accepted()).isTrue();
        assertThat(code(account.check(sell("AAPL", "101")))).isEqualTo(RejectCodes.BUYING_POWER);
    }

    @Test
    void rejectsTheThirtyFirstOrderOfAStrategyWithinOneMinute() {
        List<Instant> twentyNine = IntStream.range(0, 29).mapToObj(i -> NOW.minusSeconds(i)).toList();
        assertThat(account().recent(twentyNine).check(buy("AAPL", "1")).accepted()).isTrue();
        List<Instant> thirty = IntStream.range(0, 30).mapToObj(i -> NOW.minusSeconds(i)).toList();
        assertThat(code(account().recent(thirty).check(buy("AAPL", "1")))).isEqualTo(RejectCodes.ORDER_RATE);
    }

    @Test
    void anOrderExactlyOneMinuteOldNoLongerCountsTowardsTheRate() {
        List<Instant> thirty = IntStream.range(0, 30).mapToObj(i -> NOW.minusSeconds(i * 2L + 2)).toList();
        assertThat(thirty.getLast()).isEqualTo(NOW.minusSeconds(60));
        assertThat(account().recent(thirty).check(buy("AAPL", "1")).accepted()).isTrue();
    }

    @Test
    void acceptsMarketOrdersBeforeTheOpenBecauseTheyExecuteAtTheOpen() {
        for (TradingSession session : List.of(TradingSession.PRE, TradingSession.REGULAR)) {
            Account account = account();
            account.session = session;
            assertThat(account.check(buy("AAPL", "1")).accepted()).as(session.name()).isTrue();
        }
    }

    @Test
    void rejectsMarketOrdersAfterTheCloseUnlessAllowed() {
        for (TradingSession session : List.of(TradingSession.POST, TradingSession.CLOSED)) {
            Account account = account();
            account.session = session;
            assertThat(code(account.check(buy("AAPL", "1")))).isEqualTo(RejectCodes.MARKET_CLOSED);
            assertThat(account.check(limitBuy("1", "100.00")).accepted()).isTrue();
            RiskPolicy allowing = new RiskPolicy(d("10"), 8, d("5"), d("10"), d("50"), 30, true);
            assertThat(new PreTradeRisk(allowing).check(buy("AAPL", "1"), account.snapshot(), TradingState.ACTIVE, session,
                    List.of(), NOW).accepted()).isTrue();
        }
    }

    @Test
    void rejectsAnOrderForASymbolWithoutAPrice() {
        assertThat(code(account().check(buy("NEWCO", "1")))).isEqualTo(RejectCodes.NO_PRICE);
    }

    @Test
    void describesARejectionAsCodeColonMessage() {
        RiskDecision.Rejection rejection = (RiskDecision.Rejection) account().price("AAPL", "20000").check(buy("AAPL", "1"));
        assertThat(rejection.describe()).startsWith("MAX_POSITION_SIZE: AAPL position would be worth 20000.00, over 10.00%");
    }

    @Test
    void refusesANonsensePolicy() {
        assertThatThrownBy(() -> new RiskPolicy(d("0"), 8, d("5"), d("10"), d("50"), 30, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPositionPct");
        assertThatThrownBy(() -> new RiskPolicy(d("10"), 8, d("5"), d("10"), d("150"), 30, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialMarginPct");
        assertThatThrownBy(() -> new RiskPolicy(d("10"), 0, d("5"), d("10"), d("50"), 30, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A mutable test account that builds snapshots. */
    private static final class Account {
        BigDecimal equity = d("100000.00");
        BigDecimal startOfDay = d("100000.00");
        BigDecimal gross = BigDecimal.ZERO;
        final Map<String, SymbolExposure> symbols = new HashMap<>(Map.of("AAPL", SymbolExposure.none(d("100.00")),
                "KO", SymbolExposure.none(d("40.00"))));
        int extraOpen;
        TradingState state = TradingState.ACTIVE;
        TradingSession session = TradingSession.REGULAR;
        List<Instant> recent = Collections.emptyList();

        Account equity(String value) {
            equity = d(value);
            return this;
        }

        Account gross(String value) {
            gross = d(value);
            return this;
        }

        Account price(String symbol, String price) {
            SymbolExposure e = symbols.get(symbol);
            symbols.put(symbol, new SymbolExposure(e.position(), e.pendingBuy(), e.pendingSell(), d(price)));
            return this;
        }

        Account holding(String symbol, String quantity) {
            SymbolExposure e = symbols.get(symbol);
            symbols.put(symbol, new SymbolExposure(d(quantity), e.pendingBuy(), e.pendingSell(), e.lastPrice()));
            return this;
        }

        Account pending(String symbol, String buys, String sells) {
            SymbolExposure e = symbols.get(symbol);
            symbols.put(symbol, new SymbolExposure(e.position(), d(buys), d(sells), e.lastPrice()));
            return this;
        }

        Account withOpenPositions(int others) {
            extraOpen = others;
            return this;
        }

        Account recent(List<Instant> times) {
            recent = times;
            return this;
        }

        AccountSnapshot snapshot() {
            int open = extraOpen + (int) symbols.values().stream().filter(SymbolExposure::isOpen).count();
            return new AccountSnapshot(equity, startOfDay, gross, symbols, open);
        }

        RiskDecision check(OrderIntent intent) {
            return RISK.check(intent, snapshot(), state, session, recent, NOW);
        }
    }
}
