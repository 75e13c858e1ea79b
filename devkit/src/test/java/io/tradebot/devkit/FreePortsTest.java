package io.tradebot.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void handsOutDistinctBindablePortsOutsideTheKernelsEphemeralRange() throws Exception {
        FreePorts.Range ephemeral = FreePorts.ephemeralRange();
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.next();
            assertThat(port).isBetween(1024, 65535);
            assertThat(port < ephemeral.low() || port > ephemeral.high())
                    .as("port %d against the ephemeral range %s", port, ephemeral).isTrue();
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            }
            ports.add(port);
        }
        assertThat(ports).hasSize(50);
    }

    @Test
    void picksBelowTheEphemeralRangeWhenThereIsRoomAndAboveItOtherwise() {
        assertThat(FreePorts.range(new FreePorts.Range(32768, 60999))).isEqualTo(new FreePorts.Range(FreePorts.LOWEST, 32767));
        assertThat(FreePorts.range(new FreePorts.Range(10000, 50000))).isEqualTo(new FreePorts.Range(50001, 65535));
    }

    @Test
    void refusesWhenTheEphemeralRangeLeavesNoRoom() {
        assertThatThrownBy(() -> FreePorts.range(new FreePorts.Range(1024, 65000)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1024-65000");
    }
}
