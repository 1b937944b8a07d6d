package dk.sammen.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "organisation_setting")
public class SettingEntity {

    @Id
    @Column(name = "setting_key")
    private String key;
    @Column(name = "setting_value", nullable = false)
    private String value;

    protected SettingEntity() {
    }

    public SettingEntity(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public void change(String value) {
        this.value = value;
    }
}
