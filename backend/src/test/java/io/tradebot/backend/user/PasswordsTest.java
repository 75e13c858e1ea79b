package io.tradebot.backend.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void generatesLongUrlSafePasswordsThatDiffer() {
        var generated = IntStream.range(0, 50).mapToObj(i -> Passwords.generate()).toList();

        assertThat(generated).allSatisfy(p -> assertThat(p).hasSize(32).matches("[A-Za-z0-9_-]+"));
        assertThat(generated).doesNotHaveDuplicates();
    }

    @Test
    void hashesWithBcryptAtCostTwelveAndMatchesOnlyTheRightPassword() {
        String hash = Passwords.hash("s3cret-Pass");

        assertThat(hash).startsWith("$2a$12$");
        assertThat(Passwords.matches("s3cret-Pass", hash)).isTrue();
        assertThat(Passwords.matches("s3cret-pass", hash)).isFalse();
    }
}
