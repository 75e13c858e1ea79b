/** Liveness and readiness checks beyond the database one Quarkus adds. */
package io.tradebot.ibkr.health;
