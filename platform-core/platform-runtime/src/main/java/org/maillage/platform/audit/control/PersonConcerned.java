package org.maillage.platform.audit.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The person the current request concerns, as the audit will name them: only by {@link PersonHash}.
 * An endpoint that acts on one person's data says who with {@link #is}; the audit filter reads it.
 */
@RequestScoped
public class PersonConcerned {

    @Inject
    PersonHash hash;

    private String hashed;

    /** Records that the request concerns the person with this identifier (an e-mail address); keeps its hash only. */
    public void is(String identifier) {
        hashed = hash.of(identifier);
    }

    public Optional<String> hash() {
        return Optional.ofNullable(hashed);
    }
}
