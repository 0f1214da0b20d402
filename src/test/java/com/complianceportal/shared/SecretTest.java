package com.complianceportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;
import tools.jackson.databind.json.JsonMapper;

class SecretTest {

    static final String VALUE = "rise-key-0123456789abcdef";

    record Holder(String name, Secret key) implements Serializable {
    }

    @Test
    void printing_a_secret_or_a_record_holding_one_never_shows_the_value() {
        Secret secret = Secret.of(VALUE);

        assertThat(secret.toString()).isEqualTo("[hidden]");
        assertThat(new Holder("viewer", secret).toString()).doesNotContain(VALUE).contains("[hidden]");
        assertThat(MessageFormatter.format("key {}", secret).getMessage()).doesNotContain(VALUE);
        assertThat(String.valueOf(secret)).doesNotContain(VALUE);
    }

    @Test
    void json_shows_the_placeholder_instead_of_the_value() {
        String json = JsonMapper.builder().build().writeValueAsString(new Holder("viewer", Secret.of(VALUE)));

        assertThat(json).doesNotContain(VALUE).contains("\"key\":\"[hidden]\"");
    }

    @Test
    void java_serialization_is_refused_so_a_session_never_carries_the_value() {
        var bytes = new ByteArrayOutputStream();

        assertThatThrownBy(() -> {
            try (var out = new ObjectOutputStream(bytes)) {
                out.writeObject(new Holder("viewer", Secret.of(VALUE)));
            }
        }).isInstanceOf(NotSerializableException.class).hasMessageNotContaining(VALUE);
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(VALUE);
    }

    @Test
    void secrets_compare_by_value_and_hash_alike_whatever_the_value() {
        assertThat(Secret.of(VALUE)).isEqualTo(Secret.of(VALUE)).isNotEqualTo(Secret.of(VALUE + "x"));
        assertThat(Secret.of(VALUE).hashCode()).isEqualTo(Secret.of("something else").hashCode());
        assertThat(Secret.of(VALUE).reveal()).isEqualTo(VALUE);
    }
}
