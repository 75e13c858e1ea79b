package io.tradebot.strategy.fundamental.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferencePriceTest {

    @Test
    void readsTheScreenersCloseExactly() {
        assertThat(ReferencePrice.fromReasons("{\"close\":123.456789,\"previousClose\":100}"))
                .hasValueSatisfying(price -> assertThat(price).isEqualByComparingTo("123.456789"));
    }

    @Test
    void hasNoPriceWhenCloseIsMissingMalformedOrNotPositive() {
        assertThat(ReferencePrice.fromReasons("{\"previousClose\":100}")).isEmpty();
        assertThat(ReferencePrice.fromReasons("{\"close\":\"abc\"}")).isEmpty();
        assertThat(ReferencePrice.fromReasons("{\"close\":0}")).isEmpty();
        assertThat(ReferencePrice.fromReasons("not json")).isEmpty();
        assertThat(ReferencePrice.fromReasons(null)).isEmpty();
    }
}
