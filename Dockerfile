# Tavla's production image: a Vaadin production bundle in a slim JRE image, configured only through the environment.
# Build: docker build -t tavla .      Run: see README, "Docker" (stop with `docker stop -t 30`: the graceful
# shutdown takes up to 20 s, and Docker kills after 10 s by default).

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
ENV PORT=8080 \
    TAVLA_LOG_FORMAT=ecs
EXPOSE 8080
# the port Tavla really listens on, also when PORT is changed
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS "http://localhost:${PORT}/actuator/health" || exit 1
# JVM options on the command line: set in the environment, Java would announce them in a plain line before the JSON log;
# native access for the search index, which Lucene maps into memory (without it the JVM warns on the console)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Duser.timezone=Europe/Oslo", "--enable-native-access=ALL-UNNAMED", "org.springframework.boot.loader.launch.JarLauncher"]
