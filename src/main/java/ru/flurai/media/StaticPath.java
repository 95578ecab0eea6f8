package ru.flurai.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request path under {@code /static/uploads/} that is safe to serve: one known directory, one
 * plain name, one known extension.
 *
 * <p>This is an allow-list, not a sanitiser: anything that is not exactly that shape (dot segments,
 * percent escapes, backslashes, control characters, extra extensions, other directories) is refused
 * rather than cleaned up, so no decoding or normalisation trick can reach anything else. Pass the
 * raw path without the query string (the clients may append {@code ?v=…} to bust caches).
 *
 * @param directory which upload directory
 * @param name the file name without extension: {@code [A-Za-z0-9_-]{1,80}}
 * @param extension lower-case, one of jpg, jpeg, png, webp, gif
 */
public record StaticPath(Directory directory, String name, String extension) {
  public static final String PREFIX = "/static/uploads/";

  // no ^/$ anchors: matches() must cover the whole input, and $ would also accept a trailing
  // newline
  private static final Pattern SHAPE =
      Pattern.compile(
          "/static/uploads/(products|shop_banners)/([A-Za-z0-9_-]{1,80})\\.(jpg|jpeg|png|webp|gif)");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
  private static final Pattern EXTENSION = Pattern.compile("jpg|jpeg|png|webp|gif");
  private static final int MAX_LENGTH = 200;

  /** The upload directories, by their URL segment. */
  public enum Directory {
    PRODUCTS("products"),
    SHOP_BANNERS("shop_banners");

    private final String segment;

    Directory(String segment) {
      this.segment = segment;
    }

    public String segment() {
      return segment;
    }

    static Directory of(String segment) {
      return segment.equals(PRODUCTS.segment) ? PRODUCTS : SHOP_BANNERS;
    }
  }

  public StaticPath {
    // the canonical constructor must not become a way around the allow-list
    if (directory == null
        || name == null
        || extension == null
        || !NAME.matcher(name).matches()
        || !EXTENSION.matcher(extension).matches()) {
      throw new IllegalArgumentException("Not a valid upload path");
    }
  }

  /** The path if it is exactly one of ours, otherwise empty (the caller answers 404). */
  public static Optional<StaticPath> parse(String path) {
    if (path == null || path.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new StaticPath(Directory.of(m.group(1)), m.group(2), m.group(3)));
  }

  /** The canonical request path, e.g. {@code /static/uploads/products/abc.jpg}. */
  public String path() {
    return PREFIX + directory.segment() + "/" + name + "." + extension;
  }

  /** The Content-Type to serve: decided by our extension, never by sniffing the stored bytes. */
  public String contentType() {
    return switch (extension) {
      case "jpg", "jpeg" -> "image/jpeg";
      case "png" -> "image/png";
      case "webp" -> "image/webp";
      default -> "image/gif";
    };
  }
}
