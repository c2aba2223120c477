package org.maillage.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plugin guide (docs/plugin-guide.md) names every public type of {@code platform-api} and of the test kit in
 * its reference: a type added without a word for plugin authors fails the build.
 */
class PluginGuideTest {

    private static final Path GUIDE = Path.of(System.getProperty("maillage.root", "../.."), "docs", "plugin-guide.md");

    @Test
    void theGuideNamesEveryPublicTypeOfTheApiAndTheKit() throws IOException {
        String guide = Files.readString(GUIDE);
        List<String> missing = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maillage.platform.api", "org.maillage.testkit").stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .map(JavaClass::getSimpleName)
                .filter(name -> !Pattern.compile("\\b" + name + "\\b").matcher(guide).find())
                .sorted().toList();
        assertEquals(List.of(), missing, "public types that " + GUIDE + " does not name");
    }
}
