/** Shared contracts of Tradebot: the types every service speaks, and nothing that runs by itself. */
package io.tradebot.common;
