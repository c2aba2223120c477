// Offline check of the manifests of this folder, run by the build (deployment/pom.xml):
//  1. every document against the Kubernetes API's schema of its kind (the npm package kubernetes-models, generated
//     from the Kubernetes OpenAPI: types, required fields, enumerations; like the API server's own validation, it
//     does not refuse unknown fields);
//  2. the platform's rules: probes on MicroProfile Health, resources set, selectors and references that meet.
// Then every manifest of broken/ (named <file it replaces>--<what is wrong>.yaml) must be refused: a check that
// would let one of them through fails the build.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));

async function schemaErrors(doc) {
  const { apiVersion, kind } = doc;
  if (typeof apiVersion !== "string" || typeof kind !== "string") return ["no apiVersion or kind"];
  let model;
  try {
    model = (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind];
  } catch {
    return [`unknown kind ${kind} in ${apiVersion}`];
  }
  try {
    new model(doc).validate();
    return [];
  } catch (e) {
    return [e.message];
  }
}

function matches(selector, labels) {
  return Object.entries(selector ?? {}).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

function ruleErrors(docs) {
  const errors = [];
  const of = kind => docs.filter(d => d.doc.kind === kind);
  const deployments = of("Deployment"), services = of("Service"), configMaps = of("ConfigMap");
  if (deployments.length !== 1) errors.push(`one Deployment expected, found ${deployments.length}`);
  for (const { doc, file } of deployments) {
    const pod = doc.spec?.template;
    if (!matches(doc.spec?.selector?.matchLabels, pod?.metadata?.labels)) errors.push(`${file}: the selector does not select the pod template`);
    if ((doc.spec?.replicas ?? 1) < 2) errors.push(`${file}: at least 2 replicas (one instance is one point of failure)`);
    for (const c of pod?.spec?.containers ?? []) {
      const where = `${file}: container ${c.name}`;
      if (c.readinessProbe?.httpGet?.path !== "/health/ready") errors.push(`${where}: readinessProbe must GET /health/ready`);
      if (c.livenessProbe?.httpGet?.path !== "/health/live") errors.push(`${where}: livenessProbe must GET /health/live`);
      if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory || !c.resources?.limits?.memory) {
        errors.push(`${where}: resources.requests.cpu, requests.memory and limits.memory are required`);
      }
      for (const ref of c.envFrom ?? []) {
        const name = ref.configMapRef?.name;
        if (name && !ref.configMapRef.optional && !configMaps.some(m => m.doc.metadata?.name === name)) {
          errors.push(`${where}: envFrom names the ConfigMap ${name}, which is not among the manifests`);
        }
      }
      for (const e of c.env ?? []) {
        if (e.value !== undefined && /PASSWORD|SECRET|KEY/.test(e.name)) errors.push(`${where}: ${e.name} in clear, use a secretKeyRef`);
      }
    }
    for (const s of services) {
      if (!matches(s.doc.spec?.selector, pod?.metadata?.labels)) errors.push(`${s.file}: the Service does not select the platform's pods`);
    }
    for (const p of of("PodDisruptionBudget")) {
      if (!matches(p.doc.spec?.selector?.matchLabels, pod?.metadata?.labels)) errors.push(`${p.file}: the PodDisruptionBudget does not select the platform's pods`);
      if (p.doc.spec?.minAvailable !== undefined && p.doc.spec.minAvailable >= (doc.spec?.replicas ?? 1)) {
        errors.push(`${p.file}: minAvailable ${p.doc.spec.minAvailable} would block every drain with ${doc.spec?.replicas} replicas`);
      }
    }
  }
  if (of("PodDisruptionBudget").length === 0) errors.push("no PodDisruptionBudget");
  for (const { doc, file } of of("Ingress")) {
    for (const rule of doc.spec?.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const backend = path.backend?.service;
        const service = services.find(s => s.doc.metadata?.name === backend?.name);
        if (!service) errors.push(`${file}: the backend ${backend?.name} is no Service of the manifests`);
        else if (!service.doc.spec.ports.some(p => p.name === backend.port?.name || p.port === backend.port?.number)) {
          errors.push(`${file}: the Service ${backend.name} has no port ${backend.port?.name ?? backend.port?.number}`);
        }
      }
    }
  }
  return errors;
}

async function check(files) {
  const errors = [], docs = [];
  for (const [name, text] of files) {
    for (const parsed of parseAllDocuments(text)) {
      if (parsed.errors.length) { errors.push(`${name}: ${parsed.errors[0].message}`); continue; }
      const doc = parsed.toJS();
      if (doc === null) continue;
      for (const e of await schemaErrors(doc)) errors.push(`${name}: ${doc.kind} ${doc.metadata?.name ?? ""}: ${e}`);
      docs.push({ doc, file: name });
    }
  }
  return errors.concat(ruleErrors(docs));
}

const kustomization = parseAllDocuments(readFileSync(join(here, "kustomization.yaml"), "utf8"))[0].toJS();
const manifests = new Map(kustomization.resources.map(f => [f, readFileSync(join(here, f), "utf8")]));
const listed = readdirSync(here).filter(f => f.endsWith(".yaml") && f !== "kustomization.yaml");
const unlisted = listed.filter(f => !manifests.has(f));
let failed = false;
if (unlisted.length) { console.error(`Not in kustomization.yaml: ${unlisted.join(", ")}`); failed = true; }

const errors = await check(manifests);
if (errors.length) { console.error(`The Kubernetes manifests are invalid:\n  ${errors.join("\n  ")}`); failed = true; }
else console.log(`Kubernetes manifests valid: ${[...manifests.keys()].join(", ")}`);

for (const broken of readdirSync(join(here, "broken")).filter(f => f.endsWith(".yaml")).sort()) {
  const replaced = broken.split("--")[0] + ".yaml";
  if (!manifests.has(replaced)) { console.error(`broken/${broken}: replaces ${replaced}, which is no manifest`); failed = true; continue; }
  const found = await check(new Map([...manifests, [replaced, readFileSync(join(here, "broken", broken), "utf8")]]));
  if (found.length === 0) { console.error(`broken/${broken} was accepted: the check misses what it breaks`); failed = true; }
  else console.log(`broken/${broken} refused as expected: ${found[0]}`);
}
process.exit(failed ? 1 : 0);
