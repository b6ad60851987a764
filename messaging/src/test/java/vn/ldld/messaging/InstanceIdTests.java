package vn.ldld.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstanceIdTests {

    @Test
    void aConfiguredNameLastsAcrossRunsAndEachRunIsItsOwn() {
        InstanceId first = InstanceId.of("notification-1");
        InstanceId restarted = InstanceId.of("notification-1");

        assertThat(first.name()).isEqualTo("notification-1");
        assertThat(first.lasting()).isEqualTo("notification-1");
        assertThat(first.run()).startsWith("notification-1/");
        assertThat(restarted.run()).startsWith("notification-1/").isNotEqualTo(first.run());
    }

    @Test
    void withoutANameTheRunStandsForTheInstance() {
        for (String none : new String[] {null, "", "  "}) {
            InstanceId instance = InstanceId.of(none);
            assertThat(instance.name()).isNull();
            assertThat(instance.lasting()).isEqualTo(instance.run());
            assertThat(instance.run()).contains("/");
        }
    }
}
