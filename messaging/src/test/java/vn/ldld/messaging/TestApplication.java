package vn.ldld.messaging;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service using the messaging library, for its tests. */
@SpringBootApplication
public class TestApplication {
}
