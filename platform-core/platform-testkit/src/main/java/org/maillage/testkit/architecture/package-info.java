/**
 * The architecture rules of a Maillage plugin, for ArchUnit: {@link org.maillage.testkit.architecture.PluginRules}.
 *
 * <p>Rules: a plugin depends on {@code platform-api}, the JDK, the Jakarta EE and MicroProfile APIs and
 * the {@code api} packages of the plugins it declares, nothing else; within the plugin an entity
 * depends on no control or boundary, a control on no boundary, a boundary never touches the
 * {@code EntityManager}; its packages have no cycles.
 *
 * <p>Decisions: the rules ship in the test kit so that a plugin built anywhere runs the very rules of
 * this repository's plugins, with a few lines. The classpath already keeps the runtime out (plugins get
 * {@code platform-api} and this kit, whose public classes speak {@code platform-api} only); the rules
 * catch what a classpath cannot: another plugin's insides when its JAR is at hand, the API of a plugin
 * the descriptor does not declare, a third-party library, layers and cycles.
 */
package org.maillage.testkit.architecture;
