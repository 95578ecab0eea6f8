package ru.flurai.media;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the EXIF Orientation tag of a JPEG upload (metadata-extractor, EXIF segments only). Phones
 * store the sensor's pixels and say in this tag how to turn them; the re-encoded file carries no
 * metadata, so the turn must be applied to the pixels. Absent, unreadable or out-of-range values
 * mean {@link Orientation#NORMAL}: a broken EXIF block never refuses an otherwise good photo.
 */
final class ExifOrientation {
  private static final Logger LOG = Logger.getLogger(ExifOrientation.class.getName());

  private ExifOrientation() {}

  static Orientation of(byte[] jpeg) {
    try {
      Metadata metadata =
          JpegMetadataReader.readMetadata(
              new ByteArrayInputStream(jpeg), List.of(new ExifReader()));
      ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
      if (ifd0 == null) {
        return Orientation.NORMAL;
      }
      Integer value = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
      return value == null ? Orientation.NORMAL : Orientation.of(value);
    } catch (Exception | StackOverflowError e) {
      // the library reports most damage as errors in the directories; whatever it still throws is a
      // bad EXIF block
      LOG.log(Level.FINE, "Unreadable EXIF in an upload; keeping the stored orientation", e);
      return Orientation.NORMAL;
    }
  }
}
