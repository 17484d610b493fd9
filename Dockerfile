# Rejoin: production image.
#
#   docker build -t rejoin .          (or: docker-compose build rejoin)
#
# Written for the classic builder as well as BuildKit (no RUN --mount, COPY --link or
# COPY --chmod), because Debian's docker-compose 1.29 builds with the classic builder
# unless DOCKER_BUILDKIT=1 and COMPOSE_DOCKER_CLI_BUILD=1 are set.
#
# The build needs the Maven profile "production" in pom.xml (excludes com.vaadin:vaadin-dev,
# runs vaadin-maven-plugin prepare-frontend + build-frontend). Without it Maven only warns
# that the profile does not exist and produces a development-mode jar.

# Node for the Vaadin production build. Vaadin 24.8+ needs Node 20 or later, and the
# Ubuntu 24.04 package under the Maven image is Node 18, so the binaries are taken from the
# official Node image (Debian bookworm, glibc; runs on the Ubuntu 24.04 base below).
FROM node:20.19.5-bookworm-slim AS node

# ---------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-21 AS build

COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version

WORKDIR /workspace

# Dependencies first, so that a source-only change reuses this layer. This is only a
# cache warm-up: plugins resolve some artifacts lazily, and whatever it misses the real
# build below downloads (and fails loudly on), hence the "|| true".
COPY pom.xml ./
RUN mvn -B -q -Pproduction -DskipTests dependency:go-offline || true

# Everything else that .dockerignore lets through (src/, bpmn/, forms/, and package.json,
# package-lock.json, vite.config.ts if they are committed).
COPY . .
RUN mvn -B -Pproduction -DskipTests package \
 && cp target/rejoin-*.jar /workspace/rejoin.jar

# ---------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jre

# curl for the HEALTHCHECK. Temurin's Ubuntu images have shipped curl "for historical
# reasons" (adoptium/containers#255) but do not promise to keep it, so it is installed
# explicitly (a no-op while it is still there).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# Unprivileged user with a fixed id (Ubuntu 24.04 already uses 1000 for "ubuntu").
RUN groupadd --system --gid 10001 rejoin \
 && useradd --system --uid 10001 --gid rejoin --home-dir /app --no-create-home \
            --shell /usr/sbin/nologin rejoin

WORKDIR /app
# Owned by root and read-only for the app user: the process cannot rewrite its own code.
COPY --from=build /workspace/rejoin.jar /app/rejoin.jar

USER rejoin:rejoin
EXPOSE 8080

# Readiness, not liveness: "healthy" means the app can serve (database and Flyway done).
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/actuator/health/readiness || exit 1

ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-jar","/app/rejoin.jar"]
