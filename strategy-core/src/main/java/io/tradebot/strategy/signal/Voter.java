package io.tradebot.strategy.signal;

/** A rule over one symbol's history that votes at every bar; NONE while its indicators warm up. */
@FunctionalInterface
interface Voter {

    Vote vote(int index);
}
