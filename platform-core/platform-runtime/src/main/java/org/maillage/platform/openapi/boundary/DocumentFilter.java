package org.maillage.platform.openapi.boundary;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.maillage.platform.openapi.control.OperationIds;
import org.maillage.platform.openapi.control.PathTemplates;
import org.maillage.platform.openapi.control.SchemaRepairs;
import org.maillage.platform.openapi.control.TagMerge;

/**
 * Makes the document Payara builds valid OpenAPI 3.0 (the rules: this package's documentation). Named by
 * {@code mp.openapi.filter} in the runtime's {@code microprofile-config.properties}; Payara creates it itself, once
 * per build of the document, so it holds no state.
 */
public class DocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Paths paths = document.getPaths();
        if (paths != null && paths.getPathItems() != null) {
            paths.getPathItems().forEach(DocumentFilter::declarePathParameters);
            qualifyOperationIds(paths.getPathItems());
            paths.getPathItems().values().forEach(item -> operations(item).forEach(SchemaRepairs::repair));
        }
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            document.getComponents().getSchemas().values().forEach(SchemaRepairs::repair);
        }
        if (document.getTags() != null) {
            document.setTags(TagMerge.merge(document.getTags()));
        }
        document.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("La plateforme qui sert ce document"))));
        emptyPayaraEndpoints(document);
    }

    private static void declarePathParameters(String path, PathItem item) {
        for (Operation operation : operations(item)) {
            for (String name : PathTemplates.names(path)) {
                if (!declared(item.getParameters(), name) && !declared(operation.getParameters(), name)) {
                    operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                            .description(PathTemplates.description(name))
                            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
                }
            }
        }
    }

    private static boolean declared(List<Parameter> parameters, String name) {
        return parameters != null && parameters.stream()
                .anyMatch(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.PATH);
    }

    private static void qualifyOperationIds(Map<String, PathItem> items) {
        List<OperationIds.Operation> found = new ArrayList<>();
        Map<OperationIds.Operation, Operation> models = new HashMap<>();
        items.forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            OperationIds.Operation key = new OperationIds.Operation(path, method.name(), operation.getOperationId());
            found.add(key);
            models.put(key, operation);
        }));
        OperationIds.of(found).forEach((key, id) -> models.get(key).setOperationId(id));
    }

    private static List<Operation> operations(PathItem item) {
        return item.getOperations() == null ? List.of() : new ArrayList<>(item.getOperations().values());
    }

    /**
     * Payara adds a top-level {@code endpoints} map (the paths of each application) that OpenAPI 3.0 does not allow;
     * it writes no empty map. Its model class is Payara's, not the application's: reached by its public setter.
     */
    private static void emptyPayaraEndpoints(OpenAPI document) {
        try {
            Method setter = document.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(document, new TreeMap<String, Object>());
        } catch (NoSuchMethodException e) {
            // another implementation of MicroProfile OpenAPI: it has no such key
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot remove Payara's endpoints from the OpenAPI document", e);
        }
    }
}
