package io.tradebot.devkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceTokenSignerTest {

    @TempDir
    Path keys;

    @Test
    void signsAnRs256ServiceTokenThatThePublicKeyOfTheSameFolderVerifies() throws Exception {
        SigningKeys.ensure(keys);
        Instant now = Instant.parse("2025-01-02T10:00:00Z");

        String token = ServiceTokenSigner.fromKeysDir(keys).sign("benchmark", now, Duration.ofMinutes(7));

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey(keys.resolve(SigningKeys.PUBLIC_KEY)));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        JsonNode header = json(parts[0]);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        JsonNode claims = json(parts[1]);
        assertThat(claims.get("iss").asText()).isEqualTo("tradebot");
        assertThat(claims.get("upn").asText()).isEqualTo("benchmark");
        assertThat(claims.get("groups")).hasSize(1);
        assertThat(claims.get("groups").get(0).asText()).isEqualTo("service");
        assertThat(claims.get("iat").asLong()).isEqualTo(now.getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(now.getEpochSecond() + 7 * 60);
    }

    private static JsonNode json(String part) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(part));
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
