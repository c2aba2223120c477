package org.maillage.platform.openapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.platform.openapi.control.OperationIds.Operation;

class OperationIdsTest {

    @Test
    void theAreaAndTheFixedSegmentsQualifyTheMethodsName() {
        assertEquals("onboarding_volunteers_steps_record",
                OperationIds.id(new Operation("/api/tenants/{tenant}/onboarding/volunteers/{id}/steps/{stepId}", "POST", "record")));
        assertEquals("onboarding_imports_errorsCsv_problemsCsv",
                OperationIds.id(new Operation("/api/tenants/{tenant}/onboarding/imports/{id}/errors.csv", "GET", "problemsCsv")));
        assertEquals("me", OperationIds.id(new Operation("/api/me", "GET", "me")));
        assertEquals("tenants_get", OperationIds.id(new Operation("/api/tenants/{slug}", "GET", "get")));
        assertEquals("sample_notes_get", OperationIds.id(new Operation("/api/tenants/{tenant}/sample/notes", "GET", null)));
    }

    @Test
    void idsLeftEqualGetTheNetworkPrefixOutsideACooperationThenANumber() {
        Operation cooperation = new Operation("/api/tenants/{tenant}/experience/fiches/{id}", "GET", "get");
        Operation network = new Operation("/api/experience/fiches/{id}", "GET", "get");
        Operation first = new Operation("/api/tenants/{tenant}/teams/{id}", "GET", "read");
        Operation second = new Operation("/api/tenants/{tenant}/teams/{id}/{other}", "GET", "read");
        Map<Operation, String> ids = OperationIds.of(List.of(cooperation, network, first, second));
        assertEquals("experience_fiches_get", ids.get(cooperation));
        assertEquals("network_experience_fiches_get", ids.get(network));
        assertEquals("teams_read", ids.get(first));
        assertEquals("teams_read_2", ids.get(second));
        assertEquals(4, Map.copyOf(ids).values().stream().distinct().count());
    }
}
