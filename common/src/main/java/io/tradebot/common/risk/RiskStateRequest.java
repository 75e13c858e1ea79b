package io.tradebot.common.risk;

/**
 * Body of {@code PUT /api/v1/risk/state}.
 *
 * @param state  ACTIVE, REDUCING or HALTED
 * @param reason why, for the audit trail; required
 */
public record RiskStateRequest(String state, String reason) {
}
