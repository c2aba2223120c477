package org.maillage.testkit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.maillage.platform.tenancy.control.CurrentTenant;

/** Binds the cooperation of {@link InTenant}'s work; package-private, so that the kit's public classes never name the runtime. */
@Dependent
class TenantBinding {

    @Inject
    CurrentTenant tenant;

    void bind(String slug) {
        tenant.unbind();
        tenant.bind(slug);
    }

    void unbind() {
        tenant.unbind();
    }
}
