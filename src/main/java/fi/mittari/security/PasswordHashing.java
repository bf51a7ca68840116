package fi.mittari.security;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt: slow and salted, so a leaked table of hashes does not give away passwords. */
@Singleton
public class PasswordHashing {

    private final BCryptPasswordEncoder encoder;
    /** Checked against when the username is unknown, so a wrong username takes as long as a wrong password. */
    private final String decoy;

    PasswordHashing(PasswordHashingSetting setting) {
        this.encoder = new BCryptPasswordEncoder(setting.bcryptStrength());
        this.decoy = encoder.encode("decoy-password-for-timing");
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    public void spendTheTimeOfACheck(String password) {
        encoder.matches(password, decoy);
    }
}
