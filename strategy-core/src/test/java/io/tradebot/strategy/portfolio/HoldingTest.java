package io.tradebot.strategy.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HoldingTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void buyingFromFlatCostsThePricePlusTheCommissionPerShare() {
        Holding held = Holding.FLAT.trade(d("100"), d("50"), d("1"));
        assertThat(held.quantity()).isEqualByComparingTo("100");
        assertThat(held.avgCost()).isEqualByComparingTo("50.01");
        assertThat(held.realizedPnl()).isEqualByComparingTo("0");
    }

    @Test
    void addingAveragesTheCostByQuantity() {
        Holding held = Holding.FLAT.trade(d("100"), d("50"), d("0")).trade(d("300"), d("60"), d("0"));
        assertThat(held.quantity()).isEqualByComparingTo("400");
        assertThat(held.avgCost()).isEqualByComparingTo("57.5");
    }

    @Test
    void sellingPartRealizesProfitNetOfCommissionAndKeepsTheCost() {
        Holding held = Holding.FLAT.trade(d("100"), d("50"), d("0")).trade(d("-40"), d("55"), d("1"));
        assertThat(held.quantity()).isEqualByComparingTo("60");
        assertThat(held.avgCost()).isEqualByComparingTo("50");
        assertThat(held.realizedPnl()).isEqualByComparingTo("199"); // 40 x 5 - 1
    }

    @Test
    void sellingEverythingLeavesAFlatHoldingWithTheRealizedProfit() {
        Holding held = Holding.FLAT.trade(d("10"), d("20"), d("1")).trade(d("-10"), d("18"), d("1"));
        assertThat(held.quantity()).isEqualByComparingTo("0");
        assertThat(held.realizedPnl()).isEqualByComparingTo("-22"); // (18 - 20.1) x 10 - 1
    }

    @Test
    void sellingMoreThanHeldGoesShortAtTheTradePrice() {
        Holding held = Holding.FLAT.trade(d("10"), d("20"), d("0")).trade(d("-30"), d("25"), d("3"));
        assertThat(held.quantity()).isEqualByComparingTo("-20");
        assertThat(held.realizedPnl()).isEqualByComparingTo("49"); // 10 x 5 - 1 (a third of the commission)
        assertThat(held.avgCost()).isEqualByComparingTo("24.9"); // 25 - 2/20
    }

    @Test
    void coveringAShortRealizesTheFallInPrice() {
        Holding held = Holding.FLAT.trade(d("-10"), d("30"), d("0")).trade(d("10"), d("26"), d("1"));
        assertThat(held.quantity()).isEqualByComparingTo("0");
        assertThat(held.realizedPnl()).isEqualByComparingTo("39"); // 10 x 4 - 1
    }

    @Test
    void unrealizedProfitOfAShortRisesWhenThePriceFalls() {
        Holding held = Holding.FLAT.trade(d("-10"), d("30"), d("0"));
        assertThat(held.unrealizedPnl(d("28"))).isEqualByComparingTo("20");
    }

    @Test
    void cashPlusValueEqualsRealizedPlusUnrealizedProfit() {
        BigDecimal cash = d("1000");
        Holding held = Holding.FLAT.trade(d("10"), d("20"), d("1"));
        cash = cash.subtract(d("201"));
        held = held.trade(d("-4"), d("22"), d("1"));
        cash = cash.add(d("87"));
        BigDecimal equity = cash.add(held.quantity().multiply(d("21")));
        assertThat(equity.subtract(d("1000"))).isEqualByComparingTo(held.realizedPnl().add(held.unrealizedPnl(d("21"))));
    }
}
