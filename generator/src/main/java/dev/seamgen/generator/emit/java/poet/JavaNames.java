package dev.seamgen.generator.emit.java.poet;

import com.palantir.javapoet.ClassName;

/** Classes generated code refers to: the runtime's and Jackson's. */
public final class JavaNames {
  public static final String RUNTIME = "dev.seamgen.runtime";
  public static final String CORE = "dev.seamgen.runtime.core";
  private static final String JACKSON = "com.fasterxml.jackson.annotation";
  private static final String JACKSON_DATABIND = "com.fasterxml.jackson.databind.annotation";

  // The runtime's core, which generated code calls and applications do not.
  // What a group client's methods call:
  public static final ClassName API_CORE = ClassName.get(CORE, "ApiCore");
  public static final ClassName ENDPOINT = ClassName.get(CORE, "Endpoint");
  public static final ClassName RESPONSE_READER = ClassName.get(CORE, "ResponseReader");
  public static final ClassName PAGE_READER = ClassName.get(CORE, "PageReader");
  // What value classes call:
  public static final ClassName FIELDS = ClassName.get(CORE, "Fields");
  public static final ClassName WIRE_REQUEST = ClassName.get(CORE, "WireRequest");
  public static final ClassName PARAMETER_STYLE = ClassName.get(CORE, "ParameterStyle");
  // What the root client's builder configures:
  public static final ClassName CLIENT_OPTIONS = ClassName.get(CORE, "ClientOptions");
  public static final ClassName AUTH_CONFIG = ClassName.get(CORE, "AuthConfig");
  public static final ClassName CREDENTIAL_SCHEME = ClassName.get(CORE, "CredentialScheme");
  public static final ClassName SERVER_URL = ClassName.get(CORE, "ServerUrl");
  public static final ClassName ERROR_FORMAT = ClassName.get(CORE, "ErrorFormat");

  // The runtime's public API, which applications meet in generated signatures.
  public static final ClassName PAGE = ClassName.get(RUNTIME, "Page");
  public static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME, "RequestOptions");
  public static final ClassName API_RESPONSE = ClassName.get(RUNTIME, "ApiResponse");
  public static final ClassName API_EXCEPTION = ClassName.get(RUNTIME, "ApiException");
  public static final ClassName FILE_PART = ClassName.get(RUNTIME, "FilePart");
  public static final ClassName DOWNLOAD = ClassName.get(RUNTIME, "Download");

  // Jackson: how properties map to JSON.
  public static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  public static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
  public static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON, "JsonAutoDetect");
  public static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
  public static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
  // Jackson: how open enums and unions are read and written.
  public static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  public static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
  public static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON, "JsonTypeInfo");
  public static final ClassName JSON_SUB_TYPES = ClassName.get(JACKSON, "JsonSubTypes");
  // Jackson: builders, and generic types read at run time.
  public static final ClassName JSON_DESERIALIZE =
      ClassName.get(JACKSON_DATABIND, "JsonDeserialize");
  public static final ClassName JSON_POJO_BUILDER =
      ClassName.get(JACKSON_DATABIND, "JsonPOJOBuilder");
  public static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private JavaNames() {}
}
