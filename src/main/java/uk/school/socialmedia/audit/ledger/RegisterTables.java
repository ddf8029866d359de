package uk.school.socialmedia.audit.ledger;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;

/**
 * The product's registers, taken from the JPA mapping so that a new entity (or element
 * collection) is audited without annotations; minus the operational tables of
 * {@link LedgerProperties#operationalTables()}.
 */
class RegisterTables {

  private final Map<String, AuditedTable> byEntity = new HashMap<>();
  private final Map<String, List<AuditedTable>> collectionsByOwner = new HashMap<>();
  private final List<AuditedTable> all = new ArrayList<>();

  RegisterTables(EntityManagerFactory entityManagerFactory, LedgerProperties properties) {
    Set<String> operational = new java.util.HashSet<>();
    properties.operationalTables().forEach(t -> operational.add(t.toLowerCase()));
    var metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
        .getMappingMetamodel();
    metamodel.forEachEntityDescriptor(persister -> {
      var entity = (AbstractEntityPersister) persister;
      table(entity.getTableName(), entity.getIdentifierColumnNames()[0], operational)
          .ifPresent(t -> byEntity.put(entity.getEntityName(), t));
    });
    metamodel.forEachCollectionDescriptor(persister -> {
      var collection = (AbstractCollectionPersister) persister;
      if (collection.isOneToMany()) {
        return; // rows of another entity's table, audited as that entity
      }
      table(collection.getTableName(), collection.getKeyColumnNames()[0], operational)
          .ifPresent(t -> collectionsByOwner.computeIfAbsent(
              collection.getOwnerEntityPersister().getEntityName(), o -> new ArrayList<>()).add(t));
    });
    all.sort(java.util.Comparator.comparing(AuditedTable::name));
  }

  private Optional<AuditedTable> table(String name, String key, Set<String> operational) {
    if (operational.contains(name.toLowerCase())) {
      return Optional.empty();
    }
    AuditedTable table = new AuditedTable(name, key, false, Set.of());
    all.add(table);
    return Optional.of(table);
  }

  Optional<AuditedTable> ofEntity(String entityName) {
    return Optional.ofNullable(byEntity.get(entityName));
  }

  /** The element-collection tables of an entity, each keyed by the owner's id. */
  List<AuditedTable> collectionsOf(String ownerEntityName) {
    return collectionsByOwner.getOrDefault(ownerEntityName, List.of());
  }

  List<AuditedTable> all() {
    return List.copyOf(all);
  }
}
