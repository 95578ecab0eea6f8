package ru.flurai.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import ru.flurai.platform.db.Rows;

/**
 * Uploaded images in PostgreSQL, so every instance serves every file and backups include them:
 * bytes in {@code media} by content hash (identical outputs are stored once), public paths in
 * {@code static_files}.
 */
@ApplicationScoped
public class MediaStore {
  private static final List<String> EXTENSIONS = List.of("jpg", "jpeg", "png", "webp", "gif");

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /** What a public path points at, without the bytes. */
  public record StaticFile(String hash, String contentType) {}

  /** A product photo: its path is its hash, so it never changes and caches may keep it forever. */
  @Transactional
  public String storeProductPhoto(StoredImage image) {
    String path =
        StaticPath.PREFIX
            + StaticPath.Directory.PRODUCTS.segment()
            + "/"
            + image.sha256Hex()
            + "."
            + image.extension();
    save(image);
    // storing it again restarts its grace period: housekeeping never deletes a path while its
    // upload is in flight
    db.createNativeQuery(
            "insert into static_files (path, hash) values (?1, ?2) "
                + "on conflict (path) do update set created_at = now()")
        .setParameter(1, path)
        .setParameter(2, image.sha256Hex())
        .executeUpdate();
    return path;
  }

  /**
   * The shop's banner: one path per seller, re-pointed at the new image. The returned URL carries a
   * version, so the immutable cache of the old URL never shows a stale banner.
   */
  @Transactional
  public String storeBanner(long sellerId, StoredImage image) {
    save(image);
    unmapBanners(sellerId);
    String path = bannerPath(sellerId, image.extension());
    db.createNativeQuery(
            "insert into static_files (path, hash) values (?1, ?2) "
                + "on conflict (path) do update set hash = excluded.hash, created_at = now()")
        .setParameter(1, path)
        .setParameter(2, image.sha256Hex())
        .executeUpdate();
    return path + "?v=" + image.sha256Hex().substring(0, 8);
  }

  /** The seller's banner paths stop resolving (any extension). */
  @Transactional
  public void unmapBanners(long sellerId) {
    db.createNativeQuery("delete from static_files where path in (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, bannerPath(sellerId, EXTENSIONS.get(0)))
        .setParameter(2, bannerPath(sellerId, EXTENSIONS.get(1)))
        .setParameter(3, bannerPath(sellerId, EXTENSIONS.get(2)))
        .setParameter(4, bannerPath(sellerId, EXTENSIONS.get(3)))
        .setParameter(5, bannerPath(sellerId, EXTENSIONS.get(4)))
        .executeUpdate();
  }

  public Optional<StaticFile> find(StaticPath path) {
    return Rows.first(
            db,
            "select s.hash, m.content_type from static_files s "
                + "join media m on m.hash = s.hash where s.path = ?1",
            path.path())
        .map(r -> new StaticFile(r.str("hash").strip(), r.str("content_type")));
  }

  public Optional<byte[]> bytes(String hash) {
    List<?> rows =
        db.createNativeQuery("select bytes from media where hash = ?1")
            .setParameter(1, hash)
            .getResultList();
    return rows.stream().findFirst().map(b -> (byte[]) b);
  }

  /**
   * Stores the bytes once per content; storing them again restarts their grace period (see
   * Prune.MEDIA).
   */
  private void save(StoredImage image) {
    db.createNativeQuery(
            "insert into media (hash, content_type, bytes, width, height) values (?1, ?2, ?3, ?4, ?5) "
                + "on conflict (hash) do update set created_at = now()")
        .setParameter(1, image.sha256Hex())
        .setParameter(2, image.contentType())
        .setParameter(3, image.bytes())
        .setParameter(4, image.width())
        .setParameter(5, image.height())
        .executeUpdate();
  }

  private static String bannerPath(long sellerId, String extension) {
    return StaticPath.PREFIX
        + StaticPath.Directory.SHOP_BANNERS.segment()
        + "/"
        + sellerId
        + "."
        + extension;
  }
}
