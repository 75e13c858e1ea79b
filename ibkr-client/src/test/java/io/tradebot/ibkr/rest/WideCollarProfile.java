package io.tradebot.ibkr.rest;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The order-type tests place limit and stop prices far from the market on purpose (a BUY LIMIT at $1
 * that must keep working, a price taken from a bar days ahead); the 10% price collar would reject them.
 * Every other rule stays as in the {@code test} profile; the collar itself is tested with its default
 * in {@code RiskRulesResourceTest}.
 */
public class WideCollarProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tradebot.ibkr.risk.price-collar-pct", "10000000");
    }
}
