package io.tradebot.devkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void generatesAMatchingRsaPairWithAnOwnerOnlyPrivateKey() throws Exception {
        SigningKeys.ensure(dir);

        RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(der(dir.resolve(SigningKeys.PRIVATE_KEY))));
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(der(dir.resolve(SigningKeys.PUBLIC_KEY))));
        assertThat(publicKey.getModulus().bitLength()).isEqualTo(2048);

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update("order".getBytes());
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update("order".getBytes());
        assertThat(verifier.verify(signature)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(SigningKeys.PRIVATE_KEY))))
                .isEqualTo("rw-------");
    }

    @Test
    void keepsAnExistingPairSoIssuedTokensStayValid() throws Exception {
        SigningKeys.ensure(dir);
        String before = Files.readString(dir.resolve(SigningKeys.PUBLIC_KEY));

        SigningKeys.ensure(dir);

        assertThat(Files.readString(dir.resolve(SigningKeys.PUBLIC_KEY))).isEqualTo(before);
    }

    private static byte[] der(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
