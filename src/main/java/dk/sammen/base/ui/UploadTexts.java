package dk.sammen.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own words (its buttons, drop area, errors) in the page's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

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
