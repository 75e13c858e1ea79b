package io.tradebot.ibkr.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BrokerModeTest {

    @Test
    void acceptsSimInAnyCase() {
        assertThat(BrokerMode.parse("SIM")).isEqualTo(BrokerMode.SIM);
        assertThat(BrokerMode.parse(" sim ")).isEqualTo(BrokerMode.SIM);
    }

    @Test
    void refusesAModeThisBuildDoesNotHaveWithAClearMessage() {
        assertThatThrownBy(() -> BrokerMode.parse("live"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("tradebot.ibkr.mode='live' is not supported; this build offers: sim");
    }
}
