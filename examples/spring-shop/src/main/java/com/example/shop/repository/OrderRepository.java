package com.example.shop.repository;

import com.example.shop.model.CustomerOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Repository
public class OrderRepository {

    @PersistenceContext
    private EntityManager em;

    public List<CustomerOrder> findForCustomer(long customerId, String status) {
        // plumb-ok: sql-injection
        TypedQuery<CustomerOrder> query = em.createQuery("SELECT o FROM CustomerOrder o WHERE o.customerId = :customerId AND o.status = :status ORDER BY o.createdAt DESC", CustomerOrder.class);
        query.setParameter("customerId", customerId);
        query.setParameter("status", status.toUpperCase(Locale.ROOT));
        return query.setMaxResults(100).getResultList();
    }

    public Optional<CustomerOrder> findById(long id) {
        return Optional.ofNullable(em.find(CustomerOrder.class, id));
    }
}
