package com.example.kennel.kennels;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.seamgen.runtime.core.Fields;
import dev.seamgen.runtime.core.WireRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The request of {@link KennelsClient#update}: Renames a kennel or changes its capacity and labels.
 *
 * <p>Renames a kennel or changes its capacity and labels.
 */
@JsonDeserialize(
        builder = KennelsUpdateRequest.Builder.class
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
        comments = "from emitters.yaml#/paths/~1kennels~1update/post/requestBody"
)
public final class KennelsUpdateRequest {
    @JsonProperty("kennel_id")
    private final String kennelId;

    @JsonProperty("open")
    private final Boolean open;

    @JsonProperty("name")
    private final String name;

    @JsonProperty("capacity")
    private final Optional<Integer> capacity;

    @JsonProperty("dogs")
    private final Optional<List<String>> dogs;

    @JsonProperty("labels")
    private final Map<String, String> labels;

    @JsonProperty("tags")
    private final List<String> tags;

    private KennelsUpdateRequest(Builder builder) {
        this.kennelId = builder.kennelId;
        this.open = builder.open;
        this.name = builder.name;
        this.capacity = builder.capacity;
        this.dogs = builder.dogs == null ? null : builder.dogs.map(v -> Fields.list(v));
        this.labels = builder.labels == null ? null : Fields.map(builder.labels);
        this.tags = builder.tags == null ? null : Fields.list(builder.tags);
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
    public String kennelId() {
        return kennelId;
    }

    /**
     * The {@code open} value.
     */
    public boolean open() {
        return open;
    }

    /**
     * The {@code name} value.
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The {@code capacity} value.
     */
    public Optional<Integer> capacity() {
        return capacity == null ? Optional.empty() : capacity;
    }

    /**
     * The {@code dogs} value.
     */
    public Optional<List<String>> dogs() {
        return dogs == null ? Optional.empty() : dogs;
    }

    /**
     * The {@code labels} value.
     */
    public Optional<Map<String, String>> labels() {
        return Optional.ofNullable(labels);
    }

    /**
     * The {@code tags} value.
     */
    public Optional<List<String>> tags() {
        return Optional.ofNullable(tags);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof KennelsUpdateRequest)) {
            return false;
        }
        KennelsUpdateRequest that = (KennelsUpdateRequest) other;
        return Objects.equals(this.kennelId, that.kennelId)
                    && Objects.equals(this.open, that.open)
                    && Objects.equals(this.name, that.name)
                    && Objects.equals(this.capacity, that.capacity)
                    && Objects.equals(this.dogs, that.dogs)
                    && Objects.equals(this.labels, that.labels)
                    && Objects.equals(this.tags, that.tags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kennelId, open, name, capacity, dogs, labels, tags);
    }

    @Override
    public String toString() {
        return "KennelsUpdateRequest{"
                    + "kennelId=" + kennelId
                    + ", open=" + open
                    + ", name=" + name
                    + ", capacity=" + capacity
                    + ", dogs=" + dogs
                    + ", labels=" + labels
                    + ", tags=" + tags
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
     * Builds {@link KennelsUpdateRequest} values.
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

        private Boolean open;

        private String name;

        private Optional<Integer> capacity;

        private Optional<List<String>> dogs;

        private Map<String, String> labels;

        private List<String> tags;

        private Builder() {
        }

        private Builder(KennelsUpdateRequest source) {
            this.kennelId = source.kennelId;
            this.open = source.open;
            this.name = source.name;
            this.capacity = source.capacity;
            this.dogs = source.dogs;
            this.labels = source.labels;
            this.tags = source.tags;
        }

        /**
         * The {@code kennel_id} value.
         */
        @JsonProperty("kennel_id")
        public Builder kennelId(String kennelId) {
            this.kennelId = Objects.requireNonNull(kennelId, "kennelId == null");
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
         * The {@code name} value.
         */
        @JsonProperty("name")
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The {@code capacity} value.
         *
         * <p>{@code null} sends an explicit JSON null; to leave the value out, do not call this.
         */
        @JsonProperty("capacity")
        public Builder capacity(Integer capacity) {
            this.capacity = Optional.ofNullable(capacity);
            return this;
        }

        /**
         * The {@code dogs} value.
         *
         * <p>{@code null} sends an explicit JSON null; to leave the value out, do not call this.
         */
        @JsonProperty("dogs")
        public Builder dogs(List<String> dogs) {
            this.dogs = Optional.ofNullable(dogs);
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
         * The {@code tags} value.
         */
        @JsonProperty("tags")
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * The object built from the values set so far.
         *
         * @throws IllegalStateException naming every required value that was not set
         * @throws IllegalArgumentException naming a value the API does not accept, before anything is sent
         */
        public KennelsUpdateRequest build() {
            Fields.checkRequired("KennelsUpdateRequest", "kennelId", kennelId, "open", open);
            Fields.checkLength("KennelsUpdateRequest", "name", name, -1, 40);
            Fields.checkMap("KennelsUpdateRequest", "labels", labels, -1, -1, -1, false);
            return new KennelsUpdateRequest(this);
        }

        private KennelsUpdateRequest buildFromJson() {
            return new KennelsUpdateRequest(this);
        }
    }
}
