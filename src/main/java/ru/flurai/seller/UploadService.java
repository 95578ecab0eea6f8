package ru.flurai.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.flurai.media.MediaStore;
import ru.flurai.media.StoredImage;

/** Stores an accepted upload; the banner also goes on the shop, in the same transaction. */
@ApplicationScoped
public class UploadService {
  @Inject MediaStore media;
  @Inject ProfileService profiles;

  @Transactional
  public String productPhoto(StoredImage image) {
    return media.storeProductPhoto(image);
  }

  @Transactional
  public String banner(long sellerId, StoredImage image) {
    profiles.shop(sellerId, true); // one banner change per shop at a time
    String url = media.storeBanner(sellerId, image);
    profiles.showBanner(sellerId, url);
    return url;
  }
}
