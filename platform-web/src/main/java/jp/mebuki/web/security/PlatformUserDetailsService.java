package jp.mebuki.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import jp.mebuki.core.user.UserDirectory;

/** Loads sign-in candidates from the domain's user directory; disabled users are refused by Spring. */
@Service
class PlatformUserDetailsService implements UserDetailsService {

    private final UserDirectory users;

    PlatformUserDetailsService(UserDirectory users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).map(PlatformUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
