package dev.backendhandbook.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one way the tool writes JSON documents for people and tools to read: Jackson, indented, with
 * a final newline. Maps keep the order they are built in, so a document reads in a fixed order.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  /** The mapper, for building trees with {@code createObjectNode()}. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A value (a tree, a record, a map) as indented JSON text ending in a newline. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      // Only trees and plain values are written, which always serialise.
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
