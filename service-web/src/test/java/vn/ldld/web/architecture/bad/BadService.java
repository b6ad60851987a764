package vn.ldld.web.architecture.bad;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service that breaks every rule: never started, only read by ArchUnit. */
@SpringBootApplication
class BadService {
}
