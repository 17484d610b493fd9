# Sourced by ./mvnw: Rejoin's workflow engine needs Java 21+, but Maven itself may run on an older
# default java. maven-toolchains-plugin then picks an installed JDK 21+; this check only turns
# "none installed" into one clear line before Maven starts.
rejoin_jdk_major() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}
rejoin_has_jdk21() {
  set +f  # mvnw disables globbing
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME:-/root}"/.sdkman/candidates/java/* "${HOME:-/root}"/.jdks/*; do
    [ -n "$home" ] && [ -x "$home/bin/javac" ] || continue
    major=$(rejoin_jdk_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then set -f; return 0; fi
  done
  set -f
  return 1
}
if ! rejoin_has_jdk21; then
  echo "Rejoin needs a JDK 21 or newer (its Zeebe engine requires it) and none was found in JAVA_HOME or /usr/lib/jvm: install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+." >&2
  exit 1
fi
