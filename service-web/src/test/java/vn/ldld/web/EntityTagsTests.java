package vn.ldld.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityTagsTests {

    @Test
    void aVersionIsAStrongTag() {
        assertThat(EntityTags.of(7)).isEqualTo("\"7\"");
        assertThat(EntityTags.requiredVersion("\"7\"")).isEqualTo(7L);
        assertThat(EntityTags.requiredVersion(" \"12\" ")).isEqualTo(12L);
    }

    @Test
    void aStarMatchesAnyVersion() {
        assertThat(EntityTags.requiredVersion("*")).isNull();
    }

    @Test
    void weakOrMalformedTagsNeverMatch() {
        assertThat(EntityTags.requiredVersion("W/\"7\"")).isEqualTo(EntityTags.NO_VERSION);
        assertThat(EntityTags.requiredVersion("7")).isEqualTo(EntityTags.NO_VERSION);
        assertThat(EntityTags.requiredVersion("\"seven\"")).isEqualTo(EntityTags.NO_VERSION);
    }

    @Test
    void aMissingHeaderIsRequired() {
        assertThatThrownBy(() -> EntityTags.requiredVersion(null)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> EntityTags.requiredVersion(" ")).isInstanceOf(PreconditionRequiredException.class);
    }
}
