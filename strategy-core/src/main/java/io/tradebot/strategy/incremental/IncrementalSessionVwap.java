package io.tradebot.strategy.incremental;

/**
 * VWAP anchored at each session's first bar, one bar at a time: Σ typical price × volume ÷ Σ volume over the
 * session so far, typical price (high + low + close) / 3, as {@code SessionVwap}. NaN while the session has traded
 * no volume.
 */
public final class IncrementalSessionVwap {

    private double priceVolume;
    private double volume;

    /** Takes the next bar; {@code startsSession} for the first bar of a session (and of the data). */
    public double update(boolean startsSession, double high, double low, double close, double barVolume) {
        double typical = (high + low + close) / 3;
        double barPriceVolume = typical * barVolume;
        if (startsSession) {
            priceVolume = barPriceVolume;
            volume = barVolume;
        } else {
            priceVolume += barPriceVolume;
            volume += barVolume;
        }
        return value();
    }

    public double value() {
        return volume == 0 ? Double.NaN : priceVolume / volume;
    }
}
