package io.tradebot.strategy.fundamental.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.common.market.Session;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalTriageTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-03-05");

    private static WatchlistSignal signal(long id, String symbol, LocalDate day, String score) {
        return new WatchlistSignal(id, symbol, day, new BigDecimal(score), "{}");
    }

    private static List<String> symbols(List<WatchlistSignal> signals) {
        return signals.stream().map(WatchlistSignal::symbol).toList();
    }

    @Test
    void expiresEntriesFromEarlierDaysWhateverTheSession() {
        List<WatchlistSignal> fresh = List.of(signal(1, "OLD", TODAY.minusDays(1), "9"), signal(2, "NOW", TODAY, "5"));

        for (Session session : Session.values()) {
            assertThat(symbols(SignalTriage.triage(TODAY, session, fresh, 0, 5).expire())).containsExactly("OLD");
        }
    }

    @Test
    void entersTodaysEntriesBestScoreFirstInThePreMarketAndRegularSession() {
        List<WatchlistSignal> fresh = List.of(signal(1, "LOW", TODAY, "5"), signal(2, "HIGH", TODAY, "30"),
                signal(3, "MID", TODAY, "10"));

        assertThat(symbols(SignalTriage.triage(TODAY, Session.PRE, fresh, 0, 5).enter())).containsExactly("HIGH", "MID", "LOW");
        assertThat(symbols(SignalTriage.triage(TODAY, Session.REGULAR, fresh, 0, 5).enter())).hasSize(3);
    }

    @Test
    void entersNothingAfterTheCloseButLetsTodaysEntriesWait() {
        List<WatchlistSignal> fresh = List.of(signal(1, "LATE", TODAY, "5"));

        for (Session session : List.of(Session.POST, Session.CLOSED)) {
            SignalTriage.Triage triage = SignalTriage.triage(TODAY, session, fresh, 0, 5);
            assertThat(triage.enter()).isEmpty();
            assertThat(triage.expire()).isEmpty();
        }
    }

    @Test
    void capsEntriesAtTheDailyMaximumCountingThoseAlreadyEntered() {
        List<WatchlistSignal> fresh = List.of(signal(1, "A", TODAY, "3"), signal(2, "B", TODAY, "2"),
                signal(3, "C", TODAY, "1"));

        assertThat(symbols(SignalTriage.triage(TODAY, Session.REGULAR, fresh, 3, 5).enter())).containsExactly("A", "B");
        assertThat(SignalTriage.triage(TODAY, Session.REGULAR, fresh, 5, 5).enter()).isEmpty();
        assertThat(SignalTriage.triage(TODAY, Session.REGULAR, fresh, 7, 5).enter()).isEmpty();
    }

    @Test
    void leavesEntriesForALaterDayAlone() {
        List<WatchlistSignal> fresh = List.of(signal(1, "SOON", TODAY.plusDays(1), "5"));

        SignalTriage.Triage triage = SignalTriage.triage(TODAY, Session.PRE, fresh, 0, 5);

        assertThat(triage.enter()).isEmpty();
        assertThat(triage.expire()).isEmpty();
    }
}
