package com.example.kennel.kennels;

import com.example.kennel.model.Size;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.seamgen.runtime.core.Fields;
import dev.seamgen.runtime.core.ParameterStyle;
import dev.seamgen.runtime.core.WireRequest;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The request of {@link KennelsClient#downloadPhoto}: The kennel's photo, streamed.
 *
 * <p>The kennel's photo, streamed.
 */
@JsonDeserialize(
        builder = KennelsDownloadPhotoRequest.Builder.class
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
        comments = "from emitters.yaml#/paths/~1kennels~1{kennelId}~1photo/get"
)
public final class KennelsDownloadPhotoRequest {
    private final String kennelId;

    private final Size size;

    private final String xTrace;

    private KennelsDownloadPhotoRequest(Builder builder) {
        this.kennelId = builder.kennelId;
        this.size = builder.size;
        this.xTrace = builder.xTrace;
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

    /**
     * The <code>size</code> query parameter.
     */
    public Optional<Size> size() {
        return Optional.ofNullable(size);
    }

    /**
     * The <code>X-Trace</code> header.
     */
    public Optional<String> xTrace() {
        return Optional.ofNullable(xTrace);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof KennelsDownloadPhotoRequest)) {
            return false;
        }
        KennelsDownloadPhotoRequest that = (KennelsDownloadPhotoRequest) other;
        return Objects.equals(this.kennelId, that.kennelId)
                    && Objects.equals(this.size, that.size)
                    && Objects.equals(this.xTrace, that.xTrace);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kennelId, size, xTrace);
    }

    @Override
    public String toString() {
        return "KennelsDownloadPhotoRequest{"
                    + "kennelId=" + kennelId
                    + ", size=" + size
                    + ", xTrace=" + xTrace
                    + "}";
    }

    /**
     * What the client sends: parameters and body.
     */
    WireRequest toWireRequest() {
        return WireRequest.builder()
                .path("kennelId", kennelId, ParameterStyle.SIMPLE, false)
                .query("size", size, ParameterStyle.FORM, true, false)
                .header("X-Trace", xTrace, ParameterStyle.SIMPLE, false)
                .build();
    }

    /**
     * Builds {@link KennelsDownloadPhotoRequest} values.
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

        private Size size;

        private String xTrace;

        private Builder() {
        }

        private Builder(KennelsDownloadPhotoRequest source) {
            this.kennelId = source.kennelId;
            this.size = source.size;
            this.xTrace = source.xTrace;
        }

        /**
         * The <code>kennelId</code> path parameter.
         */
        public Builder kennelId(String kennelId) {
            this.kennelId = Objects.requireNonNull(kennelId, "kennelId == null");
            return this;
        }

        /**
         * The <code>size</code> query parameter.
         */
        public Builder size(Size size) {
            this.size = size;
            return this;
        }

        /**
         * The <code>X-Trace</code> header.
         */
        public Builder xTrace(String xTrace) {
            this.xTrace = xTrace;
            return this;
        }

        /**
         * The object built from the values set so far.
         *
         * @throws IllegalStateException naming every required value that was not set
         */
        public KennelsDownloadPhotoRequest build() {
            Fields.checkRequired("KennelsDownloadPhotoRequest", "kennelId", kennelId);
            return new KennelsDownloadPhotoRequest(this);
        }

        private KennelsDownloadPhotoRequest buildFromJson() {
            return new KennelsDownloadPhotoRequest(this);
        }
    }
}
