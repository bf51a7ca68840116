package fi.mittari.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Signs and verifies login tokens with HMAC-SHA256 and nothing else. Micronaut's own secret signature accepts any
 * HMAC algorithm a token names (HS384, HS512); a token here must say HS256, as every token Mittari issues does.
 * Named "generator" because that is the signature Micronaut's token generator signs with.
 */
@Singleton
@Named("generator")
class Hs256Signature implements SignatureGeneratorConfiguration {

    private final MACSigner signer;
    private final MACVerifier verifier;

    Hs256Signature(SigningKey key) throws JOSEException {
        this.signer = new MACSigner(key.bytes());
        this.verifier = new MACVerifier(key.bytes());
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the HS256 algorithm is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        token.sign(signer);
        return token;
    }

    @Override
    public boolean verify(SignedJWT token) throws JOSEException {
        return supports(token.getHeader().getAlgorithm()) && token.verify(verifier);
    }
}
