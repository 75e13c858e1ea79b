package io.tradebot.screener.fundamental.service;

import io.quarkus.logging.Log;
import io.tradebot.common.market.BarView;
import io.tradebot.screener.fundamental.client.IbkrClient;
import io.tradebot.screener.fundamental.config.FundamentalScreenerConfig;
import io.tradebot.screener.fundamental.model.Horizon;
import io.tradebot.screener.fundamental.model.HourBars;
import io.tradebot.screener.fundamental.model.ModelKind;
import io.tradebot.screener.fundamental.model.ModelTraining;
import io.tradebot.screener.fundamental.model.TimedClose;
import io.tradebot.screener.fundamental.model.TrainedModel;
import io.tradebot.screener.fundamental.repository.MarketBarRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Trains a company's four models as of a session's close: fetches the bars from ibkr-client, stores them in
 * {@code market_bar}, reads the window back from there (nothing after the session's close) and fits the
 * DAY models on daily closes and the HOUR models on hours built from 5-minute bars.
 */
@ApplicationScoped
public class ModelTrainer {

    /** ibkr-client refuses intraday ranges over 14 days; 13 calendar days per request stays inside. */
    private static final int INTRADAY_CHUNK_DAYS = 13;

    private final IbkrClient ibkr;
    private final MarketBarRepository bars;
    private final ModelStore store;
    private final FundamentalScreenerConfig.Models config;
    /** The schedule, the endpoint and the screen may train at once; one at a time keeps each window's row single. */
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public ModelTrainer(IbkrClient ibkr, MarketBarRepository bars, ModelStore store, FundamentalScreenerConfig config) {
        this.ibkr = ibkr;
        this.bars = bars;
        this.store = store;
        this.config = config.models();
    }

    /** Trains {@code symbol}'s models on the bars up to {@code session}'s close; returns what was added and what could not be trained. */
    public Trained train(String symbol, LocalDate session) {
        oneAtATime.lock();
        try {
            Map<String, String> untrained = new LinkedHashMap<>();
            List<TrainedModel> models = new ArrayList<>();
            fit(Horizon.DAY, dayCloses(symbol, session), models, untrained);
            fit(Horizon.HOUR, hourCloses(symbol, session), models, untrained);
            int added = store.store(symbol, models);
            Log.debugf("Trained %s as of %s: %d models, %d new, untrained %s", symbol, session, models.size(), added,
                    untrained);
            return new Trained(symbol, models.size(), added, untrained);
        } finally {
            oneAtATime.unlock();
        }
    }

    private void fit(Horizon horizon, List<TimedClose> closes, List<TrainedModel> models, Map<String, String> untrained) {
        ModelTraining.Result result = ModelTraining.train(horizon, closes, config.lags(), config.flatBand());
        models.addAll(result.models());
        result.untrained().forEach((kind, why) -> untrained.put(key(horizon, kind), why));
    }

    /** The last {@code dayWindow} + 1 daily closes up to {@code session}. */
    private List<TimedClose> dayCloses(String symbol, LocalDate session) {
        // About 252 sessions in 365 days: half as many calendar days again as sessions, and two weeks more.
        LocalDate from = session.minusDays(config.dayWindow() * 3L / 2 + 14);
        bars.store(symbol, "1day", within(ibkr.bars(symbol, "1day", from, session), "1day", from, session));
        List<TimedClose> closes = bars.closes(symbol, "1day", startOf(from), ScreenService.closeOf(session));
        return last(closes, config.dayWindow() + 1);
    }

    /** The hours of the last {@code hourSessions} sessions up to {@code session}, from 5-minute bars. */
    private List<TimedClose> hourCloses(String symbol, LocalDate session) {
        LocalDate from = session.minusDays(config.hourSessions() * 3L / 2 + 7);
        for (LocalDate chunk = from; !chunk.isAfter(session); chunk = chunk.plusDays(INTRADAY_CHUNK_DAYS)) {
            LocalDate to = chunk.plusDays(INTRADAY_CHUNK_DAYS - 1);
            LocalDate until = to.isAfter(session) ? session : to;
            bars.store(symbol, "5min", within(ibkr.bars(symbol, "5min", chunk, until), "5min", chunk, until));
        }
        List<TimedClose> hours = HourBars.of(bars.closes(symbol, "5min", startOf(from), ScreenService.closeOf(session)));
        List<LocalDate> sessions = hours.stream().map(h -> h.start().atZone(HourBars.MARKET_ZONE).toLocalDate())
                .distinct().toList();
        if (sessions.size() <= config.hourSessions()) {
            return hours;
        }
        LocalDate first = sessions.get(sessions.size() - config.hourSessions());
        return hours.stream().filter(h -> !h.start().atZone(HourBars.MARKET_ZONE).toLocalDate().isBefore(first)).toList();
    }

    /** The bars of the size and New York dates asked for: anything else an answer holds is not stored. */
    private static List<BarView> within(List<BarView> fetched, String size, LocalDate from, LocalDate to) {
        return fetched.stream().filter(b -> b.start() != null && b.close() != null && b.close().signum() > 0)
                .filter(b -> b.size() == null || size.equals(b.size()))
                .filter(b -> {
                    LocalDate day = b.start().atZone(HourBars.MARKET_ZONE).toLocalDate();
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .toList();
    }

    private static List<TimedClose> last(List<TimedClose> closes, int count) {
        return closes.size() <= count ? closes : closes.subList(closes.size() - count, closes.size());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(HourBars.MARKET_ZONE).toInstant();
    }

    /** How a model is named in reasons and answers: {@code DAY/REGRESSION}. */
    public static String key(Horizon horizon, ModelKind kind) {
        return horizon + "/" + kind;
    }

    /**
     * One symbol's training.
     *
     * @param models    how many models were fitted
     * @param added     how many of them were new rows (the others' windows were trained before)
     * @param untrained why a model could not be fitted, by {@link #key}
     */
    public record Trained(String symbol, int models, int added, Map<String, String> untrained) {
    }
}
