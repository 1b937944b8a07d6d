package dk.sammen.security;

import dk.sammen.security.OrganisationSettings.WhoMayStart;
import dk.sammen.security.internal.SettingEntity;
import dk.sammen.security.internal.SettingRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's settings: everyone may read them, only an administrator changes them. */
@Service
public class SettingsService {

    static final String WHO_MAY_START = "who-may-start";
    static final String FACILITATORS_INVITE_NEW = "facilitators-invite-new-people";

    private final SettingRepository settings;
    private final CurrentUser currentUser;
    private final AdminAudit audit;

    SettingsService(SettingRepository settings, CurrentUser currentUser, AdminAudit audit) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public OrganisationSettings settings() {
        WhoMayStart who = settings.findById(WHO_MAY_START).map(s -> WhoMayStart.valueOf(s.value()))
                .orElse(OrganisationSettings.DEFAULTS.whoMayStart());
        boolean invite = settings.findById(FACILITATORS_INVITE_NEW).map(s -> Boolean.parseBoolean(s.value()))
                .orElse(OrganisationSettings.DEFAULTS.facilitatorsMayInviteNewPeople());
        return new OrganisationSettings(who, invite);
    }

    @Transactional
    public void change(OrganisationSettings changed) {
        if (!currentUser.require().administrator()) throw new AccessDeniedException("only administrators change settings");
        OrganisationSettings before = settings();
        if (before.equals(changed)) return;
        put(WHO_MAY_START, changed.whoMayStart().name());
        put(FACILITATORS_INVITE_NEW, String.valueOf(changed.facilitatorsMayInviteNewPeople()));
        audit.record("settings.changed", "settings", before.toString(), changed.toString());
    }

    private void put(String key, String value) {
        settings.findById(key).ifPresentOrElse(s -> s.change(value), () -> settings.save(new SettingEntity(key, value)));
    }
}
