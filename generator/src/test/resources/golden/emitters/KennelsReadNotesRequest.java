package com.example.kennel.kennels;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.seamgen.runtime.core.Fields;
import dev.seamgen.runtime.core.ParameterStyle;
import dev.seamgen.runtime.core.WireRequest;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The request of {@link KennelsClient#readNotes}: Reads the keeper's notes.
 */
@JsonDeserialize(
        builder = KennelsReadNotesRequest.Builder.class
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
        comments = "from emitters.yaml#/paths/~1kennels~1{kennelId}~1notes/get"
)
public final class KennelsReadNotesRequest {
    private final String kennelId;

    private KennelsReadNotesRequest(Builder builder) {
        this.kennelId = builder.kennelId;
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
     * The <code>kennelId</code> path parameter.
     */
    public String kennelId() {
        return kennelId;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof KennelsReadNotesRequest)) {
            return false;
        }
        KennelsReadNotesRequest that = (KennelsReadNotesRequest) other;
        return Objects.equals(this.kennelId, that.kennelId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kennelId);
    }

    @Override
    public String toString() {
        return "KennelsReadNotesRequest{"
                    + "kennelId=" + kennelId
                    + "}";
    }

    /**
     * What the client sends: parameters and body.
     */
    WireRequest toWireRequest() {
        return WireRequest.builder()
                .path("kennelId", kennelId, ParameterStyle.SIMPLE, false)
                .build();
    }

    /**
     * Builds {@link KennelsReadNotesRequest} values.
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

        private Builder() {
        }

        private Builder(KennelsReadNotesRequest source) {
            this.kennelId = source.kennelId;
        }

        /**
         * The <code>kennelId</code> path parameter.
         */
        public Builder kennelId(String kennelId) {
            this.kennelId = Objects.requireNonNull(kennelId, "kennelId == null");
            return this;
        }

        /**
         * The object built from the values set so far.
         *
         * @throws IllegalStateException naming every required value that was not set
         */
        public KennelsReadNotesRequest build() {
            Fields.checkRequired("KennelsReadNotesRequest", "kennelId", kennelId);
            return new KennelsReadNotesRequest(this);
        }

        private KennelsReadNotesRequest buildFromJson() {
            return new KennelsReadNotesRequest(this);
        }
    }
}
