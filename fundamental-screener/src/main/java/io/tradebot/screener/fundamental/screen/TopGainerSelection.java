package io.tradebot.screener.fundamental.screen;

import io.tradebot.common.market.TopGainerView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pipeline's first stage on a top-gainers scan: rows with a real gain, a last close of at least the
 * minimum price and enough volume, biggest gain first (ties by symbol), one per symbol. The price and volume filters are applied again here so a scanner that ignores them cannot leak a
 * penny stock into the watchlist. Rows with missing numbers are dropped: corrupt data is worse than none.
 */
public final class TopGainerSelection {

    private static final Comparator<TopGainerView> BIGGEST_GAIN_FIRST = Comparator
            .comparing(TopGainerView::changePct).reversed()
            .thenComparing(TopGainerView::symbol);

    private TopGainerSelection() {
    }

    /**
     * The pipeline's first stage: rows of {@code session} with a real gain, a close of at least
     * {@code minPrice} and at least {@code minVolume} shares, biggest gain first, one per symbol.
     */
    public static List<TopGainerView> passing(List<TopGainerView> scanned, LocalDate session, BigDecimal minPrice,
            long minVolume) {
        Set<String> symbols = new HashSet<>();
        return scanned.stream()
                .filter(TopGainerSelection::isComplete)
                .filter(g -> session.equals(g.date()))
                .filter(g -> g.changePct().signum() > 0)
                .filter(g -> g.close().compareTo(minPrice) >= 0)
                .filter(g -> g.volume() >= minVolume)
                .sorted(BIGGEST_GAIN_FIRST)
                .filter(g -> symbols.add(g.symbol()))
                .toList();
    }

    private static boolean isComplete(TopGainerView gainer) {
        return gainer != null && gainer.symbol() != null && !gainer.symbol().isBlank()
                && gainer.changePct() != null && gainer.close() != null && gainer.close().signum() > 0
                && gainer.previousClose() != null && gainer.previousClose().signum() > 0;
    }
}
