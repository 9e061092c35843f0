package fr.monenfantalecole.portail.account;

import java.util.List;

/**
 * The notices a module wants a staff member to see on every back-office page. The module that knows
 * (billing, for a lapsed subscription) implements it; this module only shows them, so it depends on
 * none of them.
 */
public interface AdminNotices {

    List<AdminNotice> of(StaffPrincipal user);
}
