package ru.flurai.platform.http;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes a {@link RawJson} body as it is. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class RawJsonWriter implements MessageBodyWriter<RawJson> {
  @Override
  public boolean isWriteable(
      Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return RawJson.class.equals(type);
  }

  @Override
  public long getSize(
      RawJson body, Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return body.utf8().length;
  }

  @Override
  public void writeTo(
      RawJson body,
      Class<?> type,
      Type generic,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    out.write(body.utf8());
  }
}
