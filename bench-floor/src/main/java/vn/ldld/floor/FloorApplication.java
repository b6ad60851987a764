package vn.ldld.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The floor of report intake: a Spring Boot web application on the services' stack (Tomcat, Jackson, the MongoDB
 * driver) that takes a report's JSON and inserts it into the store, with no security, validation, outbox or events.
 * The deadline-rush benchmark starts it beside the platform and compares the platform's intake with it.
 */
@SpringBootApplication
public class FloorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }
}
