package io.tradebot.strategy.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.strategy.risk.IntentSide;
import io.tradebot.strategy.risk.IntentType;
import io.tradebot.strategy.risk.OrderIntent;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TradeIntentTest {

    private static final Instant BAR = Instant.parse("2011-03-01T15:31:00Z");

    @Test
    void theIdNamesStrategySymbolBarStartInUtcAndAction() {
        assertThat(TradeIntent.idOf("macd-vwap", "SPY", BAR, IntentAction.ENTER_SHORT))
                .isEqualTo("macd-vwap:SPY:20110301T153100Z:ENTER_SHORT");
    }

    @Test
    void theLongestIdStillLeavesRoomForTheBracketSuffixes() {
        String id = TradeIntent.idOf("rsi-mean-reversion", "ABCDEFGHIJ", BAR, IntentAction.ENTER_SHORT);

        assertThat(id).hasSize(58);
        assertThat(intent(id, "rsi-mean-reversion", IntentAction.ENTER_SHORT, new Bracket(bd("110"), bd("90"))))
                .isNotNull();
    }

    @Test
    void refusesAnIdThatIsNotTheDeterministicOne() {
        assertThatThrownBy(() -> intent("retry-2", "ma-crossover", IntentAction.ENTER_LONG, null))
                .hasMessageContaining("id must be ma-crossover:ABCDEFGHIJ:20110301T153100Z:ENTER_LONG");
    }

    @Test
    void refusesABracketOnTheWrongSideOrOnAnExit() {
        String enter = TradeIntent.idOf("ma-crossover", "ABCDEFGHIJ", BAR, IntentAction.ENTER_LONG);
        String exit = TradeIntent.idOf("ma-crossover", "ABCDEFGHIJ", BAR, IntentAction.EXIT_LONG);

        assertThatThrownBy(() -> intent(enter, "ma-crossover", IntentAction.ENTER_LONG, new Bracket(bd("110"), bd("90"))))
                .hasMessageContaining("a long's stopLoss lies below its takeProfit");
        assertThatThrownBy(() -> intent(exit, "ma-crossover", IntentAction.EXIT_LONG, new Bracket(bd("90"), bd("110"))))
                .hasMessageContaining("only an entry carries a bracket");
    }

    @Test
    void refusesFractionalOrMissingPrices() {
        String id = TradeIntent.idOf("s", "X", BAR, IntentAction.EXIT_LONG);

        assertThatThrownBy(() -> new TradeIntent(id, "s", "X", BAR, IntentAction.EXIT_LONG, IntentType.MARKET,
                bd("1.5"), null, null, null, "r")).hasMessageContaining("whole number of shares");
        assertThatThrownBy(() -> new TradeIntent(id, "s", "X", BAR, IntentAction.EXIT_LONG, IntentType.LIMIT,
                bd("1"), null, null, null, "r")).hasMessageContaining("LIMIT needs exactly its prices");
        assertThat(new TradeIntent(id, "s", "X", BAR, IntentAction.EXIT_LONG, IntentType.STOP, bd("3"), null, bd("9"),
                null, "r").stopPrice()).isEqualByComparingTo("9");
    }

    @Test
    void becomesTheOrderThePreTradeRulesJudge() {
        String id = TradeIntent.idOf("s", "X", BAR, IntentAction.EXIT_LONG);
        TradeIntent intent = new TradeIntent(id, "s", "X", BAR, IntentAction.EXIT_LONG, IntentType.MARKET, bd("7"),
                null, null, null, "r");

        assertThat(intent.toOrderIntent()).isEqualTo(new OrderIntent("s", "X", IntentSide.SELL, IntentType.MARKET,
                bd("7"), null));
        assertThat(intent.signedQuantity()).isEqualByComparingTo("-7");
    }

    @Test
    void entryRulesSizeAndBracketByHand() {
        // 10% of 100,000 at 67.8542 = 147.37 -> 147 shares; 67.8542 x 0.98 = 66.497116 -> 66.50; x 1.05 = 71.24691 -> 71.25.
        assertThat(EntryRules.DEFAULTS.shares(bd("100000"), bd("67.8542"))).isEqualByComparingTo("147");
        assertThat(EntryRules.DEFAULTS.bracket(true, bd("67.8542")))
                .isEqualTo(new Bracket(bd("66.50"), bd("71.25")));
        // A short mirrors: 67.8542 x 1.02 = 69.211284 -> 69.21; x 0.95 = 64.46149 -> 64.46. Below $1 the tick is $0.0001.
        assertThat(EntryRules.DEFAULTS.bracket(false, bd("67.8542")))
                .isEqualTo(new Bracket(bd("69.21"), bd("64.46")));
        assertThat(EntryRules.DEFAULTS.bracket(true, bd("0.8137")))
                .isEqualTo(new Bracket(bd("0.7974"), bd("0.8544")));
        assertThat(EntryRules.DEFAULTS.shares(bd("500"), bd("67.8542"))).isEqualByComparingTo("0");
    }

    private static TradeIntent intent(String id, String strategy, IntentAction action, Bracket bracket) {
        return new TradeIntent(id, strategy, "ABCDEFGHIJ", BAR, action, IntentType.MARKET, bd("10"), null, null,
                bracket, "test");
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
