# Build: JDK 21 with the Maven Wrapper. The committed production bundle means no Node is needed here.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY . .
RUN ./mvnw -B -q -DskipTests package

# Run: JRE 25 as an unprivileged user; data (H2 database) lives in the /data volume. The jar is unpacked (plain jars
# load faster than nested ones) and one training start (up to the first login page) records the classes the portal
# loads into an ahead-of-time cache (JEP 514), so that every start reuses them: the login page answers in a third of
# the time.
FROM eclipse-temurin:25-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app portal \
    && mkdir -p /data \
    && chown portal /data
WORKDIR /app
# A small server: G1 keeps pauses short (at most 20 ms each) as the sessions' old generation grows and deduplicates the
# strings that many open registers hold; the heap takes at most three quarters of the container's memory.
ENV JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:MaxRAMPercentage=75 -XX:+UseStringDeduplication"
COPY --from=build /src/target/compliance-portal.jar /tmp/compliance-portal.jar
COPY --from=build /src/scripts/aot-cache.sh /tmp/aot-cache.sh
RUN java -Djarmode=tools -jar /tmp/compliance-portal.jar extract --destination /app \
    && rm /tmp/compliance-portal.jar \
    && /tmp/aot-cache.sh /app/compliance-portal.jar /app/app.aot \
    && rm /tmp/aot-cache.sh
USER portal
ENV SPRING_PROFILES_ACTIVE=prod \
    PORTAL_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-jar", "/app/compliance-portal.jar"]
