package io.tradebot.strategy.fill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextBarOpenFillTest {

    private static final Instant MON_OPEN = Instant.parse("2018-01-08T14:30:00Z");
    private static final Instant TUE_OPEN = Instant.parse("2018-01-09T14:30:00Z");
    private static final List<BarOpen> BARS = List.of(
            new BarOpen(MON_OPEN, new BigDecimal("100.00")),
            new BarOpen(TUE_OPEN, new BigDecimal("101.50")));

    private final NextBarOpenFill noSlippage = new NextBarOpenFill(BigDecimal.ZERO);

    @Test
    void fillsAtTheOpenOfTheSameDayWhenSubmittedBeforeTheOpen() {
        Instant preMarket = Instant.parse("2018-01-08T14:10:00Z");
        assertThat(noSlippage.decide(FillSide.BUY, preMarket, MON_OPEN, BARS))
                .contains(new FillDecision(MON_OPEN, new BigDecimal("100.000000")));
    }

    @Test
    void fillsAtTheNextBarsOpenWhenSubmittedDuringTheSession() {
        Instant midSession = Instant.parse("2018-01-08T17:00:00Z");
        assertThat(noSlippage.decide(FillSide.SELL, midSession, TUE_OPEN.plusSeconds(60), BARS))
                .contains(new FillDecision(TUE_OPEN, new BigDecimal("101.500000")));
    }

    @Test
    void fillsAnOrderSubmittedExactlyAtTheOpenOnThatOpen() {
        assertThat(noSlippage.decide(FillSide.BUY, MON_OPEN, MON_OPEN, BARS)).map(FillDecision::at).contains(MON_OPEN);
    }

    @Test
    void waitsUntilTheClockReachesTheNextOpen() {
        Instant midSession = Instant.parse("2018-01-08T17:00:00Z");
        assertThat(noSlippage.decide(FillSide.BUY, midSession, TUE_OPEN.minusNanos(1), BARS)).isEmpty();
    }

    @Test
    void waitsWhileNoLaterBarExists() {
        Instant afterLastOpen = TUE_OPEN.plusSeconds(1);
        assertThat(noSlippage.decide(FillSide.BUY, afterLastOpen, afterLastOpen.plusSeconds(86_400), BARS)).isEmpty();
    }

    @Test
    void buyPaysAndSellGivesUpTheSlippage() {
        NextBarOpenFill tenBps = new NextBarOpenFill(new BigDecimal("10"));
        Instant preMarket = Instant.parse("2018-01-08T14:10:00Z");
        assertThat(tenBps.decide(FillSide.BUY, preMarket, MON_OPEN, BARS)).map(FillDecision::price)
                .contains(new BigDecimal("100.100000"));
        assertThat(tenBps.decide(FillSide.SELL, preMarket, MON_OPEN, BARS)).map(FillDecision::price)
                .contains(new BigDecimal("99.900000"));
    }

    @Test
    void rejectsNegativeSlippage() {
        assertThatThrownBy(() -> new NextBarOpenFill(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
