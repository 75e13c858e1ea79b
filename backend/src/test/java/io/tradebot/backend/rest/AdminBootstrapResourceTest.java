package io.tradebot.backend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tradebot.backend.repository.AppUserRepository;
import io.tradebot.backend.service.AdminBootstrap;
import io.tradebot.backend.user.Passwords;
import io.tradebot.common.security.Roles;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_backend"))
class AdminBootstrapResourceTest {

    /** As configured in the test profile of application.properties. */
    private static final String CONFIGURED_PASSWORD = "test-admin-password-1";

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    AppUserRepository users;

    @AfterEach
    void restoreTheConfiguredAdmin() {
        QuarkusTransaction.requiringNew().run(() -> users.delete("username", AdminBootstrap.ADMIN));
        bootstrap.ensureAdmin();
    }

    private long admins() {
        return QuarkusTransaction.requiringNew().call(() -> users.count("username", AdminBootstrap.ADMIN));
    }

    private static void logsIn(String password) {
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", password))
                .post("/api/auth/login")
                .then().statusCode(200).body("role", equalTo(Roles.ADMIN));
    }

    @Test
    void createsTheAdminWithTheConfiguredPasswordAtStartup() {
        assertThat(admins()).isEqualTo(1);
        logsIn(CONFIGURED_PASSWORD);
    }

    @Test
    void doesNothingWhenUsersExist() {
        bootstrap.ensureAdmin();
        bootstrap.ensureAdmin(Optional.empty(), Path.of("target", "must-not-exist", "admin-password.txt"));

        assertThat(admins()).isEqualTo(1);
        assertThat(Path.of("target", "must-not-exist")).doesNotExist();
        logsIn(CONFIGURED_PASSWORD);
    }

    @Test
    void losingTheRaceToCreateTheAdminIsHarmless() {
        boolean created = bootstrap.createUser(AdminBootstrap.ADMIN, Passwords.hash("other"), Roles.ADMIN);

        assertThat(created).isFalse();
        assertThat(admins()).isEqualTo(1);
        logsIn(CONFIGURED_PASSWORD);
    }

    @Test
    void writesAGeneratedPasswordToAnOwnerOnlyFileWhenNoneIsConfigured() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> users.deleteAll());
        Path file = Files.createTempDirectory(Path.of("target"), "bootstrap").resolve("run/admin-password.txt");

        bootstrap.ensureAdmin(Optional.of("  "), file);

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9_-]+");
        logsIn(password);
    }
}
