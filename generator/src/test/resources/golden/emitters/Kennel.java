package com.example.kennel.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.seamgen.runtime.core.Fields;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * A kennel and the dogs in it.
 */
@JsonDeserialize(
        builder = Kennel.Builder.class
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
        comments = "from emitters.yaml#/components/schemas/kennel"
)
public final class Kennel {
    @JsonProperty("kennel_id")
    private final String kennelId;

    @JsonProperty("name")
    private final String name;

    @JsonProperty("open")
    private final Boolean open;

    @JsonProperty("capacity")
    private final Integer capacity;

    @JsonProperty("dogs")
    private final List<String> dogs;

    @JsonProperty("labels")
    private final Map<String, String> labels;

    @JsonProperty("opened_at")
    private final OffsetDateTime openedAt;

    @JsonProperty("code")
    private final String code;

    private final Map<String, Object> additionalProperties;

    private Kennel(Builder builder) {
        this.kennelId = builder.kennelId;
        this.name = builder.name;
        this.open = builder.open;
        this.capacity = builder.capacity;
        this.dogs = Fields.list(builder.dogs);
        this.labels = Fields.map(builder.labels);
        this.openedAt = builder.openedAt;
        this.code = builder.code;
        this.additionalProperties = Fields.map(builder.additionalProperties);
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
     * ID of the kennel.
     */
    public String kennelId() {
        return Fields.required(kennelId, "Kennel", "kennel_id");
    }

    /**
     * The {@code name} value.
     */
    public String name() {
        return Fields.required(name, "Kennel", "name");
    }

    /**
     * The {@code open} value.
     */
    public boolean open() {
        return Fields.required(open, "Kennel", "open");
    }

    /**
     * The {@code capacity} value.
     */
    public Optional<Integer> capacity() {
        return Optional.ofNullable(capacity);
    }

    /**
     * The {@code dogs} value.
     */
    public List<String> dogs() {
        return dogs;
    }

    /**
     * The {@code labels} value.
     */
    public Map<String, String> labels() {
        return labels;
    }

    /**
     * The {@code opened_at} value.
     */
    public Optional<OffsetDateTime> openedAt() {
        return Optional.ofNullable(openedAt);
    }

    /**
     * The old short name.
     *
     * @deprecated The API marks this deprecated.
     */
    @Deprecated
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * Every field of the JSON object that the spec does not name, kept as read.
     */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Kennel)) {
            return false;
        }
        Kennel that = (Kennel) other;
        return Objects.equals(this.kennelId, that.kennelId)
                    && Objects.equals(this.name, that.name)
                    && Objects.equals(this.open, that.open)
                    && Objects.equals(this.capacity, that.capacity)
                    && Objects.equals(this.dogs, that.dogs)
                    && Objects.equals(this.labels, that.labels)
                    && Objects.equals(this.openedAt, that.openedAt)
                    && Objects.equals(this.code, that.code)
                    && Objects.equals(this.additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kennelId, name, open, capacity, dogs, labels, openedAt, code, additionalProperties);
    }

    @Override
    public String toString() {
        return "Kennel{"
                    + "kennelId=" + kennelId
                    + ", name=" + name
                    + ", open=" + open
                    + ", capacity=" + capacity
                    + ", dogs=" + dogs
                    + ", labels=" + labels
                    + ", openedAt=" + openedAt
                    + ", code=" + code
                    + ", additionalProperties=" + additionalProperties
                    + "}";
    }

    /**
     * Builds {@link Kennel} values.
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

        private Boolean open;

        private Integer capacity;

        private List<String> dogs;

        private Map<String, String> labels;

        private OffsetDateTime openedAt;

        private String code;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Kennel source) {
            this.kennelId = source.kennelId;
            this.name = source.name;
            this.open = source.open;
            this.capacity = source.capacity;
            this.dogs = source.dogs;
            this.labels = source.labels;
            this.openedAt = source.openedAt;
            this.code = source.code;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * ID of the kennel.
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
         * The {@code open} value.
         */
        @JsonProperty("open")
        public Builder open(boolean open) {
            this.open = open;
            return this;
        }

        /**
         * The {@code capacity} value.
         */
        @JsonProperty("capacity")
        public Builder capacity(Integer capacity) {
            this.capacity = capacity;
            return this;
        }

        /**
         * The {@code dogs} value.
         */
        @JsonProperty("dogs")
        public Builder dogs(List<String> dogs) {
            this.dogs = dogs;
            return this;
        }

        /**
         * The {@code labels} value.
         */
        @JsonProperty("labels")
        public Builder labels(Map<String, String> labels) {
            this.labels = labels;
            return this;
        }

        /**
         * The {@code opened_at} value.
         */
        @JsonProperty("opened_at")
        public Builder openedAt(OffsetDateTime openedAt) {
            this.openedAt = openedAt;
            return this;
        }

        /**
         * The old short name.
         *
         * @deprecated The API marks this deprecated.
         */
        @JsonProperty("code")
        @Deprecated
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets a field the spec does not name; sent and compared like any other.
         */
        @JsonAnySetter
        public Builder additionalProperty(String name, Object value) {
            Objects.requireNonNull(name, "name == null");
            additionalProperties.put(name, value);
            return this;
        }

        /**
         * Replaces every field the spec does not name.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties.clear();
            this.additionalProperties.putAll(additionalProperties);
            return this;
        }

        /**
         * The object built from the values set so far.
         *
         * @throws IllegalStateException naming every required value that was not set
         */
        public Kennel build() {
            Fields.checkRequired("Kennel", "kennelId", kennelId, "name", name, "open", open);
            return new Kennel(this);
        }

        private Kennel buildFromJson() {
            return new Kennel(this);
        }
    }
}
