# One image per service: docker build --build-arg SERVICE=worksheet-service -t backbone/worksheet-service .
FROM eclipse-temurin:21-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -pl ${SERVICE} -am package -DskipTests \
 && cp ${SERVICE}/target/${SERVICE}-*.jar /service.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 backbone
USER backbone
COPY --from=build /service.jar /app/service.jar
# virtual threads are on (Java 21); heap sized from the container's memory limit
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
