/** What the API does: reads request parameters, asks the broker port, shapes the answers. */
package io.tradebot.ibkr.service;
