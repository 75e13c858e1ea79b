/** What running and testing Tradebot on one machine needs: a database, signing keys, a shared test resource. */
package io.tradebot.devkit;
