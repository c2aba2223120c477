# shellcheck shell=bash
# Demo data generator, meant to be SOURCED by the repository's ./maillage launcher, which then calls
#
#   maillage_demo_data "$ROOT" [options]      e.g.  --departements 56 --count 35k --seed 42 --out demo.csv
#
# $1 is the repository root; the other arguments go to org.maillage.demodata.Main (--help lists them).
# Builds the module first when its classes are missing or older than its sources or the reference data,
# with `mvn -B -q -pl tenants/demo-data -am package -DskipTests` (never `install`: the SNAPSHOTs in the
# shared ~/.m2 belong to everyone). JVM options: MAILLAGE_DEMO_JAVA_OPTS (default -Xmx256m).
# Returns Main's exit status: 0 written, 2 bad options, 1 cannot write.

maillage_demo_data() {
  local root="${1:?maillage_demo_data: the repository root is required as the first argument}"
  shift
  local module="$root/tenants/demo-data"
  local classes="$module/target/classes"
  local data="$root/tenants/target/classes"
  local api="$root/platform-core/platform-api/target/classes"
  local main="$classes/org/maillage/demodata/Main.class"
  local opts=()
  read -r -a opts <<<"${MAILLAGE_DEMO_JAVA_OPTS:--Xmx256m}"

  command -v java >/dev/null || { echo "[maillage] ERROR: Java 17+ is required (java not found)." >&2; return 1; }
  if [ ! -f "$main" ] || [ ! -f "$data/org/maillage/territory/communes.tsv" ] ||
     [ ! -f "$api/org/maillage/platform/api/text/Folding.class" ] ||
     [ -n "$(find "$module/src/main" "$module/pom.xml" "$root/tenants/src/main" "$root/tenants/pom.xml" \
              "$root/platform-core/platform-api/src/main" \
              "$root/pom.xml" -type f -newer "$main" -print -quit 2>/dev/null)" ]; then
    command -v mvn >/dev/null || { echo "[maillage] ERROR: Maven is required (mvn not found)." >&2; return 1; }
    echo "[maillage] Building tenants/demo-data..." >&2
    (cd "$root" && mvn -B -q -pl tenants/demo-data -am package -DskipTests >&2) ||
      { echo "[maillage] ERROR: building tenants/demo-data failed." >&2; return 1; }
  fi
  java "${opts[@]}" -cp "$classes:$data:$api" org.maillage.demodata.Main "$@"
}
