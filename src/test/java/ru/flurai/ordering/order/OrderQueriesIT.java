package ru.flurai.ordering.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Metamodel;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.flurai.incontainer.Fixture;
import ru.flurai.incontainer.InContainer;
import ru.flurai.incontainer.Sql;

/**
 * In the container, on the real schema: every JPQL named query of the ordering entities, found
 * through the persistence unit's metamodel (so a new one cannot be forgotten: it fails {@link
 * #everyNamedQueryHasACase} until it gets a case here), runs through {@link Orders} and returns the
 * expected rows for a fixture: a seller with a pending delivery order of one buyer.
 */
@ExtendWith(ArquillianExtension.class)
public class OrderQueriesIT {
  @Deployment
  public static WebArchive deployment() {
    return InContainer.archive("order-queries", OrderQueriesIT.class, Unit.class)
        .addClasses(OrderMovesClasses.AGGREGATE);
  }

  /**
   * The "primary" persistence unit, for its metamodel (the test instance gets no persistence
   * context).
   */
  @ApplicationScoped
  public static class Unit {
    @PersistenceContext(unitName = "primary")
    EntityManager db;

    public Metamodel metamodel() {
      return db.getMetamodel();
    }
  }

  @Inject Orders orders;
  @Inject Sql sql;
  @Inject Unit unit;

  private Fixture fixture;
  private long buyer;
  private long order;

  @BeforeEach
  void fixture() {
    fixture = new Fixture(sql);
    buyer = fixture.buyer();
    order = fixture.order(buyer, fixture.product(3, 0), 2);
  }

  @AfterEach
  void cleanUp() {
    fixture.close();
  }

  /** One check per named query, each asserting what the fixture must give. */
  private Map<String, Runnable> cases() {
    Map<String, Runnable> c = new LinkedHashMap<>();
    c.put(
        Order.SLOTS_USED,
        () -> {
          Instant now = Instant.now();
          Instant from = now.minus(Duration.ofHours(1));
          Instant to = now.plus(Duration.ofHours(1));
          assertEquals(1, orders.slotsUsed(fixture.seller, DeliveryType.DELIVERY, from, to));
          assertEquals(0, orders.slotsUsed(fixture.seller, DeliveryType.PICKUP, from, to));
          assertEquals(
              0,
              orders.slotsUsed(fixture.seller, DeliveryType.DELIVERY, to, to.plusSeconds(60)),
              "outside the day");
          sql.commit("update orders set status = 'cancelled' where id = ?1", order);
          assertEquals(
              0,
              orders.slotsUsed(fixture.seller, DeliveryType.DELIVERY, from, to),
              "a cancelled order frees its slot");
          sql.commit("update orders set status = 'pending' where id = ?1", order);
        });
    c.put(
        Order.OPEN_BY_SELLER,
        () -> {
          assertEquals(
              List.of(new OpenOrderCount(fixture.seller, OrderStatus.PENDING, 1L)),
              orders.openBySeller(List.of(fixture.seller)));
          sql.commit("update orders set status = 'assembling' where id = ?1", order);
          assertEquals(
              List.of(new OpenOrderCount(fixture.seller, OrderStatus.ASSEMBLING, 1L)),
              orders.openBySeller(List.of(fixture.seller, buyer)));
          sql.commit("update orders set status = 'done' where id = ?1", order);
          assertEquals(List.of(), orders.openBySeller(List.of(fixture.seller)), "done is closed");
          sql.commit("update orders set status = 'pending' where id = ?1", order);
        });
    c.put(
        Order.COMMENT,
        () -> {
          assertEquals(Optional.empty(), orders.comment(order));
          sql.commit("update orders set comment = 'к 18:00' where id = ?1", order);
          assertEquals(Optional.of("к 18:00"), orders.comment(order));
          assertEquals(Optional.empty(), orders.comment(-1));
        });
    c.put(
        Order.HISTORY,
        () -> {
          assertEquals(List.of(), orders.history(order));
          sql.commit(
              "insert into order_status_history (order_id, from_status, to_status, actor,"
                  + " actor_id) values (?1, 'pending', 'accepted', 'seller', ?2),"
                  + " (?1, 'accepted', 'assembling', 'seller', ?2)",
              order,
              fixture.seller);
          String s = ":seller:" + fixture.seller;
          assertEquals(
              List.of("pending>accepted" + s, "accepted>assembling" + s),
              orders.history(order).stream().map(StatusChange::toString).toList());
        });
    return c;
  }

  /** The named queries declared on the persistence unit's ordering entities. */
  private Set<String> declared() {
    Set<String> names = new TreeSet<>();
    unit.metamodel().getEntities().stream()
        .map(e -> e.getJavaType())
        .filter(t -> t.getPackage().equals(Order.class.getPackage()))
        .forEach(
            t -> {
              for (NamedQuery q : t.getAnnotationsByType(NamedQuery.class)) {
                names.add(q.name());
              }
            });
    return names;
  }

  @Test
  public void everyNamedQueryHasACase() {
    Set<String> declared = declared();
    assertFalse(declared.isEmpty(), "no named query found: the metamodel lost the entities");
    assertEquals(declared, new TreeSet<>(cases().keySet()));
  }

  @Test
  public void everyNamedQueryRunsAgainstTheSchemaWithTheExpectedRows() {
    for (String name : declared()) {
      Runnable check = cases().get(name);
      if (check == null) {
        throw new AssertionError("no case for the named query " + name);
      }
      check.run();
    }
  }
}
