# shellcheck shell=bash
# Helpers shared by the infra/bin scripts and ./concierge. Sourced, never run.

CONCIERGE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA_DIR="${CONCIERGE_DATA_DIR:-$CONCIERGE_ROOT/.data}"
LOG_DIR="$DATA_DIR/logs"
LOCAL_STACK_DIR="$CONCIERGE_ROOT/infra/local-stack"
LOCAL_STACK_CLASSES="$LOCAL_STACK_DIR/target/classes"

say() { printf '%s\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# True when something accepts TCP connections on 127.0.0.1:<port>. Bash's /dev/tcp needs no extra tools.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A port nobody listens on, below the kernel's ephemeral range so outgoing connections cannot take it.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 12000))
    if ! port_in_use "$port"; then
      echo "$port"
      return 0
    fi
  done
  fail "found no free port between 20000 and 32000"
}

require_free_port() { # port what env_var
  if port_in_use "$1"; then
    fail "port $1 ($2) is already in use by another process; stop it or set $3 to another port"
  fi
}

# The pid in <file> if that process is alive and its command line contains <marker>; guards against a
# stale pid file whose number the kernel has since given to an unrelated process.
running_pid() { # pid_file marker
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(<"$1")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$2" || return 1
  echo "$pid"
}

# SIGTERM, wait for a clean exit, SIGKILL only after the timeout. Tolerates a missing or stale pid file.
stop_process() { # name pid_file marker timeout_seconds
  local name=$1 pid_file=$2 marker=$3 timeout=${4:-30} pid tick
  if ! pid="$(running_pid "$pid_file" "$marker")"; then
    rm -f "$pid_file"
    say "$name: not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((tick = 0; tick < timeout * 10; tick++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pid_file"
      say "$name: stopped"
      return 0
    fi
    sleep 0.1
  done
  say "$name: still running ${timeout}s after SIGTERM, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pid_file"
}

# Waits until <port> accepts connections; fails early with the log tail when the process dies first.
wait_for_port() { # name pid port timeout_seconds log_file
  local name=$1 pid=$2 port=$3 timeout=$4 log_file=$5 tick
  for ((tick = 0; tick < timeout * 10; tick++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "$name exited during start-up; last lines of $log_file:" >&2
      tail -n 30 "$log_file" >&2 || true
      return 1
    fi
    if port_in_use "$port"; then
      return 0
    fi
    sleep 0.1
  done
  say "$name did not listen on port $port within ${timeout}s; see $log_file" >&2
  return 1
}

# ---- prerequisites (Debian packages) ----

_APT_UPDATED=""

apt_install() { # package...
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || fail "need root (or sudo) to install: $*"
    sudo="sudo"
  fi
  if [[ -z "$_APT_UPDATED" ]]; then
    say "apt-get update"
    $sudo apt-get update -qq
    _APT_UPDATED=1
  fi
  say "apt-get install $*"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_command() { # command package
  command -v "$1" >/dev/null 2>&1 || apt_install "$2"
}

java_major_version() {
  java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

ensure_jdk17() {
  if ! command -v javac >/dev/null 2>&1 || [[ "$(java_major_version)" -lt 17 ]]; then
    apt_install openjdk-17-jdk-headless
  fi
}

ensure_redis_server() {
  ensure_command redis-server redis-server
  ensure_command redis-cli redis-tools
}

ensure_build_tools() {
  ensure_command curl curl
  ensure_jdk17
  ensure_command mvn maven
}

# ---- the local-stack module: broker classpath and tools ----

# The version of the project, as the root pom declares it (every module inherits it).
project_version() {
  awk '/<artifactId>concierge-parent<\/artifactId>/ { parent = 1 }
       parent && /<version>/ { gsub(/.*<version>|<\/version>.*/, ""); print; exit }' "$CONCIERGE_ROOT/pom.xml"
}

# Builds infra/local-stack (and what it depends on) when its classes are missing or older than its
# sources. A changed catalog in schemas is picked up by ./concierge run, which builds everything first.
ensure_local_stack_built() {
  local marker="$LOCAL_STACK_CLASSES/dev/concierge/infra/topics/TopicCreator.class"
  # the classpath is resolved from the local Maven repository: built classes without the installed
  # modules (a checkout built with `mvn verify` only) still need the install
  local installed="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/dev/concierge/testkit/$(project_version)"
  if [[ -f "$marker" && -d "$installed" ]] && [[ -z "$(find "$CONCIERGE_ROOT/pom.xml" "$LOCAL_STACK_DIR/pom.xml" \
        "$LOCAL_STACK_DIR/src/main" -newer "$marker" -type f -print -quit)" ]]; then
    return 0
  fi
  ensure_build_tools
  say "building infra/local-stack (mvn install -pl infra/local-stack -am -DskipTests; minutes on a fresh machine)"
  mkdir -p "$LOG_DIR"
  # CONCIERGE_MAVEN_FLAGS may hold several flags: split on purpose
  # shellcheck disable=SC2086
  if ! mvn -B -q -Dstyle.color=never -f "$CONCIERGE_ROOT/pom.xml" -pl infra/local-stack -am install -DskipTests \
      ${CONCIERGE_MAVEN_FLAGS:-} >"$LOG_DIR/local-stack-build.log" 2>&1; then
    tail -n 40 "$LOG_DIR/local-stack-build.log" >&2
    fail "building infra/local-stack failed; full log in $LOG_DIR/local-stack-build.log"
  fi
}

# The runtime classpath of infra/local-stack (kafka_2.13, log4j2, mongo-java-server …), resolved by
# Maven once and cached until a pom changes. It lives only here: service classpaths never see it.
local_stack_classpath() {
  local cache="$DATA_DIR/local-stack.classpath"
  mkdir -p "$DATA_DIR"
  if [[ ! -s "$cache" || "$LOCAL_STACK_DIR/pom.xml" -nt "$cache" || "$CONCIERGE_ROOT/pom.xml" -nt "$cache" ]]; then
    ensure_local_stack_built
    mkdir -p "$LOG_DIR"
    # shellcheck disable=SC2086
    if ! mvn -B -q -Dstyle.color=never -f "$CONCIERGE_ROOT/pom.xml" -pl infra/local-stack dependency:build-classpath \
        -DincludeScope=runtime -Dmdep.outputFile="$cache.tmp" ${CONCIERGE_MAVEN_FLAGS:-} \
        >"$LOG_DIR/local-stack-classpath.log" 2>&1; then
      tail -n 30 "$LOG_DIR/local-stack-classpath.log" >&2
      fail "could not resolve the infra/local-stack classpath; full log in $LOG_DIR/local-stack-classpath.log"
    fi
    mv "$cache.tmp" "$cache"
  fi
  cat "$cache"
}

# Runs a main class of infra/local-stack in the foreground (topic creation, broker probe).
run_local_stack_tool() { # main_class args...
  local main_class=$1 classpath
  shift
  ensure_local_stack_built
  classpath="$LOCAL_STACK_CLASSES"
  # this checkout's schemas classes ahead of the dev.concierge:schemas jar from the local Maven repository: a
  # build that packages without installing (mvn verify, the stack tests) still creates this checkout's topics
  if [[ -d "$CONCIERGE_ROOT/schemas/target/classes" ]]; then
    classpath+=":$CONCIERGE_ROOT/schemas/target/classes"
  fi
  java -Xmx256m -cp "$classpath:$(local_stack_classpath)" "$main_class" "$@"
}
