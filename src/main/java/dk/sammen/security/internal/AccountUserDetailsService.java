package dk.sammen.security.internal;

import dk.sammen.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        // Invited but no password chosen yet, or single sign-on only: no password can match.
        if (account.getPasswordHash() == null) throw new UsernameNotFoundException("no password");
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(authoritiesOf(account))
                .disabled(!account.isActive())
                .build();
    }

    static List<GrantedAuthority> authoritiesOf(UserAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.USER));
        if (account.isAdministrator()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
        }
        return authorities;
    }
}
