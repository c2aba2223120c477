/**
 * Browser tests' checks of a page: {@link org.maillage.testkit.web.PageCheck} (axe-core's WCAG 2.1 A/AA rules,
 * the contrast axe leaves undecided, the reflow), on a desktop window and at a phone's width.
 *
 * <p>Rules: a serious or critical problem fails the test; every page state a browser test shows is checked
 * (the repository's {@code Browser} does it on each heading read, screenshot and confirmation). Decisions:
 * axe-core comes from npm inside the kit's JAR, injected by WebDriver (not subject to the pages'
 * Content-Security-Policy), so pages ship nothing for it. Where axe cannot decide a contrast (DSFR draws
 * underlines and hover tints as gradient background images), the check composes the background colours of the
 * element and its ancestors and computes the WCAG ratio itself (4.5:1, 3:1 for large text); a background image
 * ({@code url(…)}) is left undecided and counted. Selenium is an optional dependency of the kit: a plugin with
 * browser tests brings its own driver.
 */
package org.maillage.testkit.web;
