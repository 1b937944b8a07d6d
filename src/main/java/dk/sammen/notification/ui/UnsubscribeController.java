package dk.sammen.notification.ui;

import dk.sammen.notification.NotificationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One-click unsubscribe (RFC 8058). A mail program POSTs {@code List-Unsubscribe=One-Click} to the
 * address in the mail's {@code List-Unsubscribe} header; that switches the topic to "only in the app"
 * at once. A browser that opens the address (GET) changes nothing: it is sent to the page where
 * the person confirms, because link checkers in mail systems open links by themselves.
 */
@RestController
class UnsubscribeController {

    static final String PATH = "/mail/unsubscribe";
    private final NotificationService notifications;

    UnsubscribeController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @PostMapping(PATH)
    ResponseEntity<String> oneClick(@RequestParam String token, @RequestParam String topic) {
        return notifications.unsubscribe(token, topic)
                ? ResponseEntity.ok("Unsubscribed")
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body("Unknown link");
    }

    @GetMapping(PATH)
    ResponseEntity<Void> page(@RequestParam String token, @RequestParam String topic) {
        var page = UriComponentsBuilder.fromPath("/" + UnsubscribeView.ROUTE).queryParam("token", token).queryParam("topic", topic)
                .encode().build().toUri();
        // Opening it changes nothing (link checkers open links); the page asks first.
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(page).build();
    }
}
