# Build: JDK 21 with the Maven Wrapper. The committed production bundle means no Node is needed here.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY . .
RUN ./mvnw -B -q -DskipTests package

# Run: JRE 21 as an unprivileged user; data (H2 database) lives in the /data volume.
FROM eclipse-temurin:21-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app portal \
    && mkdir -p /data \
    && chown portal /data
WORKDIR /app
COPY --from=build /src/target/compliance-portal.jar app.jar
USER portal
ENV SPRING_PROFILES_ACTIVE=prod \
    PORTAL_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
