/** What running and testing Tradebot on one machine needs: a database, signing keys, shared test resources and an ibkr-client stand-in. */
package io.tradebot.devkit;
