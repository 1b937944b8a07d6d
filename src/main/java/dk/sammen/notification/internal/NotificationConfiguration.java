package dk.sammen.notification.internal;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class NotificationConfiguration {

    /** Locks in the shared database, timed by the database's clock, so servers with skewed clocks agree. */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** Looks for the morning round every few minutes; it runs at most once per working day. Off in tests, which move their own clock. */
    @Component
    @ConditionalOnProperty(name = "sammen.notifications.schedule", havingValue = "true")
    static class MorningSchedule {

        private final MorningRound round;

        MorningSchedule(MorningRound round) {
            this.round = round;
        }

        @Scheduled(cron = "${sammen.notifications.cron}", zone = "Europe/Copenhagen")
        void tick() {
            round.runIfDue();
        }
    }
}
