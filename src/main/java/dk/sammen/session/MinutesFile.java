package dk.sammen.session;

/** A session's minutes as a file to download or send. */
public record MinutesFile(String fileName, String contentType, byte[] bytes) {

    public enum Format { PDF, MARKDOWN }
}
