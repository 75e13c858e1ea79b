package io.tradebot.benchmarks.orders;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * What one phase measured.
 *
 * @param phase            e.g. "fixed-rate 200/s"
 * @param scheduled        orders the phase meant to send (the fixed-rate schedule), or the number sent (closed loop)
 * @param sent             requests that left
 * @param accepted         201 answers whose order is not REJECTED
 * @param rejected         201 answers whose order risk REJECTED
 * @param errors           everything else: other HTTP statuses, timeouts, connection failures
 * @param unsent           scheduled orders never sent because the service fell too far behind
 * @param seconds          from the phase's start to its last answer
 * @param acceptedPerSecond accepted / seconds
 * @param outcomes         count per outcome label ("201 ACCEPTED", "201 REJECTED ORDER_RATE", "HTTP 500", ...)
 * @param samples          for every label but plain acceptance, the first reason or error text seen
 * @param latencies        intended-time latency (fixed rate only) and service time
 * @param timings          every request of a fixed-rate phase as it went (empty for the closed loop); not in the JSON
 */
public record PhaseResult(String phase, long scheduled, long sent, long accepted, long rejected, long errors, long unsent,
        double seconds, double acceptedPerSecond, Map<String, Long> outcomes, Map<String, String> samples,
        List<LatencySummary> latencies, @JsonIgnore List<RequestTiming> timings) {
}
