/** Orders as callers place them and as the broker gateway reports them. */
package io.tradebot.common.order;
