/** Money, prices and quantities as value records over {@code BigDecimal} that reject bad values when built. */
package io.tradebot.common.money;
