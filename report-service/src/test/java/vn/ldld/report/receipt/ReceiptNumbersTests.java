package vn.ldld.report.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClients;

import vn.ldld.messaging.testing.TestMongo;

class ReceiptNumbersTests {

    private final MongoTemplate mongo = new MongoTemplate(MongoClients.create(TestMongo.uri("receipt-tests")),
            "receipt-tests");

    @Test
    void twoInstancesHandOutEveryNumberOnceAndReserveABlockPerWrite() {
        ReceiptNumbers first = new ReceiptNumbers(mongo, new ReceiptProperties(5));
        ReceiptNumbers second = new ReceiptNumbers(mongo, new ReceiptProperties(5));
        List<Long> numbers = new ArrayList<>();

        for (int i = 0; i < 7; i++) {
            numbers.add(first.next("LDLD-A", 2023).number());
            numbers.add(second.next("LDLD-A", 2023).number());
        }

        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= 20);
        assertThat(mongo.findById("LDLD-A/2023", org.bson.Document.class, ReceiptNumbers.COLLECTION)
                .get("last", Number.class).longValue()).isEqualTo(20);
    }

    @Test
    void eachReceivingUnitAndYearHasItsOwnRegisterAndAGivenBackNumberComesNext() {
        ReceiptNumbers receipts = new ReceiptNumbers(mongo, new ReceiptProperties(3));

        Receipt a1 = receipts.next("LDLD-B", 2023);
        Receipt a2 = receipts.next("LDLD-B", 2023);
        receipts.release(a2);
        Receipt again = receipts.next("LDLD-B", 2023);
        Receipt otherYear = receipts.next("LDLD-B", 2024);
        Receipt otherUnit = receipts.next("LDLD-C", 2023);

        assertThat(a1.number()).isEqualTo(1);
        assertThat(again.number()).isEqualTo(2);
        assertThat(receipts.next("LDLD-B", 2023).number()).isEqualTo(3);
        assertThat(receipts.next("LDLD-B", 2023).number()).isEqualTo(4);
        assertThat(otherYear.number()).isEqualTo(1);
        assertThat(otherUnit.number()).isEqualTo(1);
    }
}
