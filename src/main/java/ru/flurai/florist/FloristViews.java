package ru.flurai.florist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The shapes the panel's stock and bouquet screens read (API.md §6, LATER.md §7.2: {@code Flower,
 * ReceptionBrief, ReceptionDetail, ReceptionItemRow, WriteOffResult, WriteOffStats, InventoryItem,
 * GlobalInventoryItem, BouquetDetail}). Money is a number; field names are snake_case on the wire.
 */
public final class FloristViews {
  private FloristViews() {}

  public record FlowerView(long id, String name, Integer defaultShelfLifeDays) {
    static FlowerView of(Flower f) {
      return new FlowerView(f.id(), f.name(), f.defaultShelfLifeDays());
    }
  }

  public record ReceptionBrief(
      long id,
      String name,
      LocalDate receptionDate,
      boolean isClosed,
      String supplier,
      String invoiceNumber) {
    static ReceptionBrief of(Reception r) {
      return new ReceptionBrief(
          r.id(), r.name(), r.receptionDate(), r.closed(), r.supplier(), r.invoiceNumber());
    }
  }

  public record ReceptionDetail(
      long id,
      String name,
      LocalDate receptionDate,
      boolean isClosed,
      String supplier,
      String invoiceNumber,
      List<ItemRow> items) {}

  public record ItemRow(
      long id,
      long flowerId,
      String flowerName,
      int quantityInitial,
      LocalDate arrivalDate,
      int shelfLifeDays,
      BigDecimal pricePerUnit,
      int remainingQuantity,
      int soldQuantity,
      BigDecimal soldAmount,
      Integer daysLeft) {
    static ItemRow of(ReceptionItem i, String flowerName, LocalDate today) {
      return new ItemRow(
          i.id(),
          i.flowerId(),
          flowerName,
          i.quantityInitial(),
          i.arrivalDate(),
          i.shelfLifeDays(),
          i.pricePerUnit(),
          i.remainingQuantity(),
          i.soldQuantity(),
          i.soldAmount(),
          i.daysLeft(today));
    }
  }

  public record ItemEdited(
      long id,
      int remainingQuantity,
      int quantityInitial,
      LocalDate arrivalDate,
      int shelfLifeDays,
      BigDecimal pricePerUnit,
      int soldQuantity,
      BigDecimal soldAmount) {
    static ItemEdited of(ReceptionItem i) {
      return new ItemEdited(
          i.id(),
          i.remainingQuantity(),
          i.quantityInitial(),
          i.arrivalDate(),
          i.shelfLifeDays(),
          i.pricePerUnit(),
          i.soldQuantity(),
          i.soldAmount());
    }
  }

  public record WriteOffResult(
      long id,
      long receptionItemId,
      String flowerName,
      int quantity,
      String reason,
      String comment,
      BigDecimal lossAmount,
      int remainingAfter,
      OffsetDateTime createdAt) {}

  public record ReasonTotal(int quantity, BigDecimal lossAmount) {}

  public record FlowerLoss(String flowerName, int quantity, BigDecimal lossAmount) {}

  public record DayLoss(LocalDate date, int quantity, BigDecimal lossAmount) {}

  public record WriteOffStats(
      int totalCount,
      int totalQuantity,
      BigDecimal totalLoss,
      Map<String, ReasonTotal> byReason,
      List<FlowerLoss> byFlower,
      List<DayLoss> daily) {}

  public record InventoryItem(
      long id,
      long flowerId,
      String flowerName,
      int remainingQuantity,
      BigDecimal pricePerUnit,
      Integer daysLeft) {}

  public record ReceptionInventory(long receptionId, List<InventoryItem> items) {}

  public record ItemCheckLine(
      long receptionItemId,
      String flowerName,
      int systemQuantity,
      int actualQuantity,
      int difference,
      BigDecimal lossAmount) {}

  public record ItemCheck(List<ItemCheckLine> lines, BigDecimal totalLoss) {}

  public record GlobalInventoryItem(
      long flowerId, String flowerName, int totalRemaining, BigDecimal avgPrice) {}

  public record FlowerCheckLine(
      long flowerId,
      String flowerName,
      int systemQuantity,
      int actualQuantity,
      int difference,
      BigDecimal lossAmount) {}

  public record FlowerCheck(List<FlowerCheckLine> lines, BigDecimal totalLoss) {}

  public record Applied(int applied) {}

  public record RecipeLine(long flowerId, String flowerName, int quantity) {}

  public record BouquetDetail(
      long id,
      String name,
      BigDecimal packagingCost,
      BigDecimal totalCost,
      BigDecimal totalPrice,
      List<RecipeLine> items,
      int canAssembleCount,
      boolean isActive) {}

  public record LowStockBouquet(long id, String name, int canAssembleCount) {}

  public record ExpiringItem(
      long receptionId,
      String receptionName,
      String flowerName,
      int daysLeft,
      int remainingQuantity) {}

  public record Alerts(List<LowStockBouquet> lowStockBouquets, List<ExpiringItem> expiringItems) {}

  /** A bouquet's figures for a product backed by it: cost price (flowers + packaging). */
  public record BouquetFigures(long bouquetId, BigDecimal totalPrice, int canAssembleCount) {}

  /** A recipe flower missing for one bouquet (the product editor's {@code stock_shortage}). */
  public record Shortage(String flower, int need, int have, int deficit) {}
}
