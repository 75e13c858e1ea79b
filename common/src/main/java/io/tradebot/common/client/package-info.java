/** REST client interfaces through which services reach each other. */
package io.tradebot.common.client;
