package ru.flurai.florist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import ru.flurai.florist.FloristBodies.NewFlower;
import ru.flurai.florist.FloristViews.FlowerView;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.NotFound;

/**
 * The seller's catalogue of flowers. Every read is scoped to the caller's seller, so another
 * seller's flower is "not found".
 */
@ApplicationScoped
public class Flowers {
  static final String NOT_FOUND = "Цветок не найден";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Transactional
  public List<FlowerView> list(long sellerId) {
    return db
        .createQuery(
            "select f from Flower f where f.sellerId = :seller order by lower(f.name), f.id",
            Flower.class)
        .setParameter("seller", sellerId)
        .getResultList()
        .stream()
        .map(FlowerView::of)
        .toList();
  }

  @Transactional
  public FlowerView create(long sellerId, NewFlower body) {
    NewFlower b = FloristBodies.required(body);
    Flower f = new Flower(sellerId, b.name(), b.defaultShelfLifeDays());
    db.persist(f);
    db.flush();
    return FlowerView.of(f);
  }

  /** A flower still used by a reception line or a recipe stays (409), so no history is lost. */
  @Transactional
  public void delete(long sellerId, long flowerId) {
    Flower f = owned(sellerId, flowerId);
    boolean used =
        Rows.one(
                db,
                "select exists (select 1 from reception_items where flower_id = ?1)"
                    + " or exists (select 1 from bouquet_items where flower_id = ?1) as used",
                flowerId)
            .flag("used");
    if (used) {
      throw new Conflict("Цветок используется в приёмках или букетах: удалить его нельзя");
    }
    db.remove(f);
  }

  /** The seller's flower, or 404. */
  Flower owned(long sellerId, long flowerId) {
    Flower f = db.find(Flower.class, flowerId);
    if (f == null || f.sellerId != sellerId) {
      throw new NotFound(NOT_FOUND);
    }
    return f;
  }
}
