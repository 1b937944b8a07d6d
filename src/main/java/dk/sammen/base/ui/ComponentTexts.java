package dk.sammen.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * The words Vaadin's components bring themselves (buttons, drop areas, errors, what a screen reader
 * is told), in the page's language: left alone they speak English on a Danish page.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** The app layout's drawer, as a screen reader names it. */
    public static void apply(AppLayout layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(layout.getTranslation("nav.drawer")));
    }

    /** What a screen reader hears as a multi-select box changes. */
    public static void apply(MultiSelectComboBox<?> box) {
        box.setI18n(new MultiSelectComboBoxI18n().setCleared(box.getTranslation("multiSelect.cleared"))
                .setFocused(box.getTranslation("multiSelect.focused")).setSelected(box.getTranslation("multiSelect.selected"))
                .setDeselected(box.getTranslation("multiSelect.deselected")).setTotal(box.getTranslation("multiSelect.total")));
    }

    /** The names of a group of avatars: an anonymous person and how many are here. */
    public static void apply(AvatarGroup group) {
        group.setI18n(new AvatarGroup.AvatarGroupI18n().setAnonymous(group.getTranslation("avatars.anonymous"))
                .setOneActiveUser(group.getTranslation("avatars.one")).setManyActiveUsers(group.getTranslation("avatars.many")));
    }

    /** The upload's buttons, drop area and errors. */
    public static void apply(Upload upload) {
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.dropOne")).setMany(upload.getTranslation("upload.dropMany")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.addOne")).setMany(upload.getTranslation("upload.addMany")))
                .setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.tooMany"))
                        .setFileIsTooBig(upload.getTranslation("upload.tooBig")).setIncorrectFileType(upload.getTranslation("upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(upload.getTranslation("upload.connecting"))
                                .setStalled(upload.getTranslation("upload.stalled")).setProcessing(upload.getTranslation("upload.processing"))
                                .setHeld(upload.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(upload.getTranslation("upload.remaining"))
                                .setUnknown(upload.getTranslation("upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(upload.getTranslation("upload.serverUnavailable"))
                                .setUnexpectedServerError(upload.getTranslation("upload.serverError"))
                                .setForbidden(upload.getTranslation("upload.forbidden"))
                                .setFileTooLarge(upload.getTranslation("upload.tooBig"))))
                .setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.retry")).setStart(upload.getTranslation("upload.start"))
                        .setRemove(upload.getTranslation("upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB")));
    }
}
