package org.maillage.platform.api.personaldata;

import java.util.Locale;
import java.util.Objects;

/**
 * The person whose data is exported or erased, named by e-mail address (the one identifier that every
 * module shares). The address is normalised: trimmed and lower case.
 */
public record Person(String email) {

    public Person {
        Objects.requireNonNull(email, "email");
        email = email.trim().toLowerCase(Locale.ROOT);
    }
}
