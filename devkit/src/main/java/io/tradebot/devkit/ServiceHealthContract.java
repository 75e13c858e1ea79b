package io.tradebot.devkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/**
 * What every service answers on its Quarkus endpoints. Each module's {@code ServiceHealthResourceTest}
 * extends this with its own {@code @QuarkusTest} and {@code @WithTestResource} annotations.
 */
public abstract class ServiceHealthContract {

    @Test
    void reportsReadyWhenTheDatabaseAnswers() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetricsAndOpenApi() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().get("/q/openapi").then().statusCode(200);
    }
}
