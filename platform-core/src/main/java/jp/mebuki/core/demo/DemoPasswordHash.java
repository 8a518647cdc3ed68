package jp.mebuki.core.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import jp.mebuki.core.user.UserDirectory;

/**
 * The hash of {@link DemoDataLoader#DEMO_PASSWORD}, computed once per start and shared by every demo user
 * the loaders create: the password is published and the same for all of them, so one salted BCrypt hash
 * serves them all, and the first start no longer spends ~0.1 s of CPU per demo user on hashing. It is
 * computed only when a demo user is actually created (never on a later start).
 */
@Component
@ConditionalOnProperty(name = "mebuki.demo-data.enabled", havingValue = "true")
class DemoPasswordHash {

    private final UserDirectory users;
    private String hash;

    DemoPasswordHash(UserDirectory users) {
        this.users = users;
    }

    synchronized String get() {
        if (hash == null) {
            hash = users.hashPassword(DemoDataLoader.DEMO_PASSWORD);
        }
        return hash;
    }
}
