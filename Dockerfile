# Tavla's production image: a Vaadin production bundle in a slim JRE image, configured only through the environment.
# Build: docker build -t tavla .      Run: see README, "Docker".

FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline -Pproduction
COPY src src
COPY db db
COPY frontend frontend
# The production profile builds Vaadin's production bundle; tests run in CI, not here.
RUN ./mvnw -B -ntp -Pproduction -DskipTests package \
    && java -Djarmode=tools -jar target/tavla.jar extract --layers --launcher --destination target/extracted

FROM eclipse-temurin:21-jre
RUN groupadd --system tavla && useradd --system --gid tavla --home-dir /app --shell /usr/sbin/nologin tavla \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /build/target/extracted/dependencies/ ./
COPY --from=build /build/target/extracted/spring-boot-loader/ ./
COPY --from=build /build/target/extracted/snapshot-dependencies/ ./
COPY --from=build /build/target/extracted/application/ ./
USER tavla
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Duser.timezone=Europe/Oslo" \
    TAVLA_LOG_FORMAT=ecs
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
