package dk.sammen.security.internal;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dk.sammen.security.AdminAudit;
import dk.sammen.security.SingleSignOnDirectory;
import dk.sammen.security.ui.LoginView;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;

@EnableWebSecurity
@EnableMethodSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SecurityConfig {

    /** The registration id of the organisation's identity provider: its sign-in starts at /oauth2/authorization/sso. */
    static final String SSO = "sso";
    /** The notification feature's endpoint for mail programs (its UnsubscribeController). */
    static final String ONE_CLICK_UNSUBSCRIBE = "/mail/unsubscribe";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SingleSignOnProperties sso,
                                            ObjectProvider<ClientRegistrationRepository> registrations,
                                            ObjectProvider<SingleSignOnAccounts> ssoAccounts) throws Exception {
        // The app's stylesheet is a static resource; without this its request is redirected to login.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**").permitAll());
        // The load balancer asks each node whether it is up and ready; the answer is UP or DOWN, nothing more.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness").permitAll());
        // One-click unsubscribe from a mail (RFC 8058): a mail program POSTs without a session or a CSRF
        // token; the token in the address is the only credential, and it can only switch off mails.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(ONE_CLICK_UNSUBSCRIBE).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ONE_CLICK_UNSUBSCRIBE));
        if (sso.enabled()) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(user -> user.oidcUserService(ssoAccounts.getObject()))
                    // A refused sign-in (unknown department, deactivated, bad token) gets a clear message on the login page.
                    .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                            + "/login?sso=" + (failure instanceof OAuth2AuthenticationException refused
                            ? refused.getError().getErrorCode().replaceAll("[^a-z_]", "") : "failed"))));
        }
        return http
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    vaadin.loginView(LoginView.class, "/login");
                    if (sso.enabled()) {
                        // Signing out also signs out at the provider, where it supports RP-initiated logout.
                        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations.getObject());
                        logout.setPostLogoutRedirectUri("{baseUrl}/login");
                        logout.setDefaultTargetUrl("/login");
                        logout.setRedirectStrategy(new UidlRedirectStrategy());
                        vaadin.logoutSuccessHandler(logout);
                    }
                    // An address that is no view reaches Vaadin, which shows its not-found page (as for a
                    // scoping one is not in), instead of a bare 403; there are no other endpoints to guard.
                    vaadin.anyRequest(AuthorizedUrl::authenticated);
                })
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
                                                  LoginThrottle throttle, SingleSignOnProperties sso) {
        if (sso.enabled() && !sso.localPasswords()) {
            return new AuthenticationProvider() {
                @Override
                public Authentication authenticate(Authentication authentication) {
                    throw new DisabledException("local passwords are switched off");
                }

                @Override
                public boolean supports(Class<?> authentication) {
                    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
                }
            };
        }
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /** Only with single sign-on configured: the provider's metadata is read from its issuer at start. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("!'${sammen.oidc.issuer-uri:}'.isBlank()")
    ClientRegistrationRepository clientRegistrations(SingleSignOnProperties sso) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(sso.issuerUri())
                .registrationId(SSO)
                .clientId(sso.clientId())
                .clientSecret(sso.clientSecret())
                .scope("openid", "profile", "email")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("!'${sammen.oidc.issuer-uri:}'.isBlank()")
    SingleSignOnAccounts singleSignOnAccounts(SingleSignOnProperties sso, UserAccountRepository accounts,
                                              SingleSignOnDirectory directory, AdminAudit audit, TransactionTemplate transaction,
                                              Clock clock) {
        return new SingleSignOnAccounts(sso, accounts, directory, audit, transaction, clock);
    }
}
