package org.rejoin.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two instances on one PostgreSQL: two Spring contexts with the app's own lock configuration
 * ({@link SchedulingLocks}: ShedLock's JDBC provider on the database's clock) and a tick on the same cron as each
 * other, on a PostgreSQL of this test's own. Not the whole app: a second whole app would start a second set of
 * job workers on the shared engine. The digest and the reminders carry the same {@code @SchedulerLock}.
 */
class SchedulerLockTwoInstancesTests {

    static EmbeddedPostgres postgres;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void aDatabaseOfItsOwn() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        jdbc.execute("""
                create table shedlock (name varchar(64) primary key, lock_until timestamp not null,
                    locked_at timestamp not null, locked_by varchar(255) not null)""");
        jdbc.execute("create table tick_run (instance text not null, second timestamptz not null)");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void aTickOnTheSameCronInBothInstancesRunsOnOneOfThemEachTime() {
        try (var first = instance("first"); var second = instance("second")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(distinct second) from tick_run", Integer.class) >= 4);
        }
        List<Map<String, Object>> doubled = jdbc.queryForList(
                "select second, count(*) from tick_run group by second having count(*) > 1");
        assertThat(doubled).as("ticks both instances ran").isEmpty();
    }

    @Test
    void whileOneInstanceRunsTheDigestTheOtherSkipsIt() throws Exception {
        try (var first = instance("first"); var second = instance("second")) {
            Probe a = first.getBean(Probe.class);
            Probe b = second.getBean(Probe.class);
            CompletableFuture<Void> running = CompletableFuture.runAsync(a::longDigest);
            assertThat(Probe.entered.await(20, TimeUnit.SECONDS)).isTrue();
            b.longDigest(); // returns at once: the lock is held by the first instance
            Probe.release.countDown();
            running.get(20, TimeUnit.SECONDS);
            assertThat(Probe.digests.get()).as("digests run, by either instance").isEqualTo(1);
        }
    }

    private static AnnotationConfigApplicationContext instance(String name) {
        var context = new AnnotationConfigApplicationContext();
        context.registerBean("instanceName", String.class, () -> name);
        context.registerBean(DataSource.class, () -> postgres.getPostgresDatabase());
        context.register(Instance.class);
        context.refresh();
        return context;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @Import(SchedulingLocks.class)
    static class Instance {

        @Bean
        Probe probe(DataSource dataSource, String instanceName) {
            return new Probe(new JdbcTemplate(dataSource), instanceName);
        }
    }

    /** A tick like the digest's (every two seconds here), recording which instance ran which tick. */
    static class Probe {

        static final CountDownLatch entered = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);

        private final JdbcTemplate jdbc;
        private final String instance;
        static final java.util.concurrent.atomic.AtomicInteger digests = new java.util.concurrent.atomic.AtomicInteger();

        Probe(JdbcTemplate jdbc, String instance) {
            this.jdbc = jdbc;
            this.instance = instance;
        }

        @Scheduled(cron = "*/2 * * * * *")
        @SchedulerLock(name = "probe-tick", lockAtLeastFor = "PT1.5S")
        public void tick() {
            jdbc.update("insert into tick_run (instance, second) values (?, to_timestamp(floor(extract(epoch from now()) / 2) * 2))", instance);
        }

        @SchedulerLock(name = "probe-digest", lockAtMostFor = "PT1M")
        public void longDigest() {
            digests.incrementAndGet();
            entered.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
