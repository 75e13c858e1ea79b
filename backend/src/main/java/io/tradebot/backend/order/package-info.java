/** Orders as ibkr-client recorded them in MySQL; the backend only reads them. */
package io.tradebot.backend.order;
