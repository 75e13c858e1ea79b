package io.tradebot.devkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs a bearer token with the claims a service's {@code ServiceTokens} puts in its own (issuer
 * {@code tradebot}, group {@code service}), RS256 with the private key the services' keys folder holds,
 * using the JDK and Jackson alone, for tools and tests outside a Quarkus application (the benchmarks, the
 * system tests) that call a service as a service would.
 */
public final class ServiceTokenSigner {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey key;

    public ServiceTokenSigner(PrivateKey key) {
        this.key = key;
    }

    /** Reads {@code private-key.pem} (PKCS#8) from the keys folder {@code ./tradebot up} generates. */
    public static ServiceTokenSigner fromKeysDir(Path keysDir) throws IOException, GeneralSecurityException {
        String pem = Files.readString(keysDir.resolve("private-key.pem"));
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(body);
        return new ServiceTokenSigner(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
    }

    /** A token for {@code subject} in group {@code service}, valid from {@code now} for {@code lifetime}. */
    public String sign(String subject, Instant now, Duration lifetime) {
        Map<String, Object> header = Map.of("alg", "RS256", "typ", "JWT");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "tradebot");
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of("service"));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        String signed = part(header) + "." + part(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a service token", e);
        }
    }

    private static String part(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
