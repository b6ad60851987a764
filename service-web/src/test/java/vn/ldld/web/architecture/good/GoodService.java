package vn.ldld.web.architecture.good;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service that keeps every rule: never started, only read by ArchUnit. */
@SpringBootApplication
class GoodService {
}
