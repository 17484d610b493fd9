# Sourced by the benchmark scripts: run from the project root, a timed `say`, and a JDK 21+ in $JDK
# (JAVA_HOME if it is one, else the first one found where .mvn/require-jdk.sh looks).
# $1: the benchmark's name, for the message when no JDK 21+ exists.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

started=$(date +%s)
say() { echo "[bench $(( $(date +%s) - started )) s] $*"; }

jdk_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
find_jdk() {
  local home major
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
              "${HOME:-/root}"/.sdkman/candidates/java/* "${HOME:-/root}"/.jdks/*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
    major=$(jdk_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$home"; return 0; fi
  done
  return 1
}
JDK=$(find_jdk) || { echo "The $1 benchmark needs a JDK 21 or newer (set JAVA_HOME to one)." >&2; exit 1; }
