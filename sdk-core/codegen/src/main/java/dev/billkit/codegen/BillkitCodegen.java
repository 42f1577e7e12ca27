package dev.billkit.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.File;
import java.util.List;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.DefaultCodegen;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * OpenAPI Generator configuration for sdk-core: our templates, our package layout, and the
 * {@link SpecModel} attached to every model and operation as {@code vendorExtensions.x-bk}. The
 * generator's own type mapping is not used; templates read only {@code x-bk}.
 */
public final class BillkitCodegen extends DefaultCodegen {
  static final String MODEL_PACKAGE = "dev.billkit.model";
  static final String SERVICE_PACKAGE = "dev.billkit.service";

  private SpecModel spec;

  public BillkitCodegen() {
    outputFolder = "generated";
    modelTemplateFiles.put("model.mustache", ".java");
    apiTemplateFiles.put("service.mustache", ".java");
    apiTemplateFiles.put("serviceAsync.mustache", "Async.java");
    embeddedTemplateDir = templateDir = "billkit-sdk";
    modelPackage = MODEL_PACKAGE;
    apiPackage = SERVICE_PACKAGE;
  }

  @Override
  public CodegenType getTag() {
    return CodegenType.CLIENT;
  }

  @Override
  public String getName() {
    return "billkit-java";
  }

  @Override
  public String getHelp() {
    return "Generates the Billkit Java SDK models and services (OkHttp + Moshi runtime).";
  }

  @Override
  public boolean getUseInlineModelResolver() {
    // Inline enums become nested enums of their model, not separate top-level classes.
    return false;
  }

  @Override
  public void processOpts() {
    super.processOpts();
    supportingFiles.add(new SupportingFile("BillkitServices.mustache", "dev/billkit",
        "BillkitServices.java"));
    supportingFiles.add(new SupportingFile("BillkitClientAsync.mustache", "dev/billkit",
        "BillkitClientAsync.java"));
    supportingFiles.add(new SupportingFile("BillkitClientWithRawResponse.mustache", "dev/billkit",
        "BillkitClientWithRawResponse.java"));
    supportingFiles.add(new SupportingFile("BillkitClientAsyncWithRawResponse.mustache",
        "dev/billkit", "BillkitClientAsyncWithRawResponse.java"));
    supportingFiles.add(new SupportingFile("EventJsonAdapter.mustache", "dev/billkit/model",
        "EventJsonAdapter.java"));
    supportingFiles.add(new SupportingFile("UnknownEvent.mustache", "dev/billkit/model",
        "UnknownEvent.java"));
  }

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    super.preprocessOpenAPI(openAPI);
    // Webhooks are described by the Event schemas; they are not operations of the client.
    openAPI.setWebhooks(null);
    spec = new SpecModel(openAPI);
    for (String skipped : spec.skipped) {
      // An import mapping tells the generator not to write a file for the schema.
      importMapping.put(skipped, "dev.billkit.runtime." + skipped);
      schemaMapping.put(skipped, "dev.billkit.runtime." + skipped);
    }
    additionalProperties.put("x-services", spec.services);
    additionalProperties.put("x-events", spec.events);
    additionalProperties.put("x-event-last", spec.events.isEmpty() ? null
        : spec.events.get(spec.events.size() - 1).className);
  }

  @Override
  public ModelsMap postProcessModels(ModelsMap objs) {
    for (ModelMap mm : objs.getModels()) {
      CodegenModel m = mm.getModel();
      Infos.Model info = spec.models.get(m.schemaName != null ? m.schemaName : m.name);
      if (info == null) {
        throw new IllegalStateException("no model info for schema " + m.name);
      }
      m.vendorExtensions.put("x-bk", info);
    }
    return objs;
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> all) {
    List<CodegenOperation> ops = objs.getOperations().getOperation();
    for (CodegenOperation op : ops) {
      op.vendorExtensions.put("x-bk", spec.operations.get(op.operationId));
    }
    Object classname = objs.getOperations().get("classname");
    spec.services.stream().filter(s -> s.className.equals(classname)).findFirst()
        .ifPresent(s -> objs.put("x-service", s));
    return objs;
  }

  @Override
  public String toModelName(String name) {
    return name;
  }

  @Override
  public String toModelFilename(String name) {
    return name;
  }

  @Override
  public String toApiName(String tag) {
    return Names.singular(Names.upperCamel(tag)) + "Service";
  }

  @Override
  public String toApiFilename(String tag) {
    return toApiName(tag);
  }

  @Override
  public String toApiVarName(String tag) {
    return Names.lowerCamel(tag);
  }

  @Override
  public String apiFileFolder() {
    return outputFolder + File.separator + SERVICE_PACKAGE.replace('.', File.separatorChar);
  }

  @Override
  public String modelFileFolder() {
    return outputFolder + File.separator + MODEL_PACKAGE.replace('.', File.separatorChar);
  }

  @Override
  public String escapeQuotationMark(String input) {
    return input.replace("\"", "\\\"");
  }

  @Override
  public String escapeUnsafeCharacters(String input) {
    return input.replace("*/", "*_/");
  }
}
