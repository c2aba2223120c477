# shellcheck shell=bash
# Keycloak for Maillage: fetch, start, stop and ask tokens of a local Keycloak.
#
# Meant to be SOURCED (by ./maillage, by check-realm.sh). It defines functions only, all named
# keycloak_*, sets no shell option and no global variable. Messages go to stderr; the value a
# function "prints" goes to stdout. Functions return non-zero on failure, they never exit.
#
#   keycloak_java_home                       a Java 21+ home (Keycloak 26 needs 21+)
#   keycloak_home                            the unpacked Keycloak distribution (fetched through Maven once)
#   keycloak_start PORT DATA_DIR REALM_FILE  start-dev on 127.0.0.1:PORT, state under DATA_DIR; prints seconds taken
#   keycloak_stop DATA_DIR                   stop what keycloak_start started there
#   keycloak_token PORT USER PASSWORD        an access token of maillage-web (password grant)
#   keycloak_service_token PORT CLIENT SECRET  an access token of a confidential client (client credentials)
#   keycloak_allow_origin PORT ORIGIN        add a web origin (CORS) to maillage-web, as the master realm's admin
#
# Environment read: MAILLAGE_KEYCLOAK_JAVA_HOME, MAILLAGE_CACHE_DIR, MAILLAGE_KEYCLOAK_START_TIMEOUT,
# MAILLAGE_KEYCLOAK_ADMIN_PASSWORD (dev admin of the master realm, default "admin"), MAILLAGE_KEYCLOAK_JAVA_OPTS
# (JVM options added to Keycloak's own; ./maillage test gives its Keycloak the client compiler only).

keycloak_version() { printf '%s\n' 26.5.6; }

keycloak_say() { printf '\033[1m[keycloak]\033[0m %s\n' "$*" >&2; }

# Major version of a java executable (8, 17, 21, 25...), from `java -version`.
keycloak_java_major() {
  local out v
  [ -x "$1" ] || return 1
  out="$("$1" -version 2>&1)" || return 1
  v="$(printf '%s\n' "$out" | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)"
  [ -n "$v" ] || return 1
  case "$v" in 1.*) v="${v#1.}" ;; esac
  v="${v%%[!0-9]*}"
  [ -n "$v" ] || return 1
  printf '%s\n' "$v"
}

# Prints a Java home whose java is 21 or newer. Looks at, in this order: $MAILLAGE_KEYCLOAK_JAVA_HOME
# (used as given, or failure), $JAVA_HOME, the java on PATH, then the newest one under /usr/lib/jvm
# (and the usual macOS and SDKMAN places).
keycloak_java_home() {
  local major cand best="" best_major=0 java_on_path
  if [ -n "${MAILLAGE_KEYCLOAK_JAVA_HOME:-}" ]; then
    if ! major="$(keycloak_java_major "$MAILLAGE_KEYCLOAK_JAVA_HOME/bin/java")"; then
      keycloak_say "MAILLAGE_KEYCLOAK_JAVA_HOME=$MAILLAGE_KEYCLOAK_JAVA_HOME has no working bin/java."
      return 1
    fi
    if [ "$major" -lt 21 ]; then
      keycloak_say "MAILLAGE_KEYCLOAK_JAVA_HOME=$MAILLAGE_KEYCLOAK_JAVA_HOME is Java $major; Keycloak $(keycloak_version) needs Java 21 or newer."
      return 1
    fi
    printf '%s\n' "$MAILLAGE_KEYCLOAK_JAVA_HOME"
    return 0
  fi
  if [ -n "${JAVA_HOME:-}" ] && major="$(keycloak_java_major "$JAVA_HOME/bin/java")" && [ "$major" -ge 21 ]; then
    printf '%s\n' "$JAVA_HOME"
    return 0
  fi
  if java_on_path="$(command -v java 2>/dev/null)"; then
    java_on_path="$(readlink -f "$java_on_path" 2>/dev/null || printf '%s' "$java_on_path")"
    if major="$(keycloak_java_major "$java_on_path")" && [ "$major" -ge 21 ]; then
      printf '%s\n' "$(dirname "$(dirname "$java_on_path")")"
      return 0
    fi
  fi
  for cand in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$cand/bin/java" ] || continue
    major="$(keycloak_java_major "$cand/bin/java")" || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$cand"
      best_major="$major"
    fi
  done
  if [ -n "$best" ]; then
    printf '%s\n' "$best"
    return 0
  fi
  keycloak_say "Keycloak $(keycloak_version) needs Java 21 or newer, and none was found (looked at \$JAVA_HOME, the java on PATH, /usr/lib/jvm)."
  keycloak_say "Install a JDK 21+ (for example Eclipse Temurin 21 or 25; on Debian 13 or Ubuntu 24.04: apt-get install openjdk-21-jdk-headless),"
  keycloak_say "then run again, or point MAILLAGE_KEYCLOAK_JAVA_HOME at its home."
  return 1
}

# A lock that works without flock: a directory holding the owner's pid. Waits up to $2 seconds.
keycloak_lock() {
  local dir="$1" timeout="${2:-900}" waited=0 owner
  while ! mkdir "$dir" 2>/dev/null; do
    owner="$(cat "$dir/pid" 2>/dev/null || true)"
    if [ -n "$owner" ] && ! kill -0 "$owner" 2>/dev/null; then
      rm -rf "$dir"   # its owner died
      continue
    fi
    if [ "$waited" -ge "$timeout" ]; then
      keycloak_say "Gave up waiting for the lock $dir (held by pid ${owner:-?})."
      return 1
    fi
    [ "$waited" -eq 0 ] && keycloak_say "Waiting for another Maillage process (lock $dir)..."
    sleep 1
    waited=$((waited + 1))
  done
  printf '%s\n' "${BASHPID:-$$}" >"$dir/pid"
}

keycloak_unlock() { rm -rf "$1"; }

# Unzips $1 into directory $2 with unzip, else the JDK's jar, else python3.
keycloak_unzip() {
  local zip="$1" dest="$2" java_home
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$dest"
  elif java_home="$(keycloak_java_home 2>/dev/null)" && [ -x "$java_home/bin/jar" ]; then
    (cd "$dest" && "$java_home/bin/jar" xf "$zip")
  elif command -v jar >/dev/null 2>&1; then
    (cd "$dest" && jar xf "$zip")
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$zip" "$dest"
  else
    keycloak_say "Cannot unzip $zip: install unzip (or a JDK with its jar tool, or python3)."
    return 1
  fi
}

# Prints the home of Keycloak, unpacked under ${MAILLAGE_CACHE_DIR:-$HOME/.cache/maillage}.
# The first call fetches the distribution through Maven (~165 MB into the local repository).
keycloak_home() {
  local v cache home lock tmp zip rc=0
  v="$(keycloak_version)"
  cache="${MAILLAGE_CACHE_DIR:-$HOME/.cache/maillage}"
  home="$cache/keycloak-$v"
  if [ -f "$home/.maillage-unpacked" ] && [ -f "$home/bin/kc.sh" ]; then
    printf '%s\n' "$home"
    return 0
  fi
  mkdir -p "$cache" || return 1
  lock="$cache/.keycloak-$v.lock"
  keycloak_lock "$lock" || return 1
  if [ -f "$home/.maillage-unpacked" ] && [ -f "$home/bin/kc.sh" ]; then
    keycloak_unlock "$lock"
    printf '%s\n' "$home"
    return 0
  fi
  if ! command -v mvn >/dev/null 2>&1; then
    keycloak_say "Maven (mvn) is needed to fetch Keycloak $v."
    keycloak_unlock "$lock"
    return 1
  fi
  tmp="$(mktemp -d "$cache/.keycloak-$v.XXXXXX")" || { keycloak_unlock "$lock"; return 1; }
  keycloak_say "Fetching Keycloak $v through Maven (org.keycloak:keycloak-quarkus-dist:$v:zip, ~165 MB the first time)..."
  # Run Maven from an empty folder: from a project folder it would run once per module.
  if ! (cd "$tmp" && mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$v:zip" \
        -DoutputDirectory="$tmp" >"$tmp/mvn.log" 2>&1); then
    keycloak_say "Maven could not fetch Keycloak $v:"
    tail -n 20 "$tmp/mvn.log" >&2
    rc=1
  fi
  zip="$tmp/keycloak-quarkus-dist-$v.zip"
  if [ "$rc" -eq 0 ]; then
    keycloak_say "Unpacking Keycloak $v into $home ..."
    mkdir -p "$tmp/unpacked" && keycloak_unzip "$zip" "$tmp/unpacked" || rc=1
  fi
  if [ "$rc" -eq 0 ] && [ ! -f "$tmp/unpacked/keycloak-$v/bin/kc.sh" ]; then
    keycloak_say "The Keycloak archive has no keycloak-$v/bin/kc.sh."
    rc=1
  fi
  if [ "$rc" -eq 0 ]; then
    chmod +x "$tmp/unpacked/keycloak-$v/bin/"*.sh   # jar xf and zipfile drop the exec bits
    rm -rf "$home"
    mv "$tmp/unpacked/keycloak-$v" "$home" && touch "$home/.maillage-unpacked" || rc=1
  fi
  rm -rf "$tmp"
  keycloak_unlock "$lock"
  [ "$rc" -eq 0 ] || return 1
  printf '%s\n' "$home"
}

# Prints the HTTP status of a GET (000 when nothing answers). curl if present, else node.
keycloak_http_status() {
  if command -v curl >/dev/null 2>&1; then
    curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
  else
    node -e 'fetch(process.argv[1], {signal: AbortSignal.timeout(5000)})
      .then(r => process.stdout.write(String(r.status)), () => process.stdout.write("000"))' "$1"
  fi
}

# True when something accepts TCP connections on 127.0.0.1:$1.
keycloak_port_in_use() {
  if command -v node >/dev/null 2>&1; then
    node -e 'const s = require("net").connect({host: "127.0.0.1", port: +process.argv[1]});
      s.setTimeout(2000);
      s.on("connect", () => { s.destroy(); process.exit(0); });
      s.on("error", () => process.exit(1)); s.on("timeout", () => process.exit(1));' "$1"
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# The pids of $1 and of all its descendants.
keycloak_process_tree() {
  local pids="$1" next="$1" parents child
  while [ -n "$next" ]; do
    # shellcheck disable=SC2086  # a list of pids
    parents=" $(printf '%s ' $next)"
    next=""
    while read -r child parent; do
      case "$parents" in *" $parent "*) next="$next $child" ;; esac
    done < <(ps -A -o pid= -o ppid= 2>/dev/null)
    pids="$pids$next"
  done
  # shellcheck disable=SC2086
  printf '%s\n' $pids
}

# True when $1 is a process started by keycloak_start (guards against a recycled pid).
keycloak_is_ours() {
  local args
  args="$(ps -o args= -p "$1" 2>/dev/null)" || return 1
  case "$args" in *kc.sh*|*kc.home.dir*|*keycloak-start*) return 0 ;; *) return 1 ;; esac
}

# Class data sharing: a JVM class archive written by one run and loaded by the next ones (starts a quarter
# to a third faster here). The first run of a JVM build writes DATA_DIR/cds-dump.jsa when it exits;
# keycloak_stop then files it beside the distribution under a name tied to that JVM build.
# Off with MAILLAGE_KEYCLOAK_CDS=false.
keycloak_cds_options() {
  local java_home="$1" home="$2" data="$3" jvm_id archive
  rm -f "$data/keycloak.cds" "$data/keycloak.cds.ready" "$data/cds-dump.jsa"
  [ "${MAILLAGE_KEYCLOAK_CDS:-true}" = false ] && return 0
  # Not on the very first start: that JVM only rebuilds the distribution (and would dump its own classes).
  [ -f "$home/.maillage-dev-built" ] || return 0
  case "$home$data" in *[[:space:]]*) return 0 ;; esac   # kc.sh splits JAVA_OPTS_APPEND on spaces
  jvm_id="$("$java_home/bin/java" -version 2>&1 | cksum | cut -d ' ' -f 1)"
  archive="$home/.maillage-cds-$jvm_id.jsa"
  # -Xlog:cds=off: the JVM reports at error level that --add-opens disables its archived module graph
  # (harmless: classes still come from the archive) and lists every class it cannot archive.
  if [ -s "$archive" ]; then
    printf '%s\n' "-XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
  else
    printf '%s\n' "$archive" >"$data/keycloak.cds"
    printf '%s\n' "-XX:ArchiveClassesAtExit=$data/cds-dump.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
}

# After a stop: files the archive written at exit, unless the JVM had to be killed (it may be partial) or
# never got ready (it would hold only the first classes).
keycloak_cds_keep() {
  local data="$1" killed="$2" archive
  [ -f "$data/keycloak.cds" ] || return 0
  archive="$(cat "$data/keycloak.cds")"
  if [ "$killed" = 0 ] && [ -f "$data/keycloak.cds.ready" ] && [ -s "$data/cds-dump.jsa" ] && [ -n "$archive" ] && [ ! -s "$archive" ]; then
    if cp "$data/cds-dump.jsa" "$archive.$$.tmp" 2>/dev/null; then
      mv -f "$archive.$$.tmp" "$archive" 2>/dev/null || true
    fi
    rm -f "$archive.$$.tmp"
  fi
  rm -f "$data/keycloak.cds" "$data/keycloak.cds.ready" "$data/cds-dump.jsa"
}

# keycloak_start PORT DATA_DIR REALM_FILE
# Starts `kc.sh start-dev` in the background on 127.0.0.1:PORT, its database and state under DATA_DIR,
# imports REALM_FILE when the realm does not exist yet, waits until the realm answers and prints the
# seconds it took. Reuses a Keycloak that already serves the realm on that port.
keycloak_start() {
  local port="${1:-}" data="${2:-}" realm="${3:-}"
  if [ -z "$port" ] || [ -z "$data" ] || [ -z "$realm" ]; then
    keycloak_say "usage: keycloak_start PORT DATA_DIR REALM_FILE"
    return 2
  fi
  if [ ! -f "$realm" ]; then
    keycloak_say "No realm file $realm."
    return 1
  fi
  # Keycloak replaces ${ENV_VAR} placeholders at import, but keeps the text as it is when the variable is
  # not set (a client secret would then be the placeholder itself): refuse that.
  local name missing=""
  # shellcheck disable=SC2016  # literal ${...}
  for name in $(grep -o '\${[A-Z][A-Z0-9_]*}' "$realm" | tr -d '${}' | sort -u); do
    [ -n "${!name:-}" ] || missing="$missing $name"
  done
  if [ -n "$missing" ]; then
    keycloak_say "$realm needs these environment variables, unset here:$missing"
    return 1
  fi
  local url="http://127.0.0.1:$port" wk
  wk="$url/realms/maillage/.well-known/openid-configuration"
  if [ "$(keycloak_http_status "$wk")" = 200 ]; then
    keycloak_say "A Keycloak with the realm maillage already answers at $url: reusing it (not started, not imported)."
    printf '0\n'
    return 0
  fi
  mkdir -p "$data" && data="$(cd "$data" && pwd)" || return 1
  local pidfile="$data/keycloak.pid" log="$data/keycloak.log" pid
  if [ -f "$pidfile" ]; then
    pid="$(cat "$pidfile")"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && keycloak_is_ours "$pid"; then
      keycloak_say "Keycloak (pid $pid) is already running for $data but does not serve $wk; stop it first (keycloak_stop $data)."
      return 1
    fi
    rm -f "$pidfile"
  fi
  if keycloak_port_in_use "$port"; then
    keycloak_say "Port $port on 127.0.0.1 is taken by something that does not serve the realm maillage. Choose another port (MAILLAGE_KEYCLOAK_PORT)."
    return 1
  fi
  local java_home home
  java_home="$(keycloak_java_home)" || return 1
  home="$(keycloak_home)" || return 1
  local cds_opts
  cds_opts="$(keycloak_cds_options "$java_home" "$home" "$data")"

  # The realm file goes to DATA_DIR/import, read at start through keycloak.migration.dir (what --import-realm
  # sets to the distribution's data/import): the shared distribution stays untouched. A realm that already
  # exists in the database is left as it is (strategy IGNORE_EXISTING), so users and changes survive restarts.
  # The file name must not end in -realm.json (that is the directory format of a realm export).
  mkdir -p "$data/import" || return 1
  rm -f "$data/import/"*.json
  cp "$realm" "$data/import/maillage.json" || return 1
  # The realm is imported once per data folder: say so when the file changed since, as the realm kept there
  # lacks what changed (roles per cooperation, for example).
  local realm_sum imported_sum=""
  realm_sum="$(cksum <"$realm" | cut -d ' ' -f 1)"
  if [ -f "$data/data/h2/keycloakdb.mv.db" ]; then
    imported_sum="$(cat "$data/realm.cksum" 2>/dev/null || echo unknown)"
    if [ "$imported_sum" != "$realm_sum" ]; then
      keycloak_say "The realm kept in $data was imported from another version of $(basename "$realm") (Keycloak imports it once per data"
      keycloak_say "folder): it lacks what changed since. To start afresh with the demo accounts, stop and remove $data."
    fi
  fi

  # The first start-dev of a fresh distribution rebuilds (augments) it in place, ~15 s: two first starts
  # at once would write the same files, so the first one runs alone.
  local built_marker="$home/.maillage-dev-built" build_lock=""
  if [ ! -f "$built_marker" ]; then
    build_lock="$home/.maillage-build.lock"
    keycloak_lock "$build_lock" || return 1
    if [ -f "$built_marker" ]; then keycloak_unlock "$build_lock"; build_lock=""; fi
  fi

  keycloak_say "Starting Keycloak $(keycloak_version) on $url (data: $data, log: $log)..."
  local started now
  started="$(date +%s)"
  : >"$log"
  # setsid: Keycloak gets its own process group, so that keycloak_stop can end the whole tree.
  # The pid written is the one of the shell that execs kc.sh (setsid may fork first).
  # shellcheck disable=SC2016  # $$ and $1 belong to the inner shell
  local launcher=(sh -c 'echo $$ >"$1"; shift; exec "$@"' keycloak-start "$pidfile")
  command -v setsid >/dev/null 2>&1 && launcher=(setsid "${launcher[@]}")
  (
    cd "$home" || exit 1
    export JAVA_HOME="$java_home"
    unset JAVA_OPTS
    # Java 24+: JBoss Threads wants java.lang opened, or it throws at shutdown.
    export JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED $cds_opts ${MAILLAGE_KEYCLOAK_JAVA_OPTS:-}"
    # Dev admin of the master realm, created only with the database (admin console: $url/admin).
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin
    export KC_BOOTSTRAP_ADMIN_PASSWORD="${MAILLAGE_KEYCLOAK_ADMIN_PASSWORD:-admin}"
    exec "${launcher[@]}" "$home/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 \
      --http-port="$port" \
      --hostname="$url" \
      --db=dev-file \
      --db-url-path="$data" \
      --spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true \
      "-Dkeycloak.migration.dir=$data/import" \
      "-Dquarkus.transaction-manager.object-store.directory=$data/transaction-logs"
  ) </dev/null >>"$log" 2>&1 &
  local _
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    [ -s "$pidfile" ] && break
    sleep 0.2
  done
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  if [ -z "$pid" ]; then
    keycloak_say "Keycloak did not start (no pid). Log $log:"
    tail -n 40 "$log" >&2
    [ -n "$build_lock" ] && keycloak_unlock "$build_lock"
    return 1
  fi
  local timeout="${MAILLAGE_KEYCLOAK_START_TIMEOUT:-180}"
  while :; do
    if [ "$(keycloak_http_status "$wk")" = 200 ]; then
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      keycloak_say "Keycloak stopped while starting. Last lines of $log:"
      tail -n 40 "$log" >&2
      rm -f "$pidfile"
      [ -n "$build_lock" ] && keycloak_unlock "$build_lock"
      return 1
    fi
    now="$(date +%s)"
    if [ $((now - started)) -ge "$timeout" ]; then
      keycloak_say "Keycloak did not answer $wk within ${timeout} s (MAILLAGE_KEYCLOAK_START_TIMEOUT). Last lines of $log:"
      tail -n 40 "$log" >&2
      keycloak_stop "$data"
      [ -n "$build_lock" ] && keycloak_unlock "$build_lock"
      return 1
    fi
    sleep 1
  done
  if [ -n "$build_lock" ]; then
    touch "$built_marker"
    keycloak_unlock "$build_lock"
  fi
  [ -f "$data/keycloak.cds" ] && touch "$data/keycloak.cds.ready"
  [ -z "$imported_sum" ] && printf '%s\n' "$realm_sum" >"$data/realm.cksum"
  now="$(date +%s)"
  keycloak_say "Keycloak is ready at $url/realms/maillage (pid $pid) after $((now - started)) s."
  printf '%s\n' "$((now - started))"
}

# keycloak_stop DATA_DIR — TERM to the process tree recorded in DATA_DIR/keycloak.pid, KILL after 20 s.
keycloak_stop() {
  local data="${1:-}"
  if [ -z "$data" ]; then
    keycloak_say "usage: keycloak_stop DATA_DIR"
    return 2
  fi
  local pidfile="$data/keycloak.pid" pid pids alive p waited=0 killed=0
  if [ ! -f "$pidfile" ]; then
    keycloak_say "No $pidfile: no Keycloak of ours to stop there."
    return 0
  fi
  pid="$(cat "$pidfile")"
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
    rm -f "$pidfile"
    return 0
  fi
  if ! keycloak_is_ours "$pid"; then
    keycloak_say "pid $pid in $pidfile is not a Keycloak started here (stale file); left alone."
    rm -f "$pidfile"
    return 0
  fi
  pids="$(keycloak_process_tree "$pid")"
  keycloak_say "Stopping Keycloak (pid $pid)..."
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  while :; do
    alive=""
    for p in $pids; do kill -0 "$p" 2>/dev/null && alive="$alive $p"; done
    [ -z "$alive" ] && break
    if [ "$waited" -ge 20 ]; then
      keycloak_say "Keycloak did not stop within 20 s: killing$alive"
      # shellcheck disable=SC2086
      kill -KILL $alive 2>/dev/null || true
      killed=1
      sleep 1
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  rm -f "$pidfile"
  keycloak_cds_keep "$data" "$killed"
}

# POSTs a form to a token endpoint; prints the access_token, or the error on stderr.
keycloak_token_request() {
  local endpoint="$1" response token
  shift
  if command -v curl >/dev/null 2>&1; then
    local args=() kv
    for kv in "$@"; do args+=(--data-urlencode "$kv"); done
    response="$(curl -s --max-time 15 "${args[@]}" "$endpoint")" || true
    token="$(printf '%s' "$response" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
    if [ -z "$token" ]; then
      keycloak_say "No token from $endpoint: ${response:-no answer}"
      return 1
    fi
    printf '%s\n' "$token"
  else
    node -e '
      const [endpoint, ...pairs] = process.argv.slice(1);
      const body = new URLSearchParams(pairs.map(p => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]));
      fetch(endpoint, {method: "POST", body, signal: AbortSignal.timeout(15000)})
        .then(r => r.text()).then(t => {
          let j = {}; try { j = JSON.parse(t); } catch (e) {}
          if (!j.access_token) { console.error("[keycloak] No token from " + endpoint + ": " + t); process.exit(1); }
          console.log(j.access_token);
        }, e => { console.error("[keycloak] No token from " + endpoint + ": " + e.message); process.exit(1); });
    ' "$endpoint" "$@"
  fi
}

# keycloak_token PORT USER PASSWORD — access token of maillage-web through the password grant
# (enabled in the dev realm only).
keycloak_token() {
  if [ "$#" -ne 3 ]; then
    keycloak_say "usage: keycloak_token PORT USER PASSWORD"
    return 2
  fi
  keycloak_token_request "http://127.0.0.1:$1/realms/maillage/protocol/openid-connect/token" \
    grant_type=password client_id=maillage-web "username=$2" "password=$3"
}

# keycloak_service_token PORT CLIENT_ID SECRET — access token of a service account (client credentials).
keycloak_service_token() {
  if [ "$#" -ne 3 ]; then
    keycloak_say "usage: keycloak_service_token PORT CLIENT_ID SECRET"
    return 2
  fi
  keycloak_token_request "http://127.0.0.1:$1/realms/maillage/protocol/openid-connect/token" \
    grant_type=client_credentials "client_id=$2" "client_secret=$3"
}

# keycloak_allow_origin PORT ORIGIN — adds ORIGIN (e.g. http://127.0.0.1:9090) to the web origins of maillage-web,
# so that the web UI served there may call the token endpoint (CORS). The dev realm lists only the origins of
# ./maillage run on port 8080; the launcher calls this for another address. Needs the master realm's admin
# (MAILLAGE_KEYCLOAK_ADMIN_PASSWORD, default admin) and Node.js.
keycloak_allow_origin() {
  if [ "$#" -ne 2 ]; then
    keycloak_say "usage: keycloak_allow_origin PORT ORIGIN"
    return 2
  fi
  MAILLAGE_KEYCLOAK_ADMIN_PASSWORD="${MAILLAGE_KEYCLOAK_ADMIN_PASSWORD:-admin}" node -e '
    const [port, origin] = process.argv.slice(1);
    const base = `http://127.0.0.1:${port}`;
    const fail = m => { console.error(`[keycloak] Could not allow the origin ${origin}: ${m}`); process.exit(1); };
    (async () => {
      const t = await fetch(`${base}/realms/master/protocol/openid-connect/token`, { method: "POST", signal: AbortSignal.timeout(15000),
        body: new URLSearchParams({ grant_type: "password", client_id: "admin-cli", username: "admin", password: process.env.MAILLAGE_KEYCLOAK_ADMIN_PASSWORD }) });
      const token = (await t.json()).access_token || fail(`no admin token (${t.status})`);
      const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
      const found = await fetch(`${base}/admin/realms/maillage/clients?clientId=maillage-web`, { headers }).then(r => r.json());
      const client = found[0] || fail("no client maillage-web");
      if (client.webOrigins.includes(origin)) return;
      client.webOrigins.push(origin);
      const r = await fetch(`${base}/admin/realms/maillage/clients/${client.id}`, { method: "PUT", headers, body: JSON.stringify(client) });
      if (r.status !== 204) fail(`PUT answered ${r.status}`);
    })().catch(e => fail(e.message));
  ' "$1" "$2"
}
