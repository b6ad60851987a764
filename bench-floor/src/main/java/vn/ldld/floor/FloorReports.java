package vn.ldld.floor;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/**
 * {@code POST /api/reports}: the body as it comes, stored as one document whose id is the request's
 * Idempotency-Key (a retry gets the stored report back, as report-service answers it), and
 * {@code GET /api/reports?planId=} for the count the benchmark checks.
 */
@RestController
@RequestMapping("/api/reports")
class FloorReports {

    private final MongoCollection<Document> reports;

    FloorReports(MongoDatabaseFactory databases) {
        this.reports = databases.getMongoDatabase().getCollection("reports");
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> submit(@RequestHeader("Idempotency-Key") String key,
                                               @RequestBody Map<String, Object> body) {
        Document report = new Document(body).append("_id", key).append("receivedAt", Instant.now().toString());
        try {
            this.reports.insertOne(report);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            report = this.reports.find(Filters.eq("_id", key)).first();
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(answer(report));
    }

    @GetMapping
    Map<String, Object> count(@RequestParam String planId) {
        return Map.of("total", this.reports.countDocuments(Filters.eq("planId", planId)));
    }

    private static Map<String, Object> answer(Document report) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", report.get("_id"));
        answer.put("planId", report.get("planId"));
        answer.put("unitCode", report.get("unitCode"));
        answer.put("receivedAt", report.get("receivedAt"));
        return answer;
    }
}
