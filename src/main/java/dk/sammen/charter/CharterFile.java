package dk.sammen.charter;

/** A charter ready to download. */
public record CharterFile(String fileName, String contentType, byte[] bytes) {
}
