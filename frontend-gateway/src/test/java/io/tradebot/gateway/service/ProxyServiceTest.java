package io.tradebot.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ProxyServiceTest {

    @Test
    void canonicalisesThePathTheWayTheBackendWillRouteIt() {
        assertThat(ProxyService.canonicalPath("/api//auth/%6Cogin/")).isEqualTo("/api/auth/login");
        assertThat(ProxyService.canonicalPath("/API/Auth/Login")).isEqualTo("/api/auth/login");
        assertThat(ProxyService.canonicalPath("/api/orders")).isEqualTo("/api/orders");
    }

    @Test
    void refusesDotSegmentsEvenWhenEncoded() {
        assertThatThrownBy(() -> ProxyService.canonicalPath("/api/../q/metrics"))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ProxyService.canonicalPath("/api/%2E%2e/q/metrics"))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ProxyService.canonicalPath("/api/.%5C..")).isInstanceOf(ProblemException.class);
    }

    @Test
    void refusesMalformedPercentEscapes() {
        assertThatThrownBy(() -> ProxyService.canonicalPath("/api/%zz")).isInstanceOf(ProblemException.class);
    }
}
