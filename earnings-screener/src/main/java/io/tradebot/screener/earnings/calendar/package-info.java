/** NASDAQ's earnings calendar: one page per date, its value formats, and what makes a page broken. Plain Java. */
package io.tradebot.screener.earnings.calendar;
