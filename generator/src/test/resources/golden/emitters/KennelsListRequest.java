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
 * The request of {@link KennelsClient#list}: Lists kennels, a page at a time.
 *
 * <p>Lists kennels, a page at a time.
 */
@JsonDeserialize(
        builder = KennelsListRequest.Builder.class
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
        comments = "from emitters.yaml#/paths/~1kennels~1list/post/requestBody"
)
public final class KennelsListRequest {
    @JsonProperty("limit")
    private final Integer limit;

    @JsonProperty("page_cursor")
    private final Optional<String> pageCursor;

    private KennelsListRequest(Builder builder) {
        this.limit = builder.limit;
        this.pageCursor = builder.pageCursor;
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
     * The {@code limit} value.
     */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /**
     * The {@code page_cursor} value.
     */
    public Optional<String> pageCursor() {
        return pageCursor == null ? Optional.empty() : pageCursor;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof KennelsListRequest)) {
            return false;
        }
        KennelsListRequest that = (KennelsListRequest) other;
        return Objects.equals(this.limit, that.limit)
                    && Objects.equals(this.pageCursor, that.pageCursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(limit, pageCursor);
    }

    @Override
    public String toString() {
        return "KennelsListRequest{"
                    + "limit=" + limit
                    + ", pageCursor=" + pageCursor
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
     * Builds {@link KennelsListRequest} values.
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
        private Integer limit;

        private Optional<String> pageCursor;

        private Builder() {
        }

        private Builder(KennelsListRequest source) {
            this.limit = source.limit;
            this.pageCursor = source.pageCursor;
        }

        /**
         * The {@code limit} value.
         */
        @JsonProperty("limit")
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * The {@code page_cursor} value.
         *
         * <p>{@code null} sends an explicit JSON null; to leave the value out, do not call this.
         */
        @JsonProperty("page_cursor")
        public Builder pageCursor(String pageCursor) {
            this.pageCursor = Optional.ofNullable(pageCursor);
            return this;
        }

        /**
         * The object built from the values set so far.
         *
         * @throws IllegalArgumentException naming a value the API does not accept, before anything is sent
         */
        public KennelsListRequest build() {
            Fields.checkMinimum("KennelsListRequest", "limit", limit, 1.0, false);
            Fields.checkMaximum("KennelsListRequest", "limit", limit, 100.0, false);
            return new KennelsListRequest(this);
        }

        private KennelsListRequest buildFromJson() {
            return new KennelsListRequest(this);
        }
    }
}
