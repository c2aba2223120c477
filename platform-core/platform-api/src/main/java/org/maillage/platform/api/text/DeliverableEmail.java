package org.maillage.platform.api.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation of an e-mail address by the platform's rule ({@link EmailAddress}): null and blank are valid (use
 * {@code @NotBlank} for a required one), anything else must be deliverable once normalised. Use it rather than
 * {@code jakarta.validation.constraints.Email}, whose grammar refuses internationalised addresses.
 */
@Documented
@Constraint(validatedBy = DeliverableEmail.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeliverableEmail {

    String message() default "doit être une adresse e-mail, par exemple prenom.nom@exemple.fr";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator: {@link EmailAddress#deliverable}. */
    class Check implements ConstraintValidator<DeliverableEmail, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || EmailAddress.deliverable(value);
        }
    }
}
