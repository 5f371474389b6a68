package com.example.kennel.kennels;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.seamgen.runtime.core.Fields;
import dev.seamgen.runtime.core.WireRequest;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The request of {@link KennelsClient#get}: Returns one kennel, by ID or by name.
 *
 * <p>Returns one kennel, by ID or by name.
 *
 * <p>Set exactly one of {@code kennelId}, {@code name}.
 */
@JsonDeserialize(
        builder = KennelsGetRequest.Builder.class
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE,
        creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@Generated(
        value = "dev.seamgen.generator",
        comments = "from emitters.yaml#/paths/~1kennels~1get/post/requestBody"
)
public final class KennelsGetRequest {
    @JsonProperty("kennel_id")
    private final String kennelId;

    @JsonProperty("name")
    private final String name;

    private KennelsGetRequest(Builder builder) {
        this.kennelId = builder.kennelId;
        this.name = builder.name;
    }

    /**
     * A new, empty builder.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this object's values.
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The {@code kennel_id} value.
     */
    public Optional<String> kennelId() {
        return Optional.ofNullable(kennelId);
    }

    /**
     * The {@code name} value.
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof KennelsGetRequest)) {
            return false;
        }
        KennelsGetRequest that = (KennelsGetRequest) other;
        return Objects.equals(this.kennelId, that.kennelId)
                    && Objects.equals(this.name, that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kennelId, name);
    }

    @Override
    public String toString() {
        return "KennelsGetRequest{"
                    + "kennelId=" + kennelId
                    + ", name=" + name
                    + "}";
    }

    /**
     * What the client sends: parameters and body.
     */
    WireRequest toWireRequest() {
        return WireRequest.builder()
                .jsonBody(this)
                .build();
    }

    /**
     * Builds {@link KennelsGetRequest} values.
     */
    @JsonPOJOBuilder(
            withPrefix = "",
            buildMethodName = "buildFromJson"
    )
    @JsonAutoDetect(
            fieldVisibility = JsonAutoDetect.Visibility.NONE,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE,
            setterVisibility = JsonAutoDetect.Visibility.NONE,
            creatorVisibility = JsonAutoDetect.Visibility.NONE
    )
    public static final class Builder {
        private String kennelId;

        private String name;

        private Builder() {
        }

        private Builder(KennelsGetRequest source) {
            this.kennelId = source.kennelId;
            this.name = source.name;
        }

        /**
         * The {@code kennel_id} value.
         */
        @JsonProperty("kennel_id")
        public Builder kennelId(String kennelId) {
            this.kennelId = kennelId;
            return this;
        }

        /**
         * The {@code name} value.
         */
        @JsonProperty("name")
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The object built from the values set so far.
         *
         * @throws IllegalStateException unless exactly one of kennelId, name is set
         */
        public KennelsGetRequest build() {
            Fields.checkExactlyOne("KennelsGetRequest", "kennelId", kennelId, "name", name);
            return new KennelsGetRequest(this);
        }

        private KennelsGetRequest buildFromJson() {
            return new KennelsGetRequest(this);
        }
    }
}
