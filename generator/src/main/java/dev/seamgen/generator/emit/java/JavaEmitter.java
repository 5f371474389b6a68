package dev.seamgen.generator.emit.java;

import com.palantir.javapoet.JavaFile;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.client.AsyncClientEmitter;
import dev.seamgen.generator.emit.java.client.ResourceClientEmitter;
import dev.seamgen.generator.emit.java.client.RootClientEmitter;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.emit.java.value.EnumClassEmitter;
import dev.seamgen.generator.emit.java.value.ModelClassEmitter;
import dev.seamgen.generator.emit.java.value.RequestClassEmitter;
import dev.seamgen.generator.emit.java.value.UnionEmitter;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.ir.TypeDef;
import dev.seamgen.generator.write.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Emits every Java source of an SDK, each kind by its own emitter. */
public final class JavaEmitter {
  private final JavaContext context;

  public JavaEmitter(JavaContext context) {
    this.context = context;
  }

  public List<GeneratedFile> emit() {
    return emit(JavaFile::toString);
  }

  /**
   * Every Java source, each class turned into text by {@code render} ({@link JavaFile#toString}
   * normally): the benchmarks measure JavaPoet's share of a run through it.
   */
  public List<GeneratedFile> emit(Function<JavaFile, String> render) {
    ApiModel model = context.model();
    List<GeneratedFile> files = new ArrayList<>();
    ModelClassEmitter models = new ModelClassEmitter(context);
    EnumClassEmitter enums = new EnumClassEmitter(context);
    UnionEmitter unions = new UnionEmitter(context);
    for (TypeDef type : model.types()) {
      JavaFile file;
      if (type instanceof TypeDef.ObjectType object) {
        file = models.emit(object);
      } else if (type instanceof TypeDef.EnumType enumType) {
        file = enums.emit(enumType);
      } else {
        file = unions.emit((TypeDef.UnionType) type);
      }
      files.add(source(render, file));
    }
    RequestClassEmitter requests = new RequestClassEmitter(context);
    PackageInfoEmitter packageInfo = new PackageInfoEmitter(context);
    for (Resource resource : model.allResources()) {
      for (Operation operation : resource.operations()) {
        files.add(source(render, requests.emit(resource, operation)));
      }
      files.add(source(render, context.file(new ResourceClientEmitter(context, resource))));
      files.add(source(render, context.file(new AsyncClientEmitter(context, resource))));
      files.add(
          packageInfo.emit(
              context.resourcePackage(resource),
              "The "
                  + SpecText.code(resource.qualifiedName())
                  + " operations: {@link "
                  + context.resourceClientClass(resource).simpleName()
                  + "} and its request classes."));
    }
    files.add(source(render, new RootClientEmitter(context).emit()));
    files.add(
        packageInfo.emit(
            context.basePackage(),
            "Client of the "
                + SpecText.javadoc(model.title())
                + " API; start at {@link "
                + context.clientClass().simpleName()
                + "}."));
    if (!model.types().isEmpty()) {
      files.add(
          packageInfo.emit(
              context.modelPackage(),
              "Models, open enums and unions of the " + SpecText.javadoc(model.title()) + " API."));
    }
    return files;
  }

  private GeneratedFile source(Function<JavaFile, String> render, JavaFile file) {
    String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
    return new GeneratedFile(path, context.source(file), render.apply(file));
  }
}
