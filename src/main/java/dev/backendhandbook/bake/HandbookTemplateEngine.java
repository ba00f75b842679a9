package dev.backendhandbook.bake;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.NoModelExtractorException;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.jspecify.annotations.Nullable;

/**
 * Renders the handbook's Freemarker templates: {@code .ftlh} (HTML, auto-escaped) and {@code .ftlx}
 * (XML, auto-escaped), registered with JBake for those extensions.
 *
 * <p>JBake's own Freemarker engine is set up for Freemarker 2.3.0 (no auto-escaping by file name,
 * Java records not readable as properties, errors logged rather than thrown) and wraps what a model
 * extractor returns as a sequence. This engine sets Freemarker up as its manual advises for new
 * projects, and offers every value a model extractor returns (the handbook model among them) as
 * Freemarker wraps it.
 */
public final class HandbookTemplateEngine extends AbstractTemplateEngine {
  private final Configuration freemarker;

  public HandbookTemplateEngine(JBakeConfiguration config, ContentStore db) {
    super(config, db);
    freemarker = freemarker(config.getTemplateFolder());
  }

  /** Freemarker as the handbook's templates expect it, reading templates from {@code folder}. */
  static Configuration freemarker(File folder) {
    Configuration freemarker = new Configuration(Configuration.VERSION_2_3_35);
    try {
      freemarker.setDirectoryForTemplateLoading(folder);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read templates from " + folder, e);
    }
    freemarker.setRecognizeStandardFileExtensions(true);
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setOutputEncoding("UTF-8");
    freemarker.setLocale(Locale.ROOT);
    freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
    freemarker.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
    freemarker.setNumberFormat("computer");
    freemarker.setBooleanFormat("c");
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setFallbackOnNullLoopVariable(false);
    DefaultObjectWrapperBuilder wrapper =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
    // The model's accessors, such as sections(), read as properties: handbook.sections.
    wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    freemarker.setObjectWrapper(wrapper.build());
    return freemarker;
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer)
      throws RenderingException {
    try {
      Template template = freemarker.getTemplate(templateName);
      template.process(new DataModel(model, freemarker.getObjectWrapper()), writer);
    } catch (IOException | TemplateException e) {
      throw new RenderingException(e);
    }
  }

  /** The values JBake prepared for the template, then whatever a model extractor offers. */
  private final class DataModel implements TemplateHashModel {
    private final Map<String, Object> values;
    private final ObjectWrapper wrapper;

    DataModel(Map<String, Object> values, ObjectWrapper wrapper) {
      this.values = values;
      this.wrapper = wrapper;
    }

    @Override
    public freemarker.template.@Nullable TemplateModel get(String key)
        throws TemplateModelException {
      if (extractors.containsKey(key)) {
        try {
          return extractors.extractAndTransform(db, key, values, (name, value) -> wrap(value));
        } catch (NoModelExtractorException e) {
          // fall through to JBake's own values
        }
      }
      return values.containsKey(key) ? wrap(values.get(key)) : null;
    }

    private freemarker.template.@Nullable TemplateModel wrap(@Nullable Object value) {
      try {
        return value == null ? null : wrapper.wrap(value);
      } catch (TemplateModelException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }
}
