package io.tradebot.screener.earnings.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.ServiceHealthContract;
import io.tradebot.devkit.TradebotTestResource;

@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerearnings"))
@WithTestResource(value = CalendarDirResource.class, scope = TestResourceScope.GLOBAL)
class ServiceHealthResourceTest extends ServiceHealthContract {
}
