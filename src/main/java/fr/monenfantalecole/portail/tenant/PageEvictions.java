package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which public pages a change of content makes stale: with a collectivité's scope, the pages of that
 * collectivité, of its parents and of its members at any depth (a commune inherits its EPCI's
 * rubriques and shows its parent, an EPCI lists what its communes hold), so that one portal's change
 * keeps the other portals' pages warm; without a scope, every page.
 */
@Component
class PageEvictions {

    private final JdbcClient jdbc;
    private final PublicPages pages;

    PageEvictions(JdbcClient jdbc, PublicPages pages) {
        this.jdbc = jdbc;
        this.pages = pages;
    }

    /**
     * Any change of content, on this node at commit or relayed from another node; after every other
     * listener of the event, so that the caches the pages and answers are computed from (a collectivité's
     * search scope, its schools…) are already emptied when the generation moves: an answer computed after
     * this point reads them fresh, one computed before is not kept.
     */
    @EventListener(ClusterEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onChange(ClusterEvent event) {
        Long scope = event.collectiviteScope();
        if (scope == null) {
            pages.forget();
        } else {
            pages.forget(family(scope));
        }
    }

    /** The collectivité, its ancestors and its descendants (the depth bounded as in the ancestors' walk). */
    List<Long> family(long id) {
        return jdbc.sql("""
                with recursive up(id, parent_id, depth) as (
                    select id, parent_id, 0 from collectivite where id = :id
                    union all
                    select c.id, c.parent_id, up.depth + 1 from collectivite c join up on c.id = up.parent_id
                     where up.depth < 10),
                down(id, depth) as (
                    select id, 0 from collectivite where id = :id
                    union all
                    select c.id, down.depth + 1 from collectivite c join down on c.parent_id = down.id
                     where down.depth < 10)
                select id from up union select id from down union select cast(:id as bigint)""").param("id", id).query((rs, n) -> rs.getLong(1)).list();
    }
}
