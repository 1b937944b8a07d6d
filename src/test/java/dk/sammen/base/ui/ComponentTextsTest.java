package dk.sammen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.upload.Upload;
import dk.sammen.SammenTest;
import dk.sammen.base.Translations;
import org.junit.jupiter.api.Test;

/** Vaadin's components bring English words of their own; on a Danish page they speak Danish. */
@SammenTest
class ComponentTextsTest extends SpringBrowserlessTest {

    @Test
    void upload_multi_select_and_avatars_speak_danish_on_a_danish_page() {
        UI.getCurrent().setLocale(Translations.DANISH);
        Upload upload = new Upload();
        ComponentTexts.apply(upload);
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Vælg fil …");
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>();
        ComponentTexts.apply(box);
        assertThat(box.getI18n().getTotal()).isEqualTo("{count} valgt");
        assertThat(box.getI18n().getCleared()).isEqualTo("Valget er ryddet");
        AvatarGroup group = new AvatarGroup();
        ComponentTexts.apply(group);
        assertThat(group.getI18n().getManyActiveUsers()).isEqualTo("{count} personer er her");
        assertThat(group.getI18n().getAnonymous()).isEqualTo("anonym");
    }
}
