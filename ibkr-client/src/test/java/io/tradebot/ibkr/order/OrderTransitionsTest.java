package io.tradebot.ibkr.order;

import static io.tradebot.common.order.OrderStatus.ACCEPTED;
import static io.tradebot.common.order.OrderStatus.CANCELLED;
import static io.tradebot.common.order.OrderStatus.EXPIRED;
import static io.tradebot.common.order.OrderStatus.FILLED;
import static io.tradebot.common.order.OrderStatus.NEW;
import static io.tradebot.common.order.OrderStatus.PARTIALLY_FILLED;
import static io.tradebot.common.order.OrderStatus.REJECTED;
import static io.tradebot.common.order.OrderStatus.SUBMITTED;
import static io.tradebot.common.order.OrderStatus.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.common.order.OrderStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTransitionsTest {

    private static final List<OrderStatus> FORWARD = List.of(NEW, SUBMITTED, ACCEPTED, PARTIALLY_FILLED, FILLED);

    @Test
    void allowsTheHappyPathInOrder() {
        for (int i = 0; i + 1 < FORWARD.size(); i++) {
            assertThat(OrderTransitions.allowed(FORWARD.get(i), FORWARD.get(i + 1))).as(FORWARD.get(i) + " -> " + FORWARD.get(i + 1)).isTrue();
        }
        assertThat(OrderTransitions.allowed(null, NEW)).isTrue();
        assertThat(OrderTransitions.allowed(ACCEPTED, FILLED)).isTrue();
    }

    @Test
    void neverGoesBackwards() {
        for (int from = 1; from < FORWARD.size(); from++) {
            for (int to = 0; to < from; to++) {
                assertThat(OrderTransitions.allowed(FORWARD.get(from), FORWARD.get(to)))
                        .as(FORWARD.get(from) + " -> " + FORWARD.get(to)).isFalse();
            }
        }
        assertThat(OrderTransitions.allowed(UNKNOWN, SUBMITTED)).isFalse();
        assertThat(OrderTransitions.allowed(null, ACCEPTED)).isFalse();
    }

    @Test
    void neverLeavesATerminalState() {
        for (OrderStatus terminal : List.of(FILLED, CANCELLED, REJECTED, EXPIRED)) {
            for (OrderStatus to : OrderStatus.values()) {
                assertThat(OrderTransitions.allowed(terminal, to)).as(terminal + " -> " + to).isFalse();
            }
        }
    }

    @Test
    void letsAPartiallyFilledOrderFillFurtherAndEndAnyWayButRejected() {
        assertThat(OrderTransitions.allowed(PARTIALLY_FILLED, PARTIALLY_FILLED)).isTrue();
        assertThat(OrderTransitions.allowed(PARTIALLY_FILLED, CANCELLED)).isTrue();
        assertThat(OrderTransitions.allowed(PARTIALLY_FILLED, EXPIRED)).isTrue();
        assertThat(OrderTransitions.allowed(PARTIALLY_FILLED, REJECTED)).isFalse();
    }

    @Test
    void resolvesAnUnknownSubmissionToWhatTheBrokerReports() {
        assertThat(OrderTransitions.allowed(SUBMITTED, UNKNOWN)).isTrue();
        for (OrderStatus to : List.of(ACCEPTED, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED, EXPIRED)) {
            assertThat(OrderTransitions.allowed(UNKNOWN, to)).as("UNKNOWN -> " + to).isTrue();
        }
    }

    @Test
    void checkThrowsForAForbiddenTransitionNamingTheOrder() {
        assertThatThrownBy(() -> OrderTransitions.check("abc", FILLED, ACCEPTED))
                .isInstanceOf(OrderTransitions.IllegalOrderTransition.class).hasMessageContaining("abc")
                .hasMessageContaining("FILLED").hasMessageContaining("ACCEPTED");
        assertThatCode(() -> OrderTransitions.check("abc", ACCEPTED, FILLED)).doesNotThrowAnyException();
    }
}
