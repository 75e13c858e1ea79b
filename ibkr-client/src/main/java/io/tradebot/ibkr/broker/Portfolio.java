package io.tradebot.ibkr.broker;

import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import java.util.List;

/** The account summary and the positions it sums, valued at the same instant from one reading. */
public record Portfolio(AccountView account, List<PositionView> positions) {
}
