package jp.mebuki.core.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UserId> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();

    @Query("select u.* from app_user u join app_user_role r on r.app_user = u.id"
            + " where r.role = :role and u.enabled = true order by u.username")
    List<UserAccount> findEnabledByRole(String role);
}
