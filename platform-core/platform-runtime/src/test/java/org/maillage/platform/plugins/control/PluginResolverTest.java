package org.maillage.platform.plugins.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillage.platform.api.plugin.PluginDescriptor;
import org.maillage.platform.plugins.control.PluginResolver.Outcome;

class PluginResolverTest {

    private static PluginDescriptor plugin(String id) {
        return PluginDescriptor.of(id, id, "1.0.0");
    }

    private static Outcome resolve(PluginDescriptor... descriptors) {
        return PluginResolver.resolve(List.of(descriptors), "0.1.0-SNAPSHOT", Set.of());
    }

    @Test
    void ordersDependenciesFirst() {
        Outcome outcome = resolve(
                plugin("reporting").withDependency("teams", "[1.0,2.0)").withDependency("onboarding", "1.0"),
                plugin("teams"),
                plugin("onboarding").withDependency("teams", "[1.0,)"));
        assertEquals(List.of("teams", "onboarding", "reporting"), outcome.order());
        assertTrue(outcome.failures().isEmpty());
    }

    @Test
    void failsAMissingDependencyAndWhatDependsOnIt() {
        Outcome outcome = resolve(plugin("a").withDependency("absent", "1.0"), plugin("b").withDependency("a", "1.0"), plugin("c"));
        assertEquals(List.of("c"), outcome.order());
        assertEquals("dépend du plugin absent « absent »", outcome.failures().get("a"));
        assertEquals("dépend du plugin en échec « a »", outcome.failures().get("b"));
    }

    @Test
    void failsAVersionOutOfRange() {
        Outcome outcome = resolve(plugin("a").withDependency("b", "[2.0,3.0)"), plugin("b"));
        assertEquals(List.of("b"), outcome.order());
        assertEquals("demande « b » [2.0,3.0), version présente 1.0.0", outcome.failures().get("a"));
    }

    @Test
    void failsAPluginForAnotherPlatform() {
        Outcome outcome = resolve(plugin("a").withPlatformVersions("[1.0,2.0)"));
        assertTrue(outcome.failures().get("a").startsWith("demande la plateforme [1.0,2.0)"), outcome.failures().toString());
    }

    @Test
    void failsACycleAndNamesIt() {
        Outcome outcome = resolve(plugin("a").withDependency("b", "1.0"), plugin("b").withDependency("a", "1.0"),
                plugin("c").withDependency("a", "1.0"), plugin("d"));
        assertEquals(List.of("d"), outcome.order());
        assertEquals("cycle de dépendances : a → b → a", outcome.failures().get("a"));
        assertEquals("cycle de dépendances : b → a → b", outcome.failures().get("b"));
        assertTrue(outcome.failures().containsKey("c"));
    }

    @Test
    void disabledPluginsAreLeftOutAndTheirDependentsFail() {
        Outcome outcome = PluginResolver.resolve(List.of(plugin("a"), plugin("b").withDependency("a", "1.0")), "0.1.0", Set.of("a"));
        assertEquals(List.of(), outcome.order());
        assertEquals(Set.of("a"), outcome.disabled());
        assertEquals("dépend du plugin désactivé « a »", outcome.failures().get("b"));
    }

    @Test
    void failsDuplicatesAndInvalidDescriptors() {
        Outcome outcome = resolve(plugin("a"), plugin("a"), plugin("Bad Id"), plugin("v").withDependency("v", "1.0"));
        assertEquals("identifiant déclaré par plusieurs plugins", outcome.failures().get("a"));
        assertTrue(outcome.failures().get("Bad Id").startsWith("descripteur invalide"));
        assertTrue(outcome.failures().get("v").contains("dépend de lui-même"));
        assertEquals(List.of(), outcome.order());
    }

    @Test
    void ordersAnOptionalDependencyFirstWhenPresent() {
        Outcome outcome = resolve(plugin("alpha").withOptionalDependency("zulu", "[1.0,2.0)"), plugin("zulu"));
        assertEquals(List.of("zulu", "alpha"), outcome.order());
        assertTrue(outcome.failures().isEmpty());
    }

    @Test
    void neverFailsAPluginForAnAbsentDisabledFailedOrOtherVersionOptionalDependency() {
        Outcome absent = resolve(plugin("a").withOptionalDependency("absent", "1.0"), plugin("b").withDependency("a", "1.0"));
        assertEquals(List.of("a", "b"), absent.order());
        assertTrue(absent.failures().isEmpty());

        Outcome disabled = PluginResolver.resolve(List.of(plugin("a").withOptionalDependency("z", "1.0"), plugin("z")), "0.1.0", Set.of("z"));
        assertEquals(List.of("a"), disabled.order());
        assertTrue(disabled.failures().isEmpty());

        Outcome failed = resolve(plugin("a").withOptionalDependency("z", "1.0"), plugin("z").withDependency("absent", "1.0"));
        assertEquals(List.of("a"), failed.order());
        assertEquals(Set.of("z"), failed.failures().keySet());

        Outcome otherVersion = resolve(plugin("a").withOptionalDependency("z", "[2.0,3.0)"), plugin("z"));
        assertEquals(List.of("a", "z"), otherVersion.order(), "out of range: ignored, ties by id");
        assertTrue(otherVersion.failures().isEmpty());
    }

    @Test
    void aCycleThroughAnOptionalDependencyStillFails() {
        Outcome outcome = resolve(plugin("a").withOptionalDependency("b", "1.0"), plugin("b").withDependency("a", "1.0"));
        assertEquals(List.of(), outcome.order());
        assertEquals("cycle de dépendances : a → b → a", outcome.failures().get("a"));
    }

    @Test
    void readsMavenRanges() {
        assertTrue(VersionRange.parse("[1.0,2.0)").contains(Version.parse("1.9.9")));
        assertTrue(!VersionRange.parse("[1.0,2.0)").contains(Version.parse("2.0")));
        assertTrue(VersionRange.parse("(1.0,]").contains(Version.parse("1.0.1")));
        assertTrue(!VersionRange.parse("(1.0,]").contains(Version.parse("1.0.0")));
        assertTrue(VersionRange.parse("[1.2]").contains(Version.parse("1.2.0")));
        assertTrue(VersionRange.parse("0").contains(Version.parse("0.1.0-SNAPSHOT")));
    }
}
