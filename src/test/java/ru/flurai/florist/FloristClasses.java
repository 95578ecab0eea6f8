package ru.flurai.florist;

import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.product.Stock;
import ru.flurai.platform.text.CleanText;

/**
 * The classes an in-container archive needs for the florist services that ordering calls ({@link
 * Consumption}, and {@link DerivedStock} observing its moves): ordering's archives add them.
 */
public final class FloristClasses {
  private FloristClasses() {}

  public static final Class<?>[] CONSUMPTION = {
    Consumption.class,
    FlowerStock.class,
    FlowersMoved.class,
    FlowersShort.class,
    DerivedStock.class,
    Allocation.class,
    Allocation.Wanted.class,
    ReceptionItem.class,
    Reception.class,
    ShelfLife.class,
    Stock.class,
    Stock.BouquetBacked.class,
    ShopChanged.class,
    CleanText.class
  };
}
