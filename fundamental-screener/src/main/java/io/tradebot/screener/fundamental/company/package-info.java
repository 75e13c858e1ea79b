/** Company reference data: the bundled S&P 500 list and how its rows are read. */
package io.tradebot.screener.fundamental.company;
