package com.example.kennel.kennels;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.seamgen.runtime.core.WireRequest;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The request of {@link KennelsClient#listNames}: Every kennel's name.
 */
@JsonDeserialize(
        builder = KennelsListNamesRequest.Builder.class
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
        comments = "from emitters.yaml#/paths/~1kennels~1names/get"
)
public final class KennelsListNamesRequest {
    private KennelsListNamesRequest(Builder builder) {
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

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof KennelsListNamesRequest)) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash();
    }

    @Override
    public String toString() {
        return "KennelsListNamesRequest{"
                    + "}";
    }

    /**
     * What the client sends: parameters and body.
     */
    WireRequest toWireRequest() {
        return WireRequest.builder()
                .build();
    }

    /**
     * Builds {@link KennelsListNamesRequest} values.
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
        private Builder() {
        }

        private Builder(KennelsListNamesRequest source) {
        }

        /**
         * The object built from the values set so far.
         */
        public KennelsListNamesRequest build() {
            return new KennelsListNamesRequest(this);
        }

        private KennelsListNamesRequest buildFromJson() {
            return new KennelsListNamesRequest(this);
        }
    }
}
