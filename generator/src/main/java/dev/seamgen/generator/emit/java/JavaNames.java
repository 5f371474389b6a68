package dev.seamgen.generator.emit.java;

import com.palantir.javapoet.ClassName;

/** Classes generated code refers to: the runtime's and Jackson's. */
final class JavaNames {
  static final String RUNTIME = "dev.seamgen.runtime";
  static final String CORE = "dev.seamgen.runtime.core";
  private static final String JACKSON = "com.fasterxml.jackson.annotation";
  private static final String JACKSON_DATABIND = "com.fasterxml.jackson.databind.annotation";

  static final ClassName FIELDS = ClassName.get(CORE, "Fields");
  static final ClassName API_CORE = ClassName.get(CORE, "ApiCore");
  static final ClassName ENDPOINT = ClassName.get(CORE, "Endpoint");
  static final ClassName WIRE_REQUEST = ClassName.get(CORE, "WireRequest");
  static final ClassName PARAMETER_STYLE = ClassName.get(CORE, "ParameterStyle");
  static final ClassName ERROR_FORMAT = ClassName.get(CORE, "ErrorFormat");
  static final ClassName RESPONSE_READER = ClassName.get(CORE, "ResponseReader");
  static final ClassName PAGE_READER = ClassName.get(CORE, "PageReader");
  static final ClassName CLIENT_OPTIONS = ClassName.get(CORE, "ClientOptions");
  static final ClassName AUTH_CONFIG = ClassName.get(CORE, "AuthConfig");
  static final ClassName CREDENTIAL_SCHEME = ClassName.get(CORE, "CredentialScheme");
  static final ClassName SERVER_URL = ClassName.get(CORE, "ServerUrl");
  static final ClassName PAGE = ClassName.get(RUNTIME, "Page");
  static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME, "RequestOptions");
  static final ClassName API_RESPONSE = ClassName.get(RUNTIME, "ApiResponse");
  static final ClassName API_EXCEPTION = ClassName.get(RUNTIME, "ApiException");
  static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final ClassName FILE_PART = ClassName.get(RUNTIME, "FilePart");
  static final ClassName DOWNLOAD = ClassName.get(RUNTIME, "Download");

  static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
  static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON, "JsonAutoDetect");
  static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
  static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
  static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
  static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON, "JsonTypeInfo");
  static final ClassName JSON_SUB_TYPES = ClassName.get(JACKSON, "JsonSubTypes");
  static final ClassName JSON_DESERIALIZE = ClassName.get(JACKSON_DATABIND, "JsonDeserialize");
  static final ClassName JSON_POJO_BUILDER = ClassName.get(JACKSON_DATABIND, "JsonPOJOBuilder");

  private JavaNames() {}
}
