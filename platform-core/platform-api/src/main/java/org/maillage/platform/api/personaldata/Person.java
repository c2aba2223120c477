package org.maillage.platform.api.personaldata;

import java.util.Objects;
import org.maillage.platform.api.text.EmailAddress;

/**
 * The person whose data is exported or erased, named by e-mail address (the one identifier that every
 * module shares). The address is normalised by the platform's rule ({@link EmailAddress#normalised}: trimmed,
 * NFC, lower case), so every module matches it the same way.
 */
public record Person(String email) {

    public Person {
        Objects.requireNonNull(email, "email");
        email = EmailAddress.normalised(email);
    }
}
