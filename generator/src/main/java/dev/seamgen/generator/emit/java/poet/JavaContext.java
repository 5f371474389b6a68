package dev.seamgen.generator.emit.java.poet;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.config.Conventions;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Resource;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every Java emitter shares: the model, where each kind of class goes, and where each class
 * came from in the spec, for the header the writer gives its file.
 */
public final class JavaContext {
  public static final String GENERATOR = "dev.seamgen.generator";
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private final ApiModel model;
  private final String basePackage;
  private final String clientName;
  private final String sdkName;
  private final String sdkVersion;
  private final Conventions conventions;
  private final TypeMapper types;
  private final IdentityHashMap<Resource, String> accessorChains = new IdentityHashMap<>();

  /** Where each class {@link #file} made came from, by qualified name, for its header. */
  private final Map<String, Location> sources = new ConcurrentHashMap<>();

  public JavaContext(
      ApiModel model,
      String basePackage,
      String clientName,
      String sdkName,
      String sdkVersion,
      Conventions conventions) {
    this.model = Objects.requireNonNull(model, "model == null");
    this.basePackage = Objects.requireNonNull(basePackage, "basePackage == null");
    this.clientName = Objects.requireNonNull(clientName, "clientName == null");
    this.sdkName = Objects.requireNonNull(sdkName, "sdkName == null");
    this.sdkVersion = Objects.requireNonNull(sdkVersion, "sdkVersion == null");
    this.conventions = Objects.requireNonNull(conventions, "conventions == null");
    this.types = new TypeMapper(modelPackage());
    model.resources().forEach(root -> addAccessorChains(root, ""));
  }

  private void addAccessorChains(Resource resource, String parentChain) {
    String chain = parentChain + resource.accessor() + "()";
    accessorChains.put(resource, chain);
    resource.children().forEach(child -> addAccessorChains(child, chain + "."));
  }

  public Conventions conventions() {
    return conventions;
  }

  public ApiModel model() {
    return model;
  }

  public TypeMapper types() {
    return types;
  }

  public String basePackage() {
    return basePackage;
  }

  public String modelPackage() {
    return basePackage + ".model";
  }

  public String resourcePackage(Resource resource) {
    return basePackage + "." + resource.javaPackage();
  }

  /** How a user reaches a resource's client from the root client: {@code acs().users()}. */
  public String accessorChain(Resource resource) {
    return accessorChains.get(resource);
  }

  public ClassName clientClass() {
    return ClassName.get(basePackage, clientName);
  }

  public ClassName resourceClientClass(Resource resource) {
    return ClassName.get(resourcePackage(resource), resource.javaName() + "Client");
  }

  /** The non-blocking client of a group: {@code ConnectedAccountsAsyncClient}. */
  public ClassName asyncClientClass(Resource resource) {
    return ClassName.get(resourcePackage(resource), resource.javaName() + "AsyncClient");
  }

  public String clientName() {
    return clientName;
  }

  public String sdkName() {
    return sdkName;
  }

  public String sdkVersion() {
    return sdkVersion;
  }

  /** {@code @Generated} naming the generator and the spec location the class came from. */
  public AnnotationSpec generated(Location source) {
    return AnnotationSpec.builder(GENERATED)
        .addMember("value", "$S", GENERATOR)
        .addMember("comments", "$S", "from " + source)
        .build();
  }

  /**
   * A file for {@code type}; the writer heads it with {@code source}, which {@link #source} gives
   * back.
   */
  public JavaFile file(String packageName, TypeSpec type, Location source) {
    sources.put(packageName + "." + type.name(), source);
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
  }

  /** The file of a top-level class an emitter describes. */
  public JavaFile file(ClassSpec spec) {
    return file(spec.className().packageName(), spec.poetSpec(), spec.source());
  }

  /** Where in the spec the class in {@code file} came from, as its header names it. */
  public String source(JavaFile file) {
    String name = file.packageName() + "." + file.typeSpec().name();
    Location source =
        Objects.requireNonNull(
            sources.get(name),
            () -> name + " was not made by JavaContext.file, so its source is unknown");
    return source.file() + " (" + source.fragment() + ")";
  }
}
