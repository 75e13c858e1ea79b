package io.tradebot.devkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * An RS256 JWT signed with the private key of a {@link SigningKeys} folder, with the claims the services
 * check (issuer {@code tradebot}, {@code upn}, {@code groups}), for tools and tests that run outside a
 * Quarkus application: the system tests and the benchmarks calling a service as a {@code service} would.
 */
public final class TestJwt {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private TestJwt() {
    }

    /** A token for {@code upn} in {@code group}, valid for {@code lifetime} from now. */
    public static String sign(Path keysDir, String upn, String group, Duration lifetime) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"tradebot\",\"sub\":\"" + upn + "\",\"upn\":\"" + upn + "\",\"groups\":[\"" + group
                + "\"],\"iat\":" + now.getEpochSecond() + ",\"exp\":" + now.plus(lifetime).getEpochSecond() + "}";
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey(keysDir.resolve(SigningKeys.PRIVATE_KEY)));
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token with " + keysDir, e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey privateKey(Path pem) throws GeneralSecurityException {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
