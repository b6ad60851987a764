package vn.ldld.report.receipt;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param blockSize how many numbers an instance reserves with one write; 1 keeps the register strictly
 *                  contiguous and in receipt order at the cost of a second write per report
 */
@ConfigurationProperties("report.receipt")
public record ReceiptProperties(@DefaultValue("20") int blockSize) {

    public ReceiptProperties {
        if (blockSize < 1) {
            throw new IllegalArgumentException("report.receipt.block-size must be at least 1");
        }
    }
}
