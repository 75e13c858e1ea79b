/** The trading account and its positions. */
package io.tradebot.common.account;
